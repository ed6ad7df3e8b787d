package io.propgov.governance.org;

import static io.propgov.governance.Fixtures.WUHAN_LEVELS;
import static io.propgov.governance.Fixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.validation.FactsConstraints;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrgTreeTests {

  static List<String> pointers(List<InputError> errors) {
    return errors.stream().map(InputError::pointer).toList();
  }

  static List<String> codes(List<InputError> errors) {
    return errors.stream().map(InputError::code).toList();
  }

  static List<InputError> validate(OrgUnit... units) {
    return OrgTree.validate(WUHAN_LEVELS, List.of(units), "/units");
  }

  static List<String> ids(List<OrgUnit> units) {
    return units.stream().map(OrgUnit::id).toList();
  }

  /** A template of {@code n} levels {@code L0 .. L(n-1)}, each the only child level of the one above. */
  static LevelTemplate chainTemplate(int n) {
    List<Level> levels = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      levels.add(new Level("L" + i, "level " + i, "第" + i + "级", i + 1 < n ? List.of("L" + (i + 1)) : List.of()));
    }
    return new LevelTemplate(levels, true, "L0");
  }

  /** A chain of {@code n} units, {@code u0} the root and each {@code u(i)} the parent of {@code u(i+1)}, deepest first. */
  static List<OrgUnit> chain(int n) {
    List<OrgUnit> units = new ArrayList<>(n);
    for (int i = n - 1; i >= 0; i--) {
      units.add(unit("u" + i, "L" + i, i == 0 ? null : "u" + (i - 1)));
    }
    return units;
  }

  /** Asserts that there is exactly one problem, at this pointer with this code, its message saying this. */
  static void assertOneProblem(List<InputError> errors, String pointer, String code, String says) {
    assertEquals(List.of(pointer), pointers(errors));
    assertEquals(List.of(code), codes(errors));
    assertTrue(errors.get(0).message().contains(says), errors.get(0).message());
  }

  @Nested
  class EachProblemAlone {

    @Test
    void duplicateIdIsReportedAtTheSecondUnitNamingTheFirst() {
      List<InputError> errors = validate(unit("sd", "sub-district", null), unit("c1", "community", "sd"),
          unit("c1", "community", "sd"));
      assertOneProblem(errors, "/units/2/id", "duplicate", "'c1' appears more than once (first at /units/1)");
    }

    @Test
    void unknownLevelIsReportedListingTheTemplatesLevels() {
      List<InputError> errors = validate(unit("sd", "sub-district", null), unit("c1", "community", "sd"),
          unit("g1", "grid", "c1"));
      assertOneProblem(errors, "/units/2/level", "enum", "sub-district, community, estate, building");
    }

    @Test
    void unknownParentIsReported() {
      List<InputError> errors = validate(unit("sd", "sub-district", null), unit("c1", "community", "nowhere"));
      assertOneProblem(errors, "/units/1/parentId", "unknown-parent", "'nowhere'");
    }

    @Test
    void buildingDirectlyUnderACommunityIsAForbiddenLevel() {
      List<InputError> errors = validate(unit("sd", "sub-district", null), unit("c1", "community", "sd"),
          unit("b1", "building", "c1"));
      assertOneProblem(errors, "/units/2/level", "forbidden-level",
          "may not sit under 'c1' of level 'community'; that level allows children of level estate");
    }

    @Test
    void childOfALevelWithoutChildrenIsAForbiddenLevel() {
      List<InputError> errors = validate(unit("sd", "sub-district", null), unit("c1", "community", "sd"),
          unit("e1", "estate", "c1"), unit("b1", "building", "e1"), unit("b2", "building", "b1"));
      assertOneProblem(errors, "/units/4/level", "forbidden-level", "that level allows no children");
    }

    @Test
    void cycleIsReportedOnceNamingItsIdsInOrder() {
      // a names b as its parent, b names c, c names a; only the link c -> a goes upwards in the template
      List<InputError> errors = validate(unit("sd", "sub-district", null), unit("a", "building", "b"),
          unit("b", "estate", "c"), unit("c", "community", "a"));
      InputError cycle = errors.stream().filter(e -> e.code().equals("cycle")).findFirst().orElseThrow();
      assertEquals(1, codes(errors).stream().filter("cycle"::equals).count());
      assertEquals("/units/1/parentId", cycle.pointer(), "located at the first unit of the cycle in the list");
      assertTrue(cycle.message().contains("a → b → c → a"), cycle.message());
      assertEquals(List.of("/units/3/level", "/units/1/parentId"), pointers(errors),
          "a cycle always has a link the template forbids, reported as well");
    }

    @Test
    void cycleIsNamedFromWhereTheWalkEntersIt() {
      List<InputError> errors = validate(unit("sd", "sub-district", null), unit("x", "building", "a"),
          unit("c", "community", "a"), unit("b", "estate", "c"), unit("a", "building", "b"));
      InputError cycle = errors.stream().filter(e -> e.code().equals("cycle")).findFirst().orElseThrow();
      assertEquals("/units/2/parentId", cycle.pointer());
      assertTrue(cycle.message().contains("a → b → c → a"), cycle.message());
    }

    @Test
    void unitThatIsItsOwnParentIsACycle() {
      List<InputError> errors = validate(unit("sd", "sub-district", null), unit("c1", "community", "c1"));
      InputError cycle = errors.stream().filter(e -> e.code().equals("cycle")).findFirst().orElseThrow();
      assertEquals("/units/1/parentId", cycle.pointer());
      assertTrue(cycle.message().contains("c1 → c1"), cycle.message());
    }

    @Test
    void secondRootUnderASingleRootTemplateIsReportedNamingTheFirstRoot() {
      List<InputError> errors = validate(unit("sd1", "sub-district", null), unit("sd2", "sub-district", null),
          unit("sd3", "sub-district", null));
      assertEquals(List.of("/units/1/parentId", "/units/2/parentId"), pointers(errors));
      assertEquals(List.of("multiple-roots", "multiple-roots"), codes(errors));
      assertTrue(errors.get(0).message().contains("'sd2'") && errors.get(0).message().contains("'sd1'"),
          errors.get(0).message());
    }

    @Test
    void severalRootsAreAcceptedWhenTheTemplateAllowsThem() {
      LevelTemplate forest = new LevelTemplate(WUHAN_LEVELS.levels(), false, "community");
      assertEquals(List.of(), OrgTree.validate(forest, List.of(unit("sd1", "sub-district", null),
          unit("sd2", "sub-district", null)), "/units"));
    }

    @Test
    void unitWithAnUnknownParentIsNotCountedAsASecondRoot() {
      assertEquals(List.of("unknown-parent"), codes(validate(unit("sd", "sub-district", null),
          unit("c1", "community", "ghost"))));
    }
  }

  @Nested
  class ManyProblems {

    @Test
    void everyProblemIsReportedAtOnceInListOrder() {
      List<InputError> errors = validate(
          unit("sd", "sub-district", null),
          unit("c1", "community", "sd"),
          unit("c1", "estate", "c1"),
          unit("g", "grid", "c1"),
          unit("e9", "estate", "ghost"),
          unit("b1", "building", "c1"),
          unit("x", "estate", "y"),
          unit("y", "building", "x"),
          unit("sd2", "sub-district", null));
      assertEquals(List.of("/units/2/id", "/units/3/level", "/units/4/parentId", "/units/5/level", "/units/6/level",
          "/units/6/parentId", "/units/8/parentId"), pointers(errors));
      assertEquals(List.of("duplicate", "enum", "unknown-parent", "forbidden-level", "forbidden-level", "cycle",
          "multiple-roots"), codes(errors));
      assertTrue(errors.get(5).message().contains("x → y → x"), errors.get(5).message());
    }

    @Test
    void twoSeparateCyclesAreEachReportedOnce() {
      List<InputError> errors = validate(unit("sd", "sub-district", null), unit("a", "estate", "b"),
          unit("b", "building", "a"), unit("p", "estate", "q"), unit("q", "building", "p"));
      assertEquals(List.of("/units/1/parentId", "/units/3/parentId"),
          pointers(errors.stream().filter(e -> e.code().equals("cycle")).toList()));
    }

    @Test
    void pointerPrefixIsTheCallersListPointer() {
      List<InputError> errors = OrgTree.validate(WUHAN_LEVELS, List.of(unit("sd", "sub-district", null),
          unit("c1", "community", "ghost")), "/trees/0/units");
      assertEquals(List.of("/trees/0/units/1/parentId"), pointers(errors));
    }

    @Test
    void ofThrowsInvalidFactsWithEveryErrorUnderUnits() {
      InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> OrgTree.of(WUHAN_LEVELS,
          List.of(unit("sd", "sub-district", null), unit("g", "grid", "sd"), unit("c1", "community", "ghost"))));
      assertEquals(List.of("/units/1/level", "/units/2/parentId"), pointers(e.errors()));
    }
  }

  @Nested
  class ValidTree {

    // given out of order: children before their parents
    final OrgTree tree = OrgTree.of(WUHAN_LEVELS, List.of(
        unit("b1", "building", "e1"),
        unit("e1", "estate", "c1"),
        unit("sd", "sub-district", null),
        unit("c1", "community", "sd"),
        unit("b2", "building", "e1"),
        unit("e2", "estate", "c1"),
        unit("c2", "community", "sd"),
        unit("e3", "estate", "c2")));

    @Test
    void pathToRootRunsFromTheUnitUpToTheRoot() {
      assertEquals(List.of("b2", "e1", "c1", "sd"), ids(tree.pathToRoot("b2")));
      assertEquals(List.of("sd"), ids(tree.pathToRoot("sd")));
    }

    @Test
    void subtreeListsParentsBeforeChildrenInTheOrderGiven() {
      assertEquals(List.of("c1", "e1", "e2", "b1", "b2"), ids(tree.subtree("c1")));
      assertEquals(List.of("b1"), ids(tree.subtree("b1")));
      assertEquals(8, tree.subtree("sd").size());
    }

    @Test
    void childrenAreTheDirectChildrenInTheOrderGiven() {
      assertEquals(List.of("b1", "b2"), ids(tree.children("e1")));
      assertEquals(List.of("c1", "c2"), ids(tree.children("sd")));
      assertEquals(List.of(), ids(tree.children("b1")));
    }

    @Test
    void rootsAreTheUnitsWithoutParent() {
      assertEquals(List.of("sd"), ids(tree.roots()));
    }

    @Test
    void unitsAreLookedUpById() {
      assertTrue(tree.contains("e3"));
      assertFalse(tree.contains("e4"));
      assertEquals("community", tree.unit("c2").orElseThrow().level());
      assertEquals(Optional.empty(), tree.unit("e4"));
      assertEquals("b1", tree.units().get(0).id());
      assertEquals(WUHAN_LEVELS, tree.template());
    }

    @Test
    void unknownUnitIsAnIllegalArgument() {
      assertThrows(IllegalArgumentException.class, () -> tree.pathToRoot("nope"));
      assertThrows(IllegalArgumentException.class, () -> tree.subtree("nope"));
      assertThrows(IllegalArgumentException.class, () -> tree.children("nope"));
    }

    @Test
    void rollUpSumsEachUnitsOwnValueOverItsSubtree() {
      Map<String, Integer> own = Map.of("b1", 1, "e1", 10, "sd", 1000, "c1", 100, "b2", 2, "e2", 20, "c2", 200,
          "e3", 30);
      Map<String, Integer> totals = tree.rollUp(u -> own.get(u.id()), Integer::sum);
      assertEquals(List.of("b1", "e1", "sd", "c1", "b2", "e2", "c2", "e3"), List.copyOf(totals.keySet()),
          "in the order the units were given");
      assertEquals(13, totals.get("e1"));
      assertEquals(133, totals.get("c1"));
      assertEquals(230, totals.get("c2"));
      assertEquals(1363, totals.get("sd"));
      assertEquals(2, totals.get("b2"));
      for (OrgUnit u : tree.units()) {
        assertEquals(tree.subtree(u.id()).stream().mapToInt(s -> own.get(s.id())).sum(), totals.get(u.id()), u.id());
      }
    }

    @Test
    void rollUpWithAnAssociativeCombineKeepsTheOrderGiven() {
      Map<String, String> totals = tree.rollUp(OrgUnit::id, (a, b) -> a + "," + b);
      assertEquals("e1,b1,b2", totals.get("e1"));
      assertEquals("c1,e1,b1,b2,e2", totals.get("c1"));
    }
  }

  @Nested
  class LargeTrees {

    @Test
    void wideTreeOf100000UnitsFourLevelsDeepIsValidatedAndRolledUp() {
      List<OrgUnit> units = new ArrayList<>();
      units.add(unit("sd", "sub-district", null));
      for (int c = 0; c < 100; c++) {
        units.add(unit("c" + c, "community", "sd"));
        for (int e = 0; e < 10; e++) {
          units.add(unit("c" + c + "e" + e, "estate", "c" + c));
        }
      }
      int estates = 1000;
      for (int b = 0; units.size() < 100_000; b++) {
        int e = b % estates;
        units.add(unit("b" + b, "building", "c" + (e / 10) + "e" + (e % 10)));
      }
      Collections.reverse(units);
      assertEquals(List.of(), OrgTree.validate(WUHAN_LEVELS, units, "/units"));
      OrgTree tree = OrgTree.of(WUHAN_LEVELS, units);
      assertEquals(100_000, tree.subtree("sd").size());
      assertEquals(List.of("b98898", "c89e8", "c89", "sd"), ids(tree.pathToRoot("b98898")));
      Map<String, Integer> sizes = tree.rollUp(u -> 1, Integer::sum);
      assertEquals(100_000, sizes.get("sd"));
      assertEquals(1 + 10 + 10 * 99, sizes.get("c0"), "10 estates, 98,899 buildings spread 99 or 98 per estate");
      assertEquals(tree.subtree("c42").size(), sizes.get("c42"));
    }

    @Test
    void chainOf20000UnitsIsWalkedWithoutOverflowingTheStack() {
      // 20,000 rather than 100,000: the chain needs a template of as many levels, and validating it is
      // quadratic today (see the disabled test below); OrgTree.of validates once, a few seconds
      int n = 20_000;
      OrgTree tree = OrgTree.of(chainTemplate(n), chain(n));
      List<OrgUnit> path = tree.pathToRoot("u" + (n - 1));
      assertEquals(n, path.size());
      assertEquals("u0", path.get(n - 1).id());
      List<OrgUnit> all = tree.subtree("u0");
      assertEquals(n, all.size());
      assertEquals("u" + (n - 1), all.get(n - 1).id(), "parents before children");
      assertEquals(n, tree.rollUp(u -> 1, Integer::sum).get("u0"));
      assertEquals(List.of("u" + (n - 1)), ids(tree.children("u" + (n - 2))));
      assertEquals(List.of("u0"), ids(tree.roots()));
    }

    @Test
    void cycleThrough100000UnitsIsFoundOnceWithoutOverflowingTheStack() {
      int n = 100_000;
      List<OrgUnit> units = new ArrayList<>(n + 1);
      units.add(unit("sd", "sub-district", null));
      for (int i = 0; i < n; i++) {
        units.add(unit("u" + i, "building", "u" + ((i + 1) % n)));
      }
      List<InputError> errors = OrgTree.validate(WUHAN_LEVELS, units, "/units");
      List<InputError> cycles = errors.stream().filter(e -> e.code().equals("cycle")).toList();
      assertEquals(1, cycles.size());
      assertEquals("/units/1/parentId", cycles.get(0).pointer());
      assertTrue(cycles.get(0).message().contains("u0 → u1 → u2 → "), "named in parent order");
      assertTrue(cycles.get(0).message().contains("u99999 → u0 (each names"), "and back to where it started");
      assertEquals(n + 1, errors.size(), "besides the cycle, each building under a building is a forbidden level");
    }

    @Test
    void chainOf100000UnitsIsValidatedAndWalkedInLinearTime() {
      int n = 100_000;
      LevelTemplate template = chainTemplate(n);
      List<OrgUnit> units = chain(n);
      assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
        assertEquals(List.of(), OrgTree.validate(template, units, "/units"));
        OrgTree tree = OrgTree.of(template, units);
        assertEquals(n, tree.pathToRoot("u" + (n - 1)).size());
        assertEquals(n, tree.subtree("u0").size());
        assertEquals(n, tree.rollUp(u -> 1, Integer::sum).get("u0"));
      });
    }
  }

  @Test
  void unitCopiesItsMembersAndDefaultsItsName() {
    List<String> members = new ArrayList<>(List.of("wang"));
    OrgUnit u = new OrgUnit("c1", "community", null, null, null, members);
    members.add("li");
    assertEquals(List.of("wang"), u.members());
    assertEquals("", u.name());
    assertEquals(Optional.empty(), u.parent());
    assertEquals(List.of(), new OrgUnit("c1", "community", "sd", "n", null, null).members());
    assertEquals(List.of(new io.propgov.governance.error.InputError("/id", "minLength", "must not be blank")),
        FactsConstraints.fast().check(new OrgUnit(" ", "community", null, "", null, null), ""));
    assertEquals(List.of(new io.propgov.governance.error.InputError("/level", "required", "'level' is required")),
        FactsConstraints.fast().check(new OrgUnit("c1", null, null, "", null, null), ""));
  }
}
