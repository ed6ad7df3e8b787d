package io.propgov.governance.metrics;

import java.util.Objects;

/**
 * One defined rate of a unit: its definition and its ratio over the estates of the unit's subtree.
 *
 * @param definition the policy's definition, never null
 * @param ratio the numerator and denominator summed over the estates, never null
 * @since 0.3.0
 */
public record Rate(RateDefinition definition, Ratio ratio) {

  /** Checks both parts. */
  public Rate {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(ratio, "ratio");
  }
}
