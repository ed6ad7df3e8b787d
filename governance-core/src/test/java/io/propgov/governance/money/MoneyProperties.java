package io.propgov.governance.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.propgov.governance.area.Valid;
import io.propgov.governance.metrics.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MoneyProperties {

  private static final MoneyRules RULES = new MoneyRules(MoneyFixtures.POLICY);
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private static final LocalDate DUE = LocalDate.of(2025, 1, 30);

  @Test
  void aTopUpIsDueExactlyWhenTheBalanceIsBelowThirtyPercentOfTheDeposit() {
    qt().withExamples(300).forAll(integers().between(1, 5_000_000), integers().between(0, 5_000_000))
        .check((depositFen, balanceFen) -> {
          BigDecimal deposit = BigDecimal.valueOf(depositFen, 2);
          BigDecimal balance = BigDecimal.valueOf(balanceFen, 2);
          EstateMoney money = new EstateMoney("E", null, null, null, null, new MaintenanceFund(BigDecimal.TEN,
              List.of(new FundAccount("A", BigDecimal.ONE, deposit, balance)), List.of()), null, null);
          MoneyAssessment.Deposit d = RULES.decide(Valid.orThrow(RULES.validate(money, "", AS_OF)), AS_OF).value()
              .deposits().get(0);
          BigDecimal line = deposit.multiply(new BigDecimal("0.3")).setScale(2, RoundingMode.HALF_UP);
          return d.topUpDue() == (balance.compareTo(line) < 0) && d.topUpLine().compareTo(line) == 0;
        });
  }

  @Test
  void aDisclosureIsOnTimeLateMissingOrPendingByTheDatesAlone() {
    qt().withExamples(300).forAll(integers().between(-40, 40), integers().between(-40, 40), integers().between(0, 1))
        .check((published, asOf, unpublished) -> {
          LocalDate on = DUE.plusDays(asOf);
          LocalDate pub = unpublished == 1 || published > asOf ? null : DUE.plusDays(published);
          MoneyAssessment.Due d = MoneyRules.status("X", DUE.minusYears(1), DUE, DUE, pub, on);
          DisclosureState expected = pub != null ? (published > 0 ? DisclosureState.LATE : DisclosureState.ON_TIME)
              : asOf > 0 ? DisclosureState.MISSING : DisclosureState.PENDING;
          long days = pub != null ? Math.max(published, 0) : Math.max(asOf, 0);
          return d.state() == expected && d.daysLate() == days;
        });
  }

  @Test
  void sharesRollUpByAddingNotByAveraging() {
    qt().withExamples(200).forAll(integers().between(0, 50), integers().between(0, 50), integers().between(1, 50),
        integers().between(1, 50)).check((a, b, n, m) -> {
          int x = Math.min(a, n);
          int y = Math.min(b, m);
          MoneyRates sum = new MoneyRates("u", n, Ratio.of(x, n), Ratio.of(x, n))
              .plus(new MoneyRates("v", m, Ratio.of(y, m), Ratio.of(y, m)));
          return sum.estates() == n + m && sum.breakEven().equals(Ratio.of(x + y, n + m));
        });
    assertEquals(Map.of(), Map.of());
  }
}
