package io.propgov.governance.internal;

import io.propgov.governance.policy.Fraction;
import java.math.BigDecimal;

/**
 * An exact sum of decimals that adds whole values, the usual kind of survey score and credit
 * points, in a {@code long} rather than allocating a decimal per addition. Its result has the
 * value and the scale of adding every decimal in turn. Not thread-safe: one per sum.
 */
public final class DecimalSum {

  /** Below 10^9 each, 2^31 whole values stay below 2^62: the long never overflows. */
  private static final int WHOLE_DIGITS = 9;

  private long wholes;
  private boolean anyWhole;
  private BigDecimal others;

  /**
   * Adds a value.
   *
   * @param value the value, not null
   */
  public void add(BigDecimal value) {
    if (value.scale() == 0 && value.precision() <= WHOLE_DIGITS) {
      wholes += value.longValue();
      anyWhole = true;
    } else {
      others = others == null ? value : others.add(value);
    }
  }

  /**
   * Returns the sum, with the scale adding in turn gives: the largest scale added.
   *
   * @return the sum, or null when nothing was added
   */
  public BigDecimal sum() {
    if (!anyWhole) {
      return others;
    }
    BigDecimal whole = BigDecimal.valueOf(wholes);
    return others == null ? whole : others.add(whole);
  }

  /**
   * Returns the sum as an exact fraction, zero when nothing was added.
   *
   * @return the sum, never null
   */
  public Fraction toFraction() {
    return others == null ? Fraction.of(wholes) : Fraction.of(wholes).plus(Fraction.of(others));
  }
}
