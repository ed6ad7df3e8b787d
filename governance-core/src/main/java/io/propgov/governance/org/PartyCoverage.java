package io.propgov.governance.org;

import io.propgov.governance.estate.PartyForm;
import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Figure;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether a property company or an owners' committee is covered by party organisation, the
 * form its members call for, and what it owes when it falls short.
 *
 * @param subjectId the company's id, or the estate's id for its committee, never null
 * @param subject what kind of body it is, never null
 * @param fullMembers its full party members
 * @param required the form of organisation its members call for, never null
 * @param covered whether it has an organisation, a joint branch or an instructor
 * @param action what it owes, never null
 * @since 0.1.0
 */
public record PartyCoverage(String subjectId, CoverageSubject subject, int fullMembers, PartyForm required,
    boolean covered, CoverageAction action) implements Conclusion {

  /** Checks the parts. */
  public PartyCoverage {
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(action, "action");
  }

  @Override
  public String messageKey() {
    return "org.party." + action + (action == CoverageAction.FORM_ORGANISATION && covered ? ".COVERED" : "");
  }

  @Override
  public Map<String, String> headlineLiterals() {
    return Map.of("subject", subjectId);
  }

  @Override
  public Map<String, String> headlineTerms() {
    return Map.of("kind", "term." + subject, "form", "term." + required);
  }

  @Override
  public List<Figure> headlineFigures() {
    return List.of(Figure.count("fullMembers", fullMembers));
  }
}
