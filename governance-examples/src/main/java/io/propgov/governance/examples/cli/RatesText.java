package io.propgov.governance.examples.cli;

import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.metrics.Ratio;
import io.propgov.governance.metrics.UnitRates;
import io.propgov.governance.policy.Fraction;

/** One line of the four rates: each as numerator/denominator and a percentage. */
final class RatesText {

  private RatesText() {}

  static String of(UnitRates rates, boolean zh) {
    return (zh ? "覆盖率 " : "coverage ") + ratio(rates.coverage())
        + (zh ? "  参与率 " : "  participation ") + ratio(rates.participation())
        + (zh ? "  收费率 " : "  fees ") + ratio(rates.feeCollection())
        + (zh ? "  满意率 " : "  satisfaction ") + ratio(rates.satisfaction());
  }

  private static String ratio(Ratio ratio) {
    String parts = Fraction.of(ratio.numerator()).toDecimal(2).toPlainString() + "/"
        + Fraction.of(ratio.denominator()).toDecimal(2).toPlainString();
    return ratio.share().map(s -> parts + " (" + Figure.of("r", s, Unit.SHARE).display() + ")").orElse("-");
  }
}
