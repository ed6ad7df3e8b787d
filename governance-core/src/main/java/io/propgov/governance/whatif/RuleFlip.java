package io.propgov.governance.whatif;

import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Outcome;
import java.util.List;
import java.util.Objects;

/**
 * One rule whose outcome differs between two decisions, with the figures it looked at each time.
 *
 * @param ruleId the stable rule id, such as {@code satisfaction.pass-line}, never null
 * @param before the outcome before, or null when the rule was not applied then
 * @param after the outcome after, or null when the rule is not applied now
 * @param beforeFigures the figures before, empty when not applied, never null
 * @param afterFigures the figures after, empty when not applied, never null
 * @since 0.1.0
 */
public record RuleFlip(String ruleId, Outcome before, Outcome after, List<Figure> beforeFigures,
    List<Figure> afterFigures) {

  /** Checks the id and copies the figures. */
  public RuleFlip {
    Objects.requireNonNull(ruleId, "ruleId");
    beforeFigures = List.copyOf(beforeFigures);
    afterFigures = List.copyOf(afterFigures);
  }

  /**
   * Returns the flip as {@code MET -> NOT_MET}; an absent side is written {@code -}.
   *
   * @return the transition, never null
   */
  public String transition() {
    return (before == null ? "-" : before.name()) + " -> " + (after == null ? "-" : after.name());
  }
}
