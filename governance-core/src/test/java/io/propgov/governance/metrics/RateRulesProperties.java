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
    List<Rate> total = new ArrayList<>();
    RateFixtures.SIX.rates().forEach(d -> total.add(new Rate(d, Ratio.NONE)));
    int estates = 0;
    for (UnitRates p : parts) {
      estates += p.estates();
      for (int i = 0; i < total.size(); i++) {
        total.set(i, new Rate(total.get(i).definition(), total.get(i).ratio().plus(p.rates().get(i).ratio())));
      }
    }
    return new UnitRates(unitId, estates, total);
  }

  /** A generated tree with its estates placed and rated, and every unit's rates rolled up over all of them. */
  private record RolledUp(OrgTree tree, List<Estate> estates, Function<Estate, Optional<RoundStatus>> rating,
      Map<String, UnitRates> rates) {

    static RolledUp of(List<OrgUnit> units, List<EstateSpec> specs) {
      OrgTree tree = OrgTree.of(WUHAN_LEVELS, units);
      List<Estate> estates = place(units, specs);
      Function<Estate, Optional<RoundStatus>> rating = ratings(specs);
      return new RolledUp(tree, estates, rating, RateRules.rollUp(tree, estates, RateFixtures.SIX, rating, AS_OF));
    }

    /** The rates of a unit over some of the estates alone. */
    UnitRates over(List<Estate> some, String unitId) {
      return RateRules.rollUp(tree, some, RateFixtures.SIX, rating, AS_OF).get(unitId);
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

  /** The presets' six and a city's own rate over modes, so that every measure is rolled up. */
  private static final RateDefinitions WITH_CITY_RATE = new RateDefinitions(List.of(RateFixtures.COVERAGE,
      RateFixtures.PROFESSIONAL, RateFixtures.COMMITTEES, RateFixtures.PARTICIPATION, RateFixtures.FEES,
      RateFixtures.RATED, new RateDefinition("WELFARE_OR_SELF", new io.propgov.governance.explain.Label(
          "welfare or self-managed", "公益托管或业主自管"), Measure.ESTATES_IN_MODES, Measure.COVERED_ESTATES,
          List.of(ServiceMode.PUBLIC_WELFARE, ServiceMode.SELF_MANAGED), RateFixtures.WUHAN)));

  @Test
  void rollingUpTheEstatesInAnyOrderGivesTheSameRatios() {
    qt().withExamples(200).forAll(trees(), estates(), ints(0, 1000))
        .checkAssert(RateRulesProperties::anyOrder);
  }

  /** The estates given in order, reversed, and rotated by {@code shift} after a shuffle seeded by it. */
  private static void anyOrder(List<OrgUnit> units, List<EstateSpec> specs, int shift) {
    OrgTree tree = OrgTree.of(WUHAN_LEVELS, units);
    List<Estate> estates = place(units, specs);
    Function<Estate, Optional<RoundStatus>> rating = ratings(specs);
    Map<String, UnitRates> inOrder = RateRules.rollUp(tree, estates, WITH_CITY_RATE, rating, AS_OF);
    List<Estate> reversed = new ArrayList<>(estates);
    java.util.Collections.reverse(reversed);
    List<Estate> shuffled = new ArrayList<>(estates);
    java.util.Collections.shuffle(shuffled, new java.util.Random(shift));
    java.util.Collections.rotate(shuffled, shift);
    for (List<Estate> order : List.of(reversed, shuffled)) {
      Map<String, UnitRates> other = RateRules.rollUp(tree, order, WITH_CITY_RATE, rating, AS_OF);
      assertEquals(List.copyOf(inOrder.keySet()), List.copyOf(other.keySet()), "units in the order given");
      for (OrgUnit u : units) {
        UnitRates a = inOrder.get(u.id());
        UnitRates b = other.get(u.id());
        assertEquals(a.estates(), b.estates(), u.id() + " estates");
        assertEquals(a.rates().size(), b.rates().size(), u.id() + " rates");
        for (int i = 0; i < a.rates().size(); i++) {
          assertEquals(a.rates().get(i).definition().id(), b.rates().get(i).definition().id(), "policy order");
          assertSame(a.rates().get(i).ratio(), b.rates().get(i).ratio(), u.id() + " " + a.rates().get(i)
              .definition().id());
          assertEquals(a.rates().get(i).ratio().share(), b.rates().get(i).ratio().share(), u.id() + " share");
        }
      }
    }
  }
}
