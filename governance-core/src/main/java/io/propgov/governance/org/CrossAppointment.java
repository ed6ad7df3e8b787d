package io.propgov.governance.org;

import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Figure;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * "Two-way entry, cross appointment" (Wuhan) for one company serving one estate: whether a member
 * of the estate's community committee serves as the company's voluntary quality supervisor, and
 * whether the company's party head sits on that committee.
 *
 * @param companyId the company's id, never null
 * @param estateId the estate it serves, never null
 * @param communityUnit the community unit above the estate, or null when the estate has none
 * @param supervisorFromCommunity whether its quality supervisor is a member of that committee
 * @param partyHeadOnCommittee whether its party head is a member of that committee
 * @since 0.1.0
 */
public record CrossAppointment(String companyId, String estateId, String communityUnit,
    boolean supervisorFromCommunity, boolean partyHeadOnCommittee) implements Conclusion {

  /** Checks the parts. */
  public CrossAppointment {
    Objects.requireNonNull(companyId, "companyId");
    Objects.requireNonNull(estateId, "estateId");
  }

  /** Returns whether both directions hold. @return true when complete */
  public boolean complete() {
    return supervisorFromCommunity && partyHeadOnCommittee;
  }

  @Override
  public String messageKey() {
    return "org.cross-appointment." + (complete() ? "COMPLETE" : "INCOMPLETE");
  }

  @Override
  public Map<String, String> headlineLiterals() {
    return Map.of("company", companyId, "estate", estateId);
  }

  @Override
  public List<Figure> headlineFigures() {
    return List.of();
  }
}
