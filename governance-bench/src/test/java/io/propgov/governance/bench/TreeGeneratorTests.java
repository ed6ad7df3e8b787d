package io.propgov.governance.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.metrics.UnitRates;
import io.propgov.governance.org.HierarchyFacts;
import io.propgov.governance.org.OrgTree;
import io.propgov.governance.org.OrgUnit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TreeGeneratorTests {

  private static final GovernanceEngine ENGINE = GovernanceEngine.create(BenchPolicy.POLICY);

  @Test
  void sameSeedGivesSameFacts() {
    HierarchyFacts first = TreeGenerator.generate(5_000, 7L);
    HierarchyFacts second = TreeGenerator.generate(5_000, 7L);
    assertEquals(first.units(), second.units());
    assertEquals(first.estates(), second.estates());
  }

  @Test
  void anotherSeedGivesOtherFacts() {
    assertNotEquals(TreeGenerator.generate(5_000, 7L).units(), TreeGenerator.generate(5_000, 8L).units());
  }

  @Test
  void aSmallerCountIsAPrefixOfALargerOne() {
    HierarchyFacts small = TreeGenerator.generate(1_000, 42L);
    HierarchyFacts large = TreeGenerator.generate(3_000, 42L);
    assertEquals(small.units(), large.units().subList(0, 1_000));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 17, 131, 1_000, 12_345, 100_000})
  void generatesExactlyTheUnitsAskedFor(int units) {
    assertEquals(units, TreeGenerator.generate(units, 42L).units().size());
  }

  @Test
  void rejectsFewerThanOneUnit() {
    assertThrows(IllegalArgumentException.class, () -> TreeGenerator.generate(0, 42L));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 1_000, 20_000})
  void theFactsAreValid(int units) {
    assertEquals(List.of(), ENGINE.validate(TreeGenerator.generate(units, 42L), TreeGenerator.AS_OF));
  }

  @Test
  void oneEstatePerEstateUnitAndTheWuhanShape() {
    HierarchyFacts facts = TreeGenerator.generate(20_000, 42L);
    Set<String> estateUnits = facts.units().stream().filter(u -> u.level().equals(BenchPolicy.ESTATE))
        .map(OrgUnit::id).collect(Collectors.toSet());
    assertEquals(estateUnits, facts.estates().stream().map(Estate::unitId).collect(Collectors.toSet()));
    assertEquals(estateUnits.size(), facts.estates().size());

    OrgTree tree = OrgTree.of(BenchPolicy.LEVELS, facts.units());
    assertEquals(1, tree.roots().size());
    int communities = tree.children(TreeGenerator.ROOT_ID).size();
    int deepest = 0;
    for (OrgUnit u : facts.units()) {
      deepest = Math.max(deepest, tree.pathToRoot(u.id()).size());
      int children = tree.children(u.id()).size();
      if (u.level().equals(BenchPolicy.COMMUNITY) && !isLast(facts, u, BenchPolicy.COMMUNITY)) {
        assertTrue(children >= TreeGenerator.MIN_ESTATES && children <= TreeGenerator.MAX_ESTATES, u.id());
      }
      if (u.level().equals(BenchPolicy.ESTATE) && !isLast(facts, u, BenchPolicy.ESTATE)) {
        assertTrue(children >= TreeGenerator.MIN_BUILDINGS && children <= TreeGenerator.MAX_BUILDINGS, u.id());
      }
    }
    assertEquals(TreeGenerator.MAX_DEPTH, deepest);
    assertTrue(communities > 100, "about 150 communities for 20,000 units, was " + communities);
    double old = facts.estates().stream().filter(e -> e.fees().billed().signum() > 0
        && e.fees().billed().divide(BigDecimal.valueOf(12L * e.households())).intValue() <= 60).count();
    double share = old / facts.estates().size();
    assertTrue(share > 0.33 && share < 0.43, "about 38% old estates, was " + share);
  }

  @Test
  void theRootRollUpCoversEveryEstate() {
    HierarchyFacts facts = TreeGenerator.generate(20_000, 42L);
    Map<String, UnitRates> rates = ENGINE.rates(facts, TreeGenerator.AS_OF);
    assertEquals(facts.units().size(), rates.size());
    UnitRates root = rates.get(TreeGenerator.ROOT_ID);
    int estates = facts.estates().size();
    assertEquals(estates, root.estates());
    assertEquals(BigDecimal.valueOf(estates), root.coverage().denominator());
    long covered = facts.estates().stream().filter(e -> e.serviceMode().isCovered()).count();
    assertEquals(BigDecimal.valueOf(covered), root.coverage().numerator());
    assertEquals(BigDecimal.valueOf(facts.estates().stream().mapToLong(Estate::households).sum()),
        root.participation().denominator());
    assertEquals(facts.estates().stream().map(e -> e.fees().billed()).reduce(BigDecimal.ZERO, BigDecimal::add),
        root.feeCollection().denominator());
  }

  /** Whether a unit is the last of its level: generation may stop before its children are complete. */
  private static boolean isLast(HierarchyFacts facts, OrgUnit unit, String level) {
    for (int i = facts.units().size() - 1; i >= 0; i--) {
      if (facts.units().get(i).level().equals(level)) {
        return facts.units().get(i) == unit;
      }
    }
    return false;
  }
}
