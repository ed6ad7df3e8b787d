package io.propgov.governance.explain;

import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How shares read in a message: a required share exactly and with its strictness ("at least
 * 2/3", 三分之二以上; "more than half", 过半数), an actual share as a percentage rounded half-up
 * with as many more decimals as it takes never to seem on the wrong side of its threshold.
 */
final class Shares {

  /** The most decimals of a percentage shown before falling back to the exact fraction. */
  private static final int MAX_SCALE = 12;
  private static final Fraction HALF = Fraction.of(1, 2);
  private static final Fraction HUNDRED = Fraction.of(100);
  private static final String[] DIGITS_ZH = {"零", "一", "二", "三", "四"};

  private Shares() {}

  /**
   * Returns a required share with its comparison: halves, thirds and quarters as the law writes
   * them, other shares as an exact percentage or, failing that, a fraction.
   */
  static String required(Comparison comparison, Fraction share, Locale locale) {
    boolean zh = Messages.isChinese(locale);
    if (comparison == Comparison.MORE_THAN && share.equals(HALF)) {
      return zh ? "过半数" : "more than half";
    }
    String exact = exact(share, zh);
    if (zh) {
      return switch (comparison) {
        case AT_LEAST -> exact + "以上";
        case MORE_THAN -> "超过" + exact;
        case AT_MOST -> exact + "以下";
      };
    }
    return switch (comparison) {
      case AT_LEAST -> "at least " + exact;
      case MORE_THAN -> "more than " + exact;
      case AT_MOST -> "at most " + exact;
    };
  }

  /**
   * Returns a share exactly: 1/2, 1/3, 2/3, 1/4 and 3/4 as fractions (二分之一, 三分之二,
   * 四分之三 in Chinese; "half" in English), a share that is a percentage with at most
   * {@value #MAX_SCALE} decimals as that percentage, any other as its fraction.
   */
  static String exact(Fraction share, boolean zh) {
    BigInteger den = share.denominator();
    BigInteger num = share.numerator();
    if (share.signum() > 0 && share.compareTo(Fraction.ONE) < 0 && den.intValue() <= 4 && den.bitLength() < 4) {
      if (zh) {
        return DIGITS_ZH[den.intValue()] + "分之" + DIGITS_ZH[num.intValue()];
      }
      return share.equals(HALF) ? "half" : num + "/" + den;
    }
    Fraction percent = share.times(HUNDRED);
    for (int scale = 0; scale <= MAX_SCALE; scale++) {
      if (Fraction.of(percent.toDecimal(scale, RoundingMode.HALF_UP)).equals(percent)) {
        return percent.toDecimal(scale, RoundingMode.HALF_UP).toPlainString() + "%";
      }
    }
    return num + "/" + den;
  }

  /**
   * Returns an actual share compared with a threshold as a percentage rounded half-up to two
   * decimals, or to more where two would show it on the threshold, or across it, when it is not:
   * 0.499999 against "more than half" shows as 49.9999%, never 50%. A share exactly on a threshold
   * keeps two decimals if they read the same way (2/3 against "at least 2/3" shows as 66.67%).
   * When no percentage up to {@value #MAX_SCALE} decimals does, the exact share.
   */
  static String actual(Fraction share, Comparison comparison, Fraction threshold, boolean zh) {
    int side = Integer.signum(share.compareTo(threshold));
    Fraction percent = share.times(HUNDRED);
    for (int scale = 2; scale <= MAX_SCALE; scale++) {
      Fraction shown = Fraction.of(percent.toDecimal(scale, RoundingMode.HALF_UP)).dividedBy(HUNDRED);
      boolean faithful = side == 0
          ? comparison.holds(shown, threshold) == comparison.holds(share, threshold)
          : Integer.signum(shown.compareTo(threshold)) == side;
      if (faithful) {
        return percent.toDecimal(scale, RoundingMode.HALF_UP).toPlainString() + "%";
      }
    }
    return exact(share, zh);
  }
}
