package io.propgov.governance.policy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number, always in lowest terms with a positive denominator.
 *
 * <p>Every threshold of the domain ("at least two thirds", "more than half", "below the pass
 * line") is compared with fractions, never with {@code double}, so that a share of exactly
 * 2/3 meets "at least 2/3" and a share of exactly 1/2 fails "more than 1/2".
 *
 * @since 0.1.0
 */
public final class Fraction implements Comparable<Fraction> {

  /** The fraction 0/1. */
  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
  /** The fraction 1/1. */
  public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Fraction(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns the fraction {@code numerator / denominator} in lowest terms.
   *
   * @param numerator any integer
   * @param denominator a non-zero integer
   * @return the reduced fraction, never null
   * @throws IllegalArgumentException if {@code denominator} is zero
   */
  public static Fraction of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * Returns the fraction {@code numerator / denominator} in lowest terms.
   *
   * @param numerator any integer, not null
   * @param denominator a non-zero integer, not null
   * @return the reduced fraction, never null
   * @throws IllegalArgumentException if {@code denominator} is zero
   */
  public static Fraction of(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new IllegalArgumentException("denominator must not be zero (numerator " + numerator + ")");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    if (numerator.bitLength() < 63 && denominator.bitLength() < 63) {
      // Most of the domain's figures fit a long, where Euclid's GCD is far cheaper than BigInteger's.
      long n = numerator.longValue();
      long d = denominator.longValue();
      long g = gcd(Math.abs(n), d);
      return g <= 1 ? new Fraction(numerator, denominator)
          : new Fraction(BigInteger.valueOf(n / g), BigInteger.valueOf(d / g));
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    return new Fraction(numerator, denominator);
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  /**
   * Returns the whole number {@code value} as a fraction.
   *
   * @param value any integer
   * @return {@code value / 1}, never null
   */
  public static Fraction of(long value) {
    return of(value, 1);
  }

  /**
   * Returns the exact value of a decimal number as a fraction ({@code 0.6} is {@code 3/5}).
   *
   * @param value a decimal, not null
   * @return the exact fraction, never null
   */
  public static Fraction of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (value.scale() <= 0) {
      return of(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /**
   * Parses a fraction written as {@code "2/3"}, a decimal ({@code "0.6"}, {@code "60"}) or a
   * percentage ({@code "60%"}).
   *
   * @param text the text, not null
   * @return the exact fraction, never null
   * @throws IllegalArgumentException naming the text when it is none of these forms
   */
  public static Fraction parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    try {
      int slash = t.indexOf('/');
      if (slash >= 0) {
        return of(new BigInteger(t.substring(0, slash).strip()),
            new BigInteger(t.substring(slash + 1).strip()));
      }
      if (t.endsWith("%")) {
        return of(new BigDecimal(t.substring(0, t.length() - 1).strip())).dividedBy(of(100));
      }
      return of(new BigDecimal(t));
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new IllegalArgumentException("'" + text
          + "' is not a fraction; write it as \"2/3\", a decimal such as \"0.6\" or a percentage such as \"60%\"");
    }
  }

  /** Returns the numerator (its sign is the sign of the fraction). @return the numerator */
  public BigInteger numerator() {
    return numerator;
  }

  /** Returns the denominator, always positive. @return the denominator */
  public BigInteger denominator() {
    return denominator;
  }

  /** Returns {@code this + other}. @param other not null @return the exact sum */
  public Fraction plus(Fraction other) {
    return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /** Returns {@code this - other}. @param other not null @return the exact difference */
  public Fraction minus(Fraction other) {
    return plus(other.negate());
  }

  /** Returns {@code -this}. @return the negation */
  public Fraction negate() {
    return new Fraction(numerator.negate(), denominator);
  }

  /** Returns {@code this * other}. @param other not null @return the exact product */
  public Fraction times(Fraction other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * Returns {@code this / other}.
   *
   * @param other a non-zero fraction
   * @return the exact quotient
   * @throws IllegalArgumentException if {@code other} is zero
   */
  public Fraction dividedBy(Fraction other) {
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /** Returns the sign: -1, 0 or 1. @return the sign */
  public int signum() {
    return numerator.signum();
  }

  /**
   * Returns the smallest whole number not below this fraction.
   *
   * @return the ceiling, never null
   */
  public BigInteger ceiling() {
    BigInteger[] qr = numerator.divideAndRemainder(denominator);
    return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
  }

  /**
   * Returns this value as a decimal rounded half-up to {@code scale} places, trailing zeros
   * removed; for display only, never for comparison.
   *
   * @param scale the number of decimal places, not negative
   * @return the rounded decimal, never null
   */
  public BigDecimal toDecimal(int scale) {
    return toDecimal(scale, RoundingMode.HALF_UP);
  }

  /**
   * Returns this value as a decimal rounded to {@code scale} places with the given rounding,
   * trailing zeros removed; for display only, never for comparison.
   *
   * @param scale the number of decimal places, not negative
   * @param rounding how to round, not null
   * @return the rounded decimal, never null
   */
  public BigDecimal toDecimal(int scale, RoundingMode rounding) {
    BigDecimal d = new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, rounding)
        .stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /**
   * Returns whether this fraction is a terminating decimal (its denominator has no prime
   * factor but 2 and 5), so that {@link #toDecimal(int)} can be exact.
   *
   * @return true for values such as 3/5 or 1/8, false for 2/3
   */
  public boolean isTerminatingDecimal() {
    BigInteger d = denominator;
    BigInteger two = BigInteger.TWO;
    BigInteger five = BigInteger.valueOf(5);
    while (d.mod(two).signum() == 0) {
      d = d.divide(two);
    }
    while (d.mod(five).signum() == 0) {
      d = d.divide(five);
    }
    return d.equals(BigInteger.ONE);
  }

  @Override
  public int compareTo(Fraction other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fraction f && numerator.equals(f.numerator) && denominator.equals(f.denominator);
  }

  @Override
  public int hashCode() {
    return numerator.hashCode() * 31 + denominator.hashCode();
  }

  /**
   * Returns the canonical text: {@code "2/3"}, or a plain decimal such as {@code "0.6"} when the
   * value is a terminating decimal; {@link #parse(String)} reads it back to an equal value.
   */
  @Override
  public String toString() {
    if (denominator.equals(BigInteger.ONE)) {
      return numerator.toString();
    }
    if (isTerminatingDecimal()) {
      return new BigDecimal(numerator).divide(new BigDecimal(denominator)).stripTrailingZeros().toPlainString();
    }
    return numerator + "/" + denominator;
  }
}
