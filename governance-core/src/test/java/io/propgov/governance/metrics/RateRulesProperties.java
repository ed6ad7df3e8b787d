package io.propgov.governance.metrics;

import static io.propgov.governance.Fixtures.COMPANY;
import static io.propgov.governance.Fixtures.WUHAN_LEVELS;
import static io.propgov.governance.Fixtures.date;
import static io.propgov.governance.Fixtures.round;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.FeeAccount;
import io.propgov.governance.estate.ServiceMode;
import io.propgov.governance.org.OrgTree;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.org.Trees;
import io.propgov.governance.satisfaction.RoundStatus;
import io.propgov.governance.satisfaction.SurveyRound;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RateRulesProperties {

  private static final LocalDate AS_OF = date("2024-12-31");

  /** One generated estate: where it hangs (an index into the tree), its figures, and its rating. */
  record EstateSpec(int unitPick, int households, int answered, ServiceMode mode, BigDecimal billed,
      BigDecimal collected, RoundStatus rating) {}

  @Provide
  Arbitrary<List<OrgUnit>> trees() {
    return Trees.wuhan(30);
  }

  @Provide
  Arbitrary<List<EstateSpec>> estates() {
    Arbitrary<BigDecimal> money = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99999.99"))
        .ofScale(2);
    Arbitrary<ServiceMode> mode = Arbitraries.of(ServiceMode.values()).injectNull(0.15);
    Arbitrary<RoundStatus> rating = Arbitraries.of(RoundStatus.PASSED, RoundStatus.FAILED).injectNull(0.3);
    Arbitrary<EstateSpec> estate = Combinators.combine(Arbitraries.integers().between(0, 1000),
        Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 40), mode, money.injectNull(0.2),
        money, rating).as(EstateSpec::new);
    return estate.list().ofMaxSize(25);
  }

  private static List<Estate> place(List<OrgUnit> units, List<EstateSpec> specs) {
    List<Estate> estates = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      EstateSpec s = specs.get(i);
      int answered = Math.min(s.answered(), s.households());
      List<SurveyRound> rounds = s.households() == 0 ? List.of()
          : List.of(round("r", date("2024-06-30"), s.households(), answered, "80"));
      FeeAccount fees = s.billed() == null ? null : new FeeAccount(s.billed(), s.collected());
      estates.add(new Estate("E" + i, "", COMPANY, rounds, List.of(), units.get(s.unitPick() % units.size()).id(),
          s.households(), s.mode(), fees, null));
    }
    return estates;
  }

  private static Function<Estate, Optional<RoundStatus>> ratings(List<EstateSpec> specs) {
    Map<String, RoundStatus> byId = new HashMap<>();
    for (int i = 0; i < specs.size(); i++) {
      byId.put("E" + i, specs.get(i).rating());
    }
    return e -> Optional.ofNullable(byId.get(e.id()));
  }

  /** Compares two ratios by value, whatever the scales of their parts. */
  private static void assertSame(Ratio expected, Ratio actual, String what) {
    assertEquals(0, expected.numerator().compareTo(actual.numerator()), what + " numerator: " + expected + " vs " + actual);
    assertEquals(0, expected.denominator().compareTo(actual.denominator()),
        what + " denominator: " + expected + " vs " + actual);
  }

  private static void assertSame(UnitRates expected, UnitRates actual, String unit) {
    assertEquals(expected.estates(), actual.estates(), unit + " estates");
    assertSame(expected.coverage(), actual.coverage(), unit + " coverage");
    assertSame(expected.participation(), actual.participation(), unit + " participation");
    assertSame(expected.feeCollection(), actual.feeCollection(), unit + " fees");
    assertSame(expected.professionalCoverage(), actual.professionalCoverage(), unit + " professional coverage");
    assertSame(expected.committeeCoverage(), actual.committeeCoverage(), unit + " committee coverage");
    assertSame(expected.ratedSatisfactory(), actual.ratedSatisfactory(), unit + " rated satisfactory");
  }

  private static UnitRates sum(String unitId, List<UnitRates> parts) {
    UnitRates total = new UnitRates(unitId, 0, Ratio.NONE, Ratio.NONE, Ratio.NONE, Ratio.NONE, Ratio.NONE,
        Ratio.NONE);
    for (UnitRates p : parts) {
      total = new UnitRates(unitId, total.estates() + p.estates(), total.coverage().plus(p.coverage()),
          total.professionalCoverage().plus(p.professionalCoverage()),
          total.committeeCoverage().plus(p.committeeCoverage()),
          total.participation().plus(p.participation()), total.feeCollection().plus(p.feeCollection()),
          total.ratedSatisfactory().plus(p.ratedSatisfactory()));
    }
    return total;
  }

  @Property(tries = 200)
  void eachUnitsRatesAreItsOwnEstatesPlusItsChildrensRollUps(@ForAll("trees") List<OrgUnit> units,
      @ForAll("estates") List<EstateSpec> specs) {
    OrgTree tree = OrgTree.of(WUHAN_LEVELS, units);
    List<Estate> estates = place(units, specs);
    Function<Estate, Optional<RoundStatus>> rating = ratings(specs);
    Map<String, UnitRates> rates = RateRules.rollUp(tree, estates, rating, AS_OF);
    for (OrgUnit u : units) {
      List<Estate> own = estates.stream().filter(e -> e.unitId().equals(u.id())).toList();
      List<UnitRates> parts = new ArrayList<>();
      parts.add(RateRules.rollUp(tree, own, rating, AS_OF).get(u.id()));
      tree.children(u.id()).forEach(c -> parts.add(rates.get(c.id())));
      assertSame(sum(u.id(), parts), rates.get(u.id()), u.id());
    }
    OrgUnit root = tree.roots().get(0);
    assertEquals(estates.size(), rates.get(root.id()).estates(), "every estate counts once, at the root");
  }

  @Property(tries = 200)
  void eachUnitsRatesAreTheSumsOverTheEstatesOfItsSubtreeOneByOne(@ForAll("trees") List<OrgUnit> units,
      @ForAll("estates") List<EstateSpec> specs) {
    OrgTree tree = OrgTree.of(WUHAN_LEVELS, units);
    List<Estate> estates = place(units, specs);
    Function<Estate, Optional<RoundStatus>> rating = ratings(specs);
    Map<String, UnitRates> rates = RateRules.rollUp(tree, estates, rating, AS_OF);
    Map<String, UnitRates> single = new HashMap<>();
    for (Estate e : estates) {
      single.put(e.id(), RateRules.rollUp(tree, List.of(e), rating, AS_OF).get(e.unitId()));
    }
    for (OrgUnit u : units) {
      List<String> below = tree.subtree(u.id()).stream().map(OrgUnit::id).toList();
      List<UnitRates> parts = estates.stream().filter(e -> below.contains(e.unitId())).map(e -> single.get(e.id()))
          .toList();
      assertSame(sum(u.id(), parts), rates.get(u.id()), u.id());
    }
  }
}
