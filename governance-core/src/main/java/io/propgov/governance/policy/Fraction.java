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
 * <p>Instances are immutable (every field final), so they are safe to share between threads.
 *
 * @since 0.1.0
 */
public final class Fraction implements Comparable<Fraction> {

  /*
   * Representation. The domain's figures (3/10, 85/1, 437/5) nearly always fit a long, where
   * arithmetic costs a few instructions instead of BigInteger allocations. There is exactly one
   * form per value: a reduced value is "small" (bigNum == null, value num/den) if and only if both
   * its numerator and denominator lie in [-Long.MAX_VALUE, Long.MAX_VALUE]; otherwise it is "big"
   * (bigNum/bigDen, num and den unused). Long.MIN_VALUE is left out so that negating a small
   * numerator cannot overflow and so that the set of small values is closed under negation.
   * Hence equals can compare longs, and a small value never equals a big one.
   */

  /** The fraction 0/1. */
  public static final Fraction ZERO = new Fraction(0, 1);
  /** The fraction 1/1. */
  public static final Fraction ONE = new Fraction(1, 1);

  private final long num;
  private final long den;
  private final BigInteger bigNum;
  private final BigInteger bigDen;

  /** A small value; the caller guarantees lowest terms, den > 0 and num != Long.MIN_VALUE. */
  private Fraction(long num, long den) {
    this.num = num;
    this.den = den;
    this.bigNum = null;
    this.bigDen = null;
  }

