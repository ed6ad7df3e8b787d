package io.propgov.governance.examples.cli;

import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Label;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.metrics.Rate;
import io.propgov.governance.metrics.Ratio;
import io.propgov.governance.metrics.UnitRates;
import io.propgov.governance.policy.Fraction;

/**
 * One line of the city rates the policy defines, each under the name the policy gives it, as
 * numerator/denominator and a percentage; a policy that defines none says so.
 */
final class RatesText {

  private RatesText() {}

  static String of(UnitRates rates, boolean zh) {
    if (rates.rates().isEmpty()) {
      return zh ? "（政策未定义比率）" : "(the policy defines no rates)";
    }
    StringBuilder line = new StringBuilder();
    for (Rate rate : rates.rates()) {
      Label name = rate.definition().label();
      line.append(line.length() == 0 ? "" : "  ").append(zh ? name.zh() : name.en()).append(' ')
          .append(ratio(rate.ratio()));
    }
    return line.toString();
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
