package io.propgov.governance.subsidy;

import io.propgov.governance.policy.Comparison;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A base amount for estates whose floor area is at least (or more than) a bound: Caolu pays
 * 50,000 CNY from 50,000 m² and 70,000 CNY above 100,000 m².
 *
 * @param comparison how the estate's area is compared with the bound, never null
 * @param area the bound in square metres, not negative, never null
 * @param amount the base amount in CNY, whole fen, not negative, never null
 * @since 0.1.0
 */
public record AreaBand(Comparison comparison, BigDecimal area, BigDecimal amount) {

  /** Checks the parts and keeps the amount at scale 2. */
  public AreaBand {
    Objects.requireNonNull(comparison, "comparison");
    if (area == null || area.signum() < 0) {
      throw new IllegalArgumentException("an area band's bound must not be negative, was " + area);
    }
    amount = Money.check(amount, "an area band's amount");
  }

  /** Whether an estate of this area falls in or above this band. */
  boolean reachedBy(BigDecimal estateArea) {
    int c = estateArea.compareTo(area);
    return comparison == Comparison.AT_LEAST ? c >= 0 : c > 0;
  }
}