  /** A big value; the caller guarantees lowest terms, a positive denominator and that it does not fit. */
  private Fraction(BigInteger bigNum, BigInteger bigDen) {
    this.num = 0;
    this.den = 0;
    this.bigNum = bigNum;
    this.bigDen = bigDen;
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
    if (denominator == 0) {
      throw zeroDenominator(numerator);
    }
    if (numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE) {
      return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator)); // negation would overflow
    }
    return denominator < 0 ? reduced(-numerator, -denominator) : reduced(numerator, denominator);
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
      throw zeroDenominator(numerator);
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    if (numerator.bitLength() < 63 && denominator.bitLength() < 63) {
      return reduced(numerator.longValue(), denominator.longValue());
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE)) { // never zero: the denominator is not
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    if (fits(numerator) && fits(denominator)) {
      return new Fraction(numerator.longValue(), denominator.longValue());
    }
    return new Fraction(numerator, denominator);
  }

  /** Whether {@code n} is in [-Long.MAX_VALUE, Long.MAX_VALUE], the range of a small value's parts. */
  private static boolean fits(BigInteger n) {
    return n.bitLength() < 64 && n.longValue() != Long.MIN_VALUE;
  }

  /** Reduces {@code n/d} for {@code d > 0}. */
  private static Fraction reduced(long n, long d) {
    if (n == Long.MIN_VALUE) { // its magnitude does not fit; rare enough for BigInteger
      return of(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }
    long g = FractionMath.gcd(Math.abs(n), d);
    return g == 1 ? new Fraction(n, d) : new Fraction(n / g, d / g);
  }

  private static IllegalArgumentException zeroDenominator(Object numerator) {
    return new IllegalArgumentException("denominator must not be zero (numerator " + numerator + ")");
  }

  /**
   * Returns the whole number {@code value} as a fraction.
   *
   * @param value any integer
   * @return {@code value / 1}, never null
   */
  public static Fraction of(long value) {
    return value == Long.MIN_VALUE ? of(value, 1) : new Fraction(value, 1);
  }

  /**
   * Returns the exact value of a decimal number as a fraction ({@code 0.6} is {@code 3/5}).
   *
   * @param value a decimal, not null
   * @return the exact fraction, never null
   */
  public static Fraction of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    int scale = value.scale();
    int precision = value.precision();
    // The unscaled value, 10^scale and unscaled * 10^-scale all fit a long while the digits, with
    // the zeros a negative scale stands for, are at most 18.
    if (scale <= FractionMath.MAX_TEN_POWER && precision + Math.max(-scale, 0) <= FractionMath.MAX_TEN_POWER) {
      long unscaled = value.unscaledValue().longValue();
      return scale >= 0 ? reduced(unscaled, FractionMath.tenPower(scale))
          : new Fraction(unscaled * FractionMath.tenPower(-scale), 1);
    }
    if (scale <= 0) {
      return of(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return of(value.unscaledValue(), BigInteger.TEN.pow(scale));
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
    return bigNum == null ? BigInteger.valueOf(num) : bigNum;
  }

  /** Returns the denominator, always positive. @return the denominator */
  public BigInteger denominator() {
    return bigNum == null ? BigInteger.valueOf(den) : bigDen;
  }

  /** Returns {@code this + other}. @param other not null @return the exact sum */
  public Fraction plus(Fraction other) {
    if (bigNum == null && other.bigNum == null) {
      Fraction sum = sum(num, den, other.num, other.den);
      if (sum != null) {
        return sum;
      }
    }
    return of(numerator().multiply(other.denominator()).add(other.numerator().multiply(denominator())),
        denominator().multiply(other.denominator()));
  }

  /** Returns {@code this - other}. @param other not null @return the exact difference */
  public Fraction minus(Fraction other) {
    if (bigNum == null && other.bigNum == null) {
      Fraction difference = sum(num, den, -other.num, other.den);
      if (difference != null) {
        return difference;
      }
    }
    return plus(other.negate());
  }

  /**
   * Returns {@code an/ad + bn/bd} for small parts, or null when a long would overflow. Knuth's
   * method (TAOCP 4.5.1): reducing by the GCD of the denominators keeps the figures small and
   * needs no GCD of the whole sum; with coprime denominators (whole numbers among them) the sum
   * is already in lowest terms.
   */
  private static Fraction sum(long an, long ad, long bn, long bd) {
    long g = FractionMath.gcd(ad, bd);
    long ad1 = ad / g;
    long bd1 = bd / g;
    long p = an * bd1;
    long q = bn * ad1;
    long t = p + q;
    if (!FractionMath.productFits(an, bd1) || !FractionMath.productFits(bn, ad1)
        || ((p ^ t) & (q ^ t)) < 0 || t == Long.MIN_VALUE) {
      return null; // past a long, or |t| would not fit: rare in the domain
    }
    long g2 = g == 1 ? 1 : FractionMath.gcd(Math.abs(t), g);
    return product(t / g2, 1, ad1, bd / g2);
  }

  /** Returns {@code -this}. @return the negation */
  public Fraction negate() {
    // The small range is symmetric, so negating keeps the form canonical.
    return bigNum == null ? new Fraction(-num, den) : new Fraction(bigNum.negate(), bigDen);
  }

  /** Returns {@code this * other}. @param other not null @return the exact product */
  public Fraction times(Fraction other) {
    if (bigNum == null && other.bigNum == null) {
      // Cross-reduced factors give a product already in lowest terms and keep it small.
      long g1 = FractionMath.gcd(Math.abs(num), other.den);
      long g2 = FractionMath.gcd(Math.abs(other.num), den);
      Fraction product = product(num / g1, other.num / g2, den / g2, other.den / g1);
      if (product != null) {
        return product;
      }
    }
    return of(numerator().multiply(other.numerator()), denominator().multiply(other.denominator()));
  }

  /**
   * Returns {@code this / other}.
   *
   * @param other a non-zero fraction
   * @return the exact quotient
   * @throws IllegalArgumentException if {@code other} is zero
   */
  public Fraction dividedBy(Fraction other) {
    if (bigNum == null && other.bigNum == null && other.num != 0) {
      long on = Math.abs(other.num); // the divisor's sign moves to the numerator
      long g1 = FractionMath.gcd(Math.abs(num), on);
      long g2 = FractionMath.gcd(other.den, den);
      long n = num / g1;
      Fraction quotient = product(other.num < 0 ? -n : n, other.den / g2, den / g2, on / g1);
      if (quotient != null) {
        return quotient;
      }
    }
    return of(numerator().multiply(other.denominator()), denominator().multiply(other.numerator()));
  }

  /**
   * Returns {@code (n1 * n2) / (d1 * d2)} for factors already cross-reduced (so the result is in
   * lowest terms) with {@code d1, d2 > 0}, or null when it is not small.
   */
  private static Fraction product(long n1, long n2, long d1, long d2) {
    long n = n1 * n2;
    if (!FractionMath.productFits(n1, n2) || !FractionMath.productFits(d1, d2) || n == Long.MIN_VALUE) {
      return null; // overflowed, or the one long that is not small
    }
    return new Fraction(n, d1 * d2);
  }

  /** Returns the sign: -1, 0 or 1. @return the sign */
  public int signum() {
    return bigNum == null ? Long.signum(num) : bigNum.signum();
  }

  /**
   * Returns the smallest whole number not below this fraction.
   *
   * @return the ceiling, never null
   */
  public BigInteger ceiling() {
    if (bigNum == null) {
      long q = num / den; // truncates towards zero; q + 1 cannot overflow as den > 1 when % is not 0
      return BigInteger.valueOf(num % den > 0 ? q + 1 : q);
    }
    BigInteger[] qr = bigNum.divideAndRemainder(bigDen);
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
    BigDecimal d = (bigNum == null
        ? BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), scale, rounding)
        : new BigDecimal(bigNum).divide(new BigDecimal(bigDen), scale, rounding)).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /**
   * Returns whether this fraction is a terminating decimal (its denominator has no prime
   * factor but 2 and 5), so that {@link #toDecimal(int)} can be exact.
   *
   * @return true for values such as 3/5 or 1/8, false for 2/3
   */
  public boolean isTerminatingDecimal() {
    if (bigNum == null) {
      return FractionMath.isTwosAndFives(den);
    }
    BigInteger d = bigDen.shiftRight(bigDen.getLowestSetBit());
    BigInteger five = BigInteger.valueOf(5);
    while (d.mod(five).signum() == 0) {
      d = d.divide(five);
    }
    return d.equals(BigInteger.ONE);
  }

  /**
   * Compares by value.
   *
   * @param other not null
   * @return -1, 0 or 1 as this fraction is less than, equal to or greater than {@code other}
   */
  @Override
  public int compareTo(Fraction other) {
    if (bigNum == null && other.bigNum == null) {
      return den == other.den ? Long.compare(num, other.num)
          : FractionMath.compareProducts(num, other.den, other.num, den);
    }
    return numerator().multiply(other.denominator()).compareTo(other.numerator().multiply(denominator()));
  }

  /**
   * Returns whether {@code o} is a fraction of the same value.
   *
   * @param o any object
   * @return true when {@code o} is a fraction equal in value to this one
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Fraction f)) {
      return false;
    }
    // One form per value: a small value never equals a big one.
    return bigNum == null
        ? f.bigNum == null && num == f.num && den == f.den
        : f.bigNum != null && bigNum.equals(f.bigNum) && bigDen.equals(f.bigDen);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}: {@code 31 * numerator().hashCode()
   * + denominator().hashCode()}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    // Same figure as when both parts were BigIntegers, so no hash-ordered output changes.
    return bigNum == null
        ? FractionMath.bigIntegerHash(num) * 31 + FractionMath.bigIntegerHash(den)
        : bigNum.hashCode() * 31 + bigDen.hashCode();
  }

  /**
   * Returns the canonical text: {@code "2/3"}, or a plain decimal such as {@code "0.6"} when the
   * value is a terminating decimal; {@link #parse(String)} reads it back to an equal value.
   *
   * @return the canonical text, never null
   */
  @Override
  public String toString() {
    if (bigNum == null) {
      if (den == 1) {
        return Long.toString(num);
      }
      String decimal = FractionMath.terminatingText(num, den);
      return decimal != null ? decimal : num + "/" + den;
    }
    if (bigDen.equals(BigInteger.ONE)) {
      return bigNum.toString();
    }
    if (isTerminatingDecimal()) {
      return new BigDecimal(bigNum).divide(new BigDecimal(bigDen)).stripTrailingZeros().toPlainString();
    }
    return bigNum + "/" + bigDen;
  }
}
