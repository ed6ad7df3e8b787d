package io.propgov.governance.subsidy;

import io.propgov.governance.explain.Label;
import io.propgov.governance.policy.Fraction;
import java.util.Objects;

/**
 * The government's share of one kind of work in old estates (Wuhan: environment works and
 * emergency repairs are paid partly by government, partly by the owners who benefit).
 *
 * @param kind the kind's stable code, such as {@code emergency-repair}; cost shares name it, never blank
 * @param name its name in English and Chinese, never null
 * @param governmentShare the share of the cost the government pays, between 0 and 1, never null
 * @since 0.1.0
 */
public record CostShareKind(String kind, Label name, Fraction governmentShare) {

  /** Checks the parts. */
  public CostShareKind {
    if (kind == null || kind.isBlank()) {
      throw new IllegalArgumentException("a cost-share rule needs a kind");
    }
    Objects.requireNonNull(name, "name");
    if (governmentShare == null || governmentShare.signum() < 0 || governmentShare.compareTo(Fraction.ONE) > 0) {
      throw new IllegalArgumentException("cost-share rule " + kind + ": governmentShare must be between 0 and 1, was "
          + governmentShare);
    }
  }
}
