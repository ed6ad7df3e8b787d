package io.propgov.governance.examples.cli;

import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.metrics.Ratio;
import io.propgov.governance.metrics.UnitRates;
import io.propgov.governance.policy.Fraction;

/** One line of the city rates: each named for what it counts, as numerator/denominator and a percentage. */
final class RatesText {

  private RatesText() {}

  static String of(UnitRates rates, boolean zh) {
    return (zh ? "覆盖率 " : "coverage ") + ratio(rates.coverage())
        + (zh ? "  专业化覆盖率 " : "  professional ") + ratio(rates.professionalCoverage())
        + (zh ? "  业委会（物委会）覆盖率 " : "  committees ") + ratio(rates.committeeCoverage())
        + (zh ? "  参与率 " : "  participation ") + ratio(rates.participation())
        + (zh ? "  收费率 " : "  fees ") + ratio(rates.feeCollection())
        + (zh ? "  测评达标小区占比 " : "  rated satisfactory ") + ratio(rates.ratedSatisfactory());
  }

  /** Wuhan Jiang'an's two shares of a unit: estates that break even and estates that collect fees. */
  static String money(io.propgov.governance.money.MoneyRates rates, boolean zh) {
    return (zh ? "  收支平衡小区占比 " : "  break even ") + ratio(rates.breakEven())
        + (zh ? "  实现收费小区占比 " : "  collecting fees ") + ratio(rates.collecting());
  }

  private static String ratio(Ratio ratio) {
    String parts = Fraction.of(ratio.numerator()).toDecimal(2).toPlainString() + "/"
        + Fraction.of(ratio.denominator()).toDecimal(2).toPlainString();
    return ratio.share().map(s -> parts + " (" + Figure.of("r", s, Unit.SHARE).display() + ")").orElse("-");
  }
}
