package io.propgov.governance.examples.handbook;

import io.propgov.governance.policy.Fraction;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * A required share as the law words it: "more than half" / 过半数, "at least 2/3" / 三分之二以上
 * (以上 includes the number itself), never a rounded percentage. The same words as the decisions'
 * messages use for a threshold.
 */
final class ShareWords {

  private static final Fraction HALF = Fraction.of(1, 2);
  private static final Fraction HUNDRED = Fraction.of(100);
  private static final String[] DIGITS_ZH = {"零", "一", "二", "三", "四"};
  private static final int MAX_SCALE = 12;

  private ShareWords() {}

  /**
   * The words of a required share.
   *
   * @param comparison {@code atLeast}, {@code moreThan} or {@code atMost}, as a policy document writes it
   * @param share the share
   * @param zh whether in Chinese
   */
  static String required(String comparison, Fraction share, boolean zh) {
    if (comparison.equals("moreThan") && share.equals(HALF)) {
      return zh ? "过半数" : "more than half";
    }
    String exact = exact(share, zh);
    return switch (comparison) {
      case "atLeast" -> zh ? exact + "以上" : "at least " + exact;
      case "moreThan" -> zh ? "超过" + exact : "more than " + exact;
      case "atMost" -> zh ? exact + "以下" : "at most " + exact;
      default -> throw new IllegalArgumentException("no comparison " + comparison);
    };
  }

  /** Halves, thirds and quarters as fractions (三分之二), other shares as an exact percentage, else the fraction. */
  static String exact(Fraction share, boolean zh) {
    BigInteger den = share.denominator();
    BigInteger num = share.numerator();
    if (share.signum() > 0 && share.compareTo(Fraction.ONE) < 0 && den.bitLength() < 4 && den.intValue() <= 4) {
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
}
