package io.propgov.governance.org;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    severities = List.copyOf(severities);
    if (severities.isEmpty()) {
      throw new IllegalArgumentException("escalation rules need at least one severity");
    }
    Set<String> codes = new HashSet<>();
    for (Severity s : severities) {
      if (!codes.add(s.code())) {
        throw new IllegalArgumentException("severity code '" + s.code() + "' appears twice");
      }
    }
  }

  /** Returns a severity by code. @param code a code @return the severity, empty when unknown */
  public Optional<Severity> severity(String code) {
    return severities.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /** Returns the severity codes, in the order given. @return the codes */
  public List<String> codes() {
    return severities.stream().map(Severity::code).toList();
  }
}
