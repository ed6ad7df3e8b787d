package io.propgov.governance.org;

import io.propgov.governance.internal.Keyed;
import java.util.List;
import java.util.Optional;

/**
 * The severities of residents' matters and what happens to an overdue one.
 *
 * @param severities the severities, codes unique, at least one, never null
 * @param escalateWhenOverdue whether a matter not resolved by its due date goes one unit up
 * @since 0.1.0
 */
public record EscalationScheme(List<Severity> severities, boolean escalateWhenOverdue) {

  /** Checks that there is a severity and that codes are unique. */
  public EscalationScheme {
    severities = Keyed.uniqueNonEmpty(severities, Severity::code, "escalation rules need at least one severity",
        "severity code '%s' appears twice");
  }

  /** Returns a severity by code. @param code a code @return the severity, empty when unknown */
  public Optional<Severity> severity(String code) {
    return Keyed.find(severities, Severity::code, code);
  }

  /** Returns the severity codes, in the order given. @return the codes */
  public List<String> codes() {
    return severities.stream().map(Severity::code).toList();
  }
}
