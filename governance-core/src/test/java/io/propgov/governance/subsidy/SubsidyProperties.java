package io.propgov.governance.subsidy;

import static io.propgov.governance.subsidy.SubsidyFixtures.AS_OF;
import static io.propgov.governance.subsidy.SubsidyFixtures.servedByK1;

import io.propgov.governance.estate.FeeAccount;
import io.propgov.governance.explain.Label;
import io.propgov.governance.policy.Fraction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SubsidyProperties {

  private static final SubsidyRules RULES = new SubsidyRules(SubsidyFixtures.POLICY);

  private static Award award(String id, BigDecimal amount, int score) {
    return new Award(id, "caolu", new Label("p", "p"), "K1", "E1", LocalDate.of(2024, 7, 1), true, List.of(),
        new Score(null, null, null, null, BigDecimal.valueOf(score)), Fraction.ONE, amount, amount);
  }

  @Provide
  Arbitrary<BigDecimal> money() {
    return Arbitraries.longs().between(1, 10_000_000_00L).map(fen -> BigDecimal.valueOf(fen, 2));
  }

  @Property
  void allocationsNeverExceedTheBudgetAndSumToTheSmallerOfBudgetAndDemand(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 50_000_000) Integer> amountsInFen,
      @ForAll @IntRange(min = 0, max = 300_000_000) int budgetInFen, @ForAll boolean proRata,
      @ForAll @IntRange(min = 0, max = 3) int scoreSpread) {
    List<Award> awards = new ArrayList<>();
    BigDecimal demand = BigDecimal.ZERO.setScale(2);
    for (int i = 0; i < amountsInFen.size(); i++) {
      BigDecimal amount = BigDecimal.valueOf(amountsInFen.get(i), 2);
      awards.add(award("app-" + i, amount, i % (scoreSpread + 1)));
      demand = demand.add(amount);
    }
    BigDecimal budget = BigDecimal.valueOf(budgetInFen, 2);
    Allocation allocation = new SubsidyRules(SubsidyFixtures.policy(SubsidyFixtures.caolu(budget,
        proRata ? AllocationMethod.PRO_RATA : AllocationMethod.PRIORITY_BY_SCORE))).allocate("caolu", awards, AS_OF)
        .value();

    BigDecimal granted = allocation.shares().stream().map(AllocationShare::granted).reduce(BigDecimal.ZERO,
        BigDecimal::add);
    assert granted.compareTo(budget) <= 0 : "granted " + granted + " exceeds budget " + budget;
    assert granted.compareTo(budget.min(demand)) == 0 : "granted " + granted + " is not min(" + budget + ", " + demand + ")";
    assert granted.compareTo(allocation.granted()) == 0;
    assert allocation.shares().stream().allMatch(s -> s.granted().signum() >= 0
        && s.granted().compareTo(s.requested()) <= 0 && s.granted().scale() == 2);
    assert allocation.shares().size() == awards.size();
  }

  @Property
  void raisingFeeCollectionNeverLowersAnAmount(@ForAll @IntRange(min = 0, max = 12_000) int collected,
      @ForAll @IntRange(min = 0, max = 3_000) int raise, @ForAll @IntRange(min = 0, max = 40) int inspection,
      @ForAll @IntRange(min = 0, max = 200_000) int area) {
    BigDecimal lower = amount(collected, inspection, area);
    BigDecimal higher = amount(collected + raise, inspection, area);

    assert higher.compareTo(lower) >= 0 : "collected " + collected + " gives " + lower + ", more gives " + higher;
  }

  private static BigDecimal amount(int collected, int inspection, int area) {
    Application a = new Application("a", "caolu", "K1", "E1", LocalDate.of(2024, 7, 1), 1995, BigDecimal.valueOf(area),
        new FeeAccount(BigDecimal.valueOf(10_000), BigDecimal.valueOf(collected)), BigDecimal.valueOf(inspection),
        List.of(), CreditStanding.CLEAN);
    return RULES.decide(a, servedByK1(), AS_OF).value().amount();
  }

  @Property
  void theSplitsPartsAlwaysAddUpToTheTotal(@ForAll("money") BigDecimal total,
      @ForAll @Size(min = 1, max = 15) List<@IntRange(min = 1, max = 50_000) Integer> areasInCentiMetres,
      @ForAll boolean environment) {
    List<HouseholdArea> households = new ArrayList<>();
    for (int i = 0; i < areasInCentiMetres.size(); i++) {
      households.add(new HouseholdArea("h" + i, BigDecimal.valueOf(areasInCentiMetres.get(i), 2)));
    }
    CostSplit split = RULES.split(new CostShare("c", environment ? "environment" : "emergency-repair", null, total,
        households), AS_OF).value();

    assert split.government().add(split.owners()).compareTo(total) == 0;
    BigDecimal households2 = split.households().stream().map(HouseholdShare::amount).reduce(BigDecimal.ZERO,
        BigDecimal::add);
    assert households2.compareTo(split.owners()) == 0 : households2 + " != " + split.owners();
    Fraction exactGovernment = Fraction.of(total).times(split.governmentShare());
    assert Fraction.of(split.government()).minus(exactGovernment).times(Fraction.of(100)).compareTo(Fraction.ONE) < 0;
    assert exactGovernment.minus(Fraction.of(split.government())).times(Fraction.of(100)).compareTo(Fraction.ONE) < 0;
  }
}
