package io.propgov.governance.subsidy;

import io.propgov.governance.explain.Label;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A kind of safety incident and what it costs: Caolu deducts 10 or 5 points per incident, and a
 * major incident sets the safety score to 0.
 *
 * @param code the kind's stable code, such as {@code serious}; incidents name it, never blank
 * @param name its name in English and Chinese, never null
 * @param deduction the points deducted per incident, not negative, never null
 * @param major whether one such incident sets the safety score to 0
 * @since 0.1.0
 */
public record IncidentKind(String code, Label name, BigDecimal deduction, boolean major) {

  /** Checks the parts. */
  public IncidentKind {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("an incident kind needs a code");
    }
    Objects.requireNonNull(name, "name");
    if (deduction == null || deduction.signum() < 0) {
      throw new IllegalArgumentException("incident kind " + code + ": deduction must not be negative, was "
          + deduction);
    }
  }
}
