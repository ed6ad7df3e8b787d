package io.propgov.governance.policy;

import java.math.BigDecimal;

/** Long arithmetic behind {@link Fraction}'s small form, kept apart so that class stays readable. */
final class FractionMath {

  /** The largest n with 10^n in a long. */
  static final int MAX_TEN_POWER = 18;

  /** 10^0 to 10^18, every power of ten a long holds. */
  private static final long[] TEN_POWERS = new long[MAX_TEN_POWER + 1];

  static {
    TEN_POWERS[0] = 1;
    for (int i = 1; i < TEN_POWERS.length; i++) {
      TEN_POWERS[i] = TEN_POWERS[i - 1] * 10;
    }
  }

  private FractionMath() {}

  /** 10^n, for n from 0 to {@link #MAX_TEN_POWER}; the table stays private, so no caller can change it. */
  static long tenPower(int n) {
    return TEN_POWERS[n];
  }

  /**
   * Greatest common divisor of {@code a >= 0} and {@code b > 0}. Binary (Stein's) algorithm, as
   * in Guava's {@code LongMath.gcd}: shifts and subtractions instead of 64-bit divisions, which
   * cost tens of cycles each; whole numbers (denominator 1) return at once.
   */
  static long gcd(long a, long b) {
    if (a == 0) {
      return b;
    }
    if (a == 1 || b == 1) {
      return 1;
    }
    int aTwos = Long.numberOfTrailingZeros(a);
    a >>= aTwos;
    int bTwos = Long.numberOfTrailingZeros(b);
    b >>= bTwos;
    while (a != b) { // both odd
      long delta = a - b; // no overflow: both are non-negative
      long minDeltaOrZero = delta & (delta >> 63);
      a = delta - minDeltaOrZero - minDeltaOrZero; // |a - b|, even
      b += minDeltaOrZero; // min(a, b)
      a >>= Long.numberOfTrailingZeros(a);
    }
    return a << Math.min(aTwos, bTwos);
  }

  /** Whether {@code x * y} fits a long: the high half of the 128-bit product is only its sign. */
  static boolean productFits(long x, long y) {
    return Math.multiplyHigh(x, y) == (x * y) >> 63;
  }

  /** Compares {@code a * b} with {@code c * d} exactly, as 128-bit products: -1, 0 or 1. */
  static int compareProducts(long a, long b, long c, long d) {
    long high = Math.multiplyHigh(a, b);
    long otherHigh = Math.multiplyHigh(c, d);
    if (high != otherHigh) {
      return high < otherHigh ? -1 : 1;
    }
    return Long.compareUnsigned(a * b, c * d); // equal high halves: the low halves decide, unsigned
  }

  /**
   * {@code BigInteger.valueOf(v).hashCode()} without the BigInteger, for {@code v != Long.MIN_VALUE}:
   * 31 times the magnitude's high int plus its low int, times the sign.
   */
  static int bigIntegerHash(long v) {
    long magnitude = Math.abs(v);
    return (31 * (int) (magnitude >>> 32) + (int) magnitude) * Long.signum(v);
  }

  /** Whether {@code d > 0} has no prime factor but 2 and 5. */
  static boolean isTwosAndFives(long d) {
    d >>>= Long.numberOfTrailingZeros(d);
    while (d % 5 == 0) {
      d /= 5;
    }
    return d == 1;
  }

  /**
   * The plain decimal text of {@code n / d} (lowest terms, {@code d > 1}), or null when it does
   * not terminate. Equal to {@code new BigDecimal(n).divide(new BigDecimal(d)).stripTrailingZeros()
   * .toPlainString()}, but built as {@code n * (10^k / d)} with k decimal places where that fits.
   */
  static String terminatingText(long n, long d) {
    int twos = Long.numberOfTrailingZeros(d);
    long rest = d >>> twos;
    int fives = 0;
    while (rest % 5 == 0) {
      rest /= 5;
      fives++;
    }
    if (rest != 1) {
      return null;
    }
    int places = Math.max(twos, fives);
    if (places < TEN_POWERS.length) {
      long factor = TEN_POWERS[places] / d;
      long unscaled = n * factor;
      if (productFits(n, factor)) {
        // No trailing zero to strip: n shares no factor with d, and factor carries only the
        // prime (2 or 5) that d lacks, so n * factor is not a multiple of 10.
        return BigDecimal.valueOf(unscaled, places).toPlainString();
      }
    }
    return BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d)).stripTrailingZeros().toPlainString();
  }
}
