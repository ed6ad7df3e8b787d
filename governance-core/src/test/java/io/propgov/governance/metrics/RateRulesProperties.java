package io.propgov.governance.metrics;

import static io.propgov.governance.Fixtures.COMPANY;
import static io.propgov.governance.Fixtures.WUHAN_LEVELS;
import static io.propgov.governance.Fixtures.date;
import static io.propgov.governance.Fixtures.round;
import static io.propgov.governance.testing.Generators.ints;
import static io.propgov.governance.testing.Generators.lists;
import static io.propgov.governance.testing.Generators.nullable;
import static io.propgov.governance.testing.Generators.oneOf;
import static io.propgov.governance.testing.Generators.wuhanTree;
import static io.propgov.governance.testing.Generators.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.FeeAccount;
import io.propgov.governance.service.ServiceMode;
import io.propgov.governance.org.OrgTree;
import io.propgov.governance.org.OrgUnit;
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
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RateRulesProperties {

  private static final LocalDate AS_OF = date("2024-12-31");

  /** One generated estate: where it hangs (an index into the tree), its figures, and its rating. */
  record EstateSpec(int unitPick, int households, int answered, ServiceMode mode, BigDecimal billed,
      BigDecimal collected, RoundStatus rating) {}

  /** The first half of an {@link EstateSpec}, drawn before its fees and rating. */
  private record Where(int unitPick, int households, int answered, ServiceMode mode) {}

  private static Gen<List<OrgUnit>> trees() {
    return wuhanTree(30);
  }

  /** Up to 25 estates: households and answers 0 to 40, fees 0.00 to 99,999.99 CNY, mode and rating or none. */
  private static Gen<List<EstateSpec>> estates() {
    Gen<BigDecimal> money = yuan(0, 99_999_99);
    Gen<ServiceMode> mode = nullable(oneOf(ServiceMode.MARKET, ServiceMode.PUBLIC_WELFARE, ServiceMode.SELF_MANAGED,
        ServiceMode.COMMUNITY_INTERIM, ServiceMode.NONE), 15);
    Gen<RoundStatus> rating = nullable(oneOf(RoundStatus.PASSED, RoundStatus.FAILED), 30);
    Gen<EstateSpec> estate = ints(0, 1000).zip(ints(0, 40), ints(0, 40), mode, Where::new)
        .zip(nullable(money, 20), money, rating, (w, billed, collected, r) -> new EstateSpec(w.unitPick(),
            w.households(), w.answered(), w.mode(), billed, collected, r));
    return lists(estate, 0, 25);
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

  /** A generated tree with its estates placed and rated, and every unit's rates rolled up over all of them. */
  private record RolledUp(OrgTree tree, List<Estate> estates, Function<Estate, Optional<RoundStatus>> rating,
      Map<String, UnitRates> rates) {

    static RolledUp of(List<OrgUnit> units, List<EstateSpec> specs) {
      OrgTree tree = OrgTree.of(WUHAN_LEVELS, units);
      List<Estate> estates = place(units, specs);
      Function<Estate, Optional<RoundStatus>> rating = ratings(specs);
      return new RolledUp(tree, estates, rating, RateRules.rollUp(tree, estates, rating, AS_OF));
    }

    /** The rates of a unit over some of the estates alone. */
    UnitRates over(List<Estate> some, String unitId) {
      return RateRules.rollUp(tree, some, rating, AS_OF).get(unitId);
    }
  }

  @Test
  void eachUnitsRatesAreItsOwnEstatesPlusItsChildrensRollUps() {
    qt().withExamples(200).forAll(trees(), estates()).checkAssert(RateRulesProperties::ownPlusChildren);
  }

  private static void ownPlusChildren(List<OrgUnit> units, List<EstateSpec> specs) {
    RolledUp all = RolledUp.of(units, specs);
    for (OrgUnit u : units) {
      List<Estate> own = all.estates().stream().filter(e -> e.unitId().equals(u.id())).toList();
      List<UnitRates> parts = new ArrayList<>();
      parts.add(all.over(own, u.id()));
      all.tree().children(u.id()).forEach(c -> parts.add(all.rates().get(c.id())));
      assertSame(sum(u.id(), parts), all.rates().get(u.id()), u.id());
    }
    OrgUnit root = all.tree().roots().get(0);
    assertEquals(all.estates().size(), all.rates().get(root.id()).estates(), "every estate counts once, at the root");
  }

  @Test
  void eachUnitsRatesAreTheSumsOverTheEstatesOfItsSubtreeOneByOne() {
    qt().withExamples(200).forAll(trees(), estates()).checkAssert(RateRulesProperties::sumOverSubtree);
  }

  private static void sumOverSubtree(List<OrgUnit> units, List<EstateSpec> specs) {
    RolledUp all = RolledUp.of(units, specs);
    Map<String, UnitRates> single = new HashMap<>();
    for (Estate e : all.estates()) {
      single.put(e.id(), all.over(List.of(e), e.unitId()));
    }
    for (OrgUnit u : units) {
      List<String> below = all.tree().subtree(u.id()).stream().map(OrgUnit::id).toList();
      List<UnitRates> parts = all.estates().stream().filter(e -> below.contains(e.unitId()))
          .map(e -> single.get(e.id())).toList();
      assertSame(sum(u.id(), parts), all.rates().get(u.id()), u.id());
    }
  }
}
