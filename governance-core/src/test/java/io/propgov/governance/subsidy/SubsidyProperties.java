package io.propgov.governance.subsidy;

import static io.propgov.governance.subsidy.SubsidyFixtures.AS_OF;
import static io.propgov.governance.subsidy.SubsidyFixtures.servedByK1;
import static io.propgov.governance.testing.Generators.booleans;
import static io.propgov.governance.testing.Generators.ints;
import static io.propgov.governance.testing.Generators.lists;
import static io.propgov.governance.testing.Generators.withEdges;
import static io.propgov.governance.testing.Generators.yuan;
import static org.quicktheories.QuickTheory.qt;

import io.propgov.governance.estate.FeeAccount;
import io.propgov.governance.explain.Label;
import io.propgov.governance.policy.Fraction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SubsidyProperties {

  private static final SubsidyRules RULES = new SubsidyRules(SubsidyFixtures.POLICY);

  private static Award award(String id, BigDecimal amount, int score) {
    return new Award(id, "caolu", new Label("p", "p"), "K1", "E1", LocalDate.of(2024, 7, 1), true, List.of(),
        new Score(null, null, null, null, BigDecimal.valueOf(score)), Fraction.ONE, amount, amount);
  }

  /** One to twelve awards' amounts in fen, and a budget in fen that often equals their sum or misses it by one fen. */
  record Requests(List<Integer> amountsInFen, int budgetInFen) {}

  private static Gen<Requests> requests() {
    return lists(ints(1, 50_000_000), 1, 12).flatMap(amounts -> {
      long demand = amounts.stream().mapToLong(Integer::longValue).sum();
      List<Integer> exact = new ArrayList<>();
      for (long b = demand - 1; b <= demand + 1; b++) {
        if (b >= 0 && b <= 300_000_000) {
          exact.add((int) b);
        }
      }
      return withEdges(ints(0, 300_000_000), exact).map(budget -> new Requests(amounts, budget));
    });
  }

  @Test
  void allocationsNeverExceedTheBudgetAndSumToTheSmallerOfBudgetAndDemand() {
    qt().withExamples(200).forAll(requests(), booleans(), ints(0, 3))
        .checkAssert((requests, proRata, scoreSpread) -> allocate(requests.amountsInFen(), requests.budgetInFen(),
            proRata, scoreSpread));
  }

  private static void allocate(List<Integer> amountsInFen, int budgetInFen, boolean proRata, int scoreSpread) {
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

  @Test
  void raisingFeeCollectionNeverLowersAnAmount() {
    // of 10,000 billed: the score bands' 30%, 40%, 50%, 60%, 65% and 70% collected exactly; the area bands' edges
    Gen<Integer> collected = ints(0, 12_000, 2_999, 3_000, 3_999, 4_000, 4_999, 5_000, 5_999, 6_000, 6_499, 6_500,
        6_999, 7_000, 10_000);
    Gen<Integer> area = ints(0, 200_000, 50_000, 49_999, 100_000, 100_001);
    qt().withExamples(200).forAll(collected, ints(0, 3_000), ints(0, 40), area)
        .checkAssert((paid, raise, inspection, m2) -> {
          BigDecimal lower = amount(paid, inspection, m2);
          BigDecimal higher = amount(paid + raise, inspection, m2);

          assert higher.compareTo(lower) >= 0 : "collected " + paid + " gives " + lower + ", more gives " + higher;
        });
  }

  private static BigDecimal amount(int collected, int inspection, int area) {
    Application a = new Application("a", "caolu", "K1", "E1", LocalDate.of(2024, 7, 1), 1995, BigDecimal.valueOf(area),
        new FeeAccount(BigDecimal.valueOf(10_000), BigDecimal.valueOf(collected)), BigDecimal.valueOf(inspection),
        List.of(), CreditStanding.CLEAN);
    return RULES.decide(a, servedByK1(), AS_OF).value().amount();
  }

  @Test
  void theSplitsPartsAlwaysAddUpToTheTotal() {
    qt().withExamples(200).forAll(yuan(1, 10_000_000_00L), lists(ints(1, 50_000), 1, 15), booleans())
        .checkAssert(SubsidyProperties::partsAddUp);
  }

  private static void partsAddUp(BigDecimal total, List<Integer> areasInCentiMetres, boolean environment) {
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
