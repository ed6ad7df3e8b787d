package io.propgov.governance.subsidy;

import io.propgov.governance.internal.Keyed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Points for safety: the maximum less each incident's deduction, never below 0, and 0 after a
 * major incident (Caolu: 20 points).
 *
 * @param max the points without incidents, not negative, never null
 * @param kinds the kinds of incident, codes unique, never null
 * @since 0.1.0
 */
public record SafetyScore(BigDecimal max, List<IncidentKind> kinds) {

  /** Checks the maximum and that codes are unique. */
  public SafetyScore {
    if (max == null || max.signum() < 0) {
      throw new IllegalArgumentException("safety max must not be negative, was " + max);
    }
    kinds = Keyed.unique(kinds, IncidentKind::code, "incident kind '%s' appears twice");
  }

  /** Returns a kind by code. @param code a code @return the kind, empty when unknown */
  public Optional<IncidentKind> kind(String code) {
    return Keyed.find(kinds, IncidentKind::code, code);
  }
}
