package io.propgov.governance.workorder;

import io.propgov.governance.credit.CreditEvent;
import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Label;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How one work order stands on the as-of date: on time or late against each deadline, and how it
 * counts in the three rates.
 *
 * @param orderId the order, never null
 * @param unitId the unit it was raised at, never null
 * @param companyId the company that handles it, or null
 * @param month the month it was received in, which its rates count in, never null
 * @param category its category's code and names, never null
 * @param responseDue the last day of its response deadline, never null
 * @param response where it stands against the response deadline, never null
 * @param resolutionDue the last day of its resolution deadline, never null
 * @param resolution where it stands against the resolution deadline, never null
 * @param resolved whether it counts as resolved in the resolution rate; null when it is not counted (yet)
 * @param satisfied whether its follow-up rating counts as satisfied; null when not rated (yet)
 * @param creditEvent the credit event of an upheld complaint, or null
 * @since 0.3.0
 */
public record OrderJudgement(String orderId, String unitId, String companyId, YearMonth month, Label category,
    LocalDate responseDue, DeadlineStatus response, LocalDate resolutionDue, DeadlineStatus resolution,
    Boolean resolved, Boolean satisfied, CreditEvent creditEvent) implements Conclusion {

  /** Checks the parts. */
  public OrderJudgement {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(responseDue, "responseDue");
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(resolutionDue, "resolutionDue");
    Objects.requireNonNull(resolution, "resolution");
  }

  @Override
  public String messageKey() {
    return "workorder.order";
  }

  @Override
  public List<Figure> headlineFigures() {
    return List.of();
  }

  @Override
  public Map<String, String> headlineLiterals() {
    return Map.of("order", orderId, "unit", unitId);
  }

  @Override
  public Map<String, Label> headlineLabels() {
    return Map.of("category", category);
  }

  @Override
  public Map<String, String> headlineTerms() {
    return Map.of("response", "workorder.status." + response.name(), "resolution",
        "workorder.status." + resolution.name());
  }
}
