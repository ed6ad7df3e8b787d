package io.propgov.governance.metrics;

import io.propgov.governance.policy.Fraction;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A rate kept as its numerator and denominator, so that rates roll up by adding both parts,
 * never by averaging averages.
 *
 * @param numerator the part counted (estates, households or CNY), not negative, never null
 * @param denominator the whole, not negative, never null
 * @since 0.1.0
 */
public record Ratio(BigDecimal numerator, BigDecimal denominator) {

  /** The empty ratio, 0 of 0. */
  public static final Ratio NONE = new Ratio(BigDecimal.ZERO, BigDecimal.ZERO);

  /** Checks both parts. */
  public Ratio {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (numerator.signum() < 0 || denominator.signum() < 0) {
      throw new IllegalArgumentException("a ratio's parts must not be negative, were " + numerator.toPlainString()
          + " and " + denominator.toPlainString());
    }
  }

  /** Returns {@code part} of {@code whole}, for counts. @param part the part @param whole the whole @return the ratio */
  public static Ratio of(long part, long whole) {
    return new Ratio(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
  }

  /** Returns the sum of both parts. @param other not null @return the added ratio */
  public Ratio plus(Ratio other) {
    // Most units of a large tree hold no estate: adding nothing allocates nothing.
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    return new Ratio(numerator.add(other.numerator), denominator.add(other.denominator));
  }

  /** Returns whether both parts are zero: 0 of 0. @return true for the empty ratio */
  public boolean isEmpty() {
    return numerator.signum() == 0 && denominator.signum() == 0;
  }

  /** Returns the exact share. @return numerator / denominator, empty when the denominator is 0 */
  public Optional<Fraction> share() {
    return denominator.signum() == 0 ? Optional.empty()
        : Optional.of(Fraction.of(numerator).dividedBy(Fraction.of(denominator)));
  }
}
