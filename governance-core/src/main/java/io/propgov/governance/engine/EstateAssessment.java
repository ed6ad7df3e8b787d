package io.propgov.governance.engine;

import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.satisfaction.SatisfactionAssessment;
import io.propgov.governance.service.ServiceAssessment;
import io.propgov.governance.vote.VoteResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the rules say about one estate on a date.
 *
 * @param estateId the estate's id, never null
 * @param estateName the estate's name, never null
 * @param status where the estate stands with its company, never null
 * @param contractEnd when {@code status} is {@link EstateStatus#DISMISSAL_DECIDED}, the earliest
 *     end of the service contract; null otherwise
 * @param satisfaction the satisfaction assessment, never null
 * @param votes the decision on each vote held by the as-of date, oldest first, never null
 * @param service the decision on its service tier, mode and co-management, or null when the policy
 *     judges no service or the estate has no service facts
 * @since 0.1.0
 */
public record EstateAssessment(String estateId, String estateName, EstateStatus status, LocalDate contractEnd,
    Decision<SatisfactionAssessment> satisfaction, List<Decision<VoteResult>> votes,
    Decision<ServiceAssessment> service) implements Conclusion {

  /** Checks the parts and copies the votes. */
  public EstateAssessment {
    Objects.requireNonNull(estateId, "estateId");
    Objects.requireNonNull(estateName, "estateName");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(satisfaction, "satisfaction");
    votes = List.copyOf(votes);
  }

  /**
   * Creates an assessment without a service decision.
   *
   * @param estateId the estate's id
   * @param estateName the estate's name
   * @param status where the estate stands with its company
   * @param contractEnd the end of the dismissed company's contract, or null
   * @param satisfaction the satisfaction decision
   * @param votes the vote decisions
   */
  public EstateAssessment(String estateId, String estateName, EstateStatus status, LocalDate contractEnd,
      Decision<SatisfactionAssessment> satisfaction, List<Decision<VoteResult>> votes) {
    this(estateId, estateName, status, contractEnd, satisfaction, votes, null);
  }

  @Override
  public String messageKey() {
    return "estate." + status;
  }

  @Override
  public Map<String, String> headlineLiterals() {
    return Map.of("estate", estateName.isEmpty() ? estateId : estateName + " (" + estateId + ")");
  }

  @Override
  public List<Figure> headlineFigures() {
    List<Figure> figures = new ArrayList<>();
    figures.add(Figure.count("consecutiveFailures", satisfaction.value().consecutiveFailures()));
    if (contractEnd != null) {
      figures.add(Figure.date("contractEnd", contractEnd));
    }
    return figures;
  }

  @Override
  public List<Decision<?>> parts() {
    List<Decision<?>> parts = new ArrayList<>();
    parts.add(satisfaction);
    parts.addAll(votes);
    if (service != null) {
      parts.add(service);
    }
    return parts;
  }
}
