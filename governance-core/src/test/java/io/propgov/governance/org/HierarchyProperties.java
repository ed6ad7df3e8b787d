package io.propgov.governance.org;

import static io.propgov.governance.Fixtures.CALENDAR_2024;
import static io.propgov.governance.Fixtures.CN_DEFAULT_WITH_ORG;
import static io.propgov.governance.Fixtures.HANDAN_ESCALATION;
import static io.propgov.governance.Fixtures.WUHAN_LEVELS;
import static io.propgov.governance.testing.Generators.ints;
import static io.propgov.governance.testing.Generators.lists;
import static io.propgov.governance.testing.Generators.wuhanTree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.explain.Decision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class HierarchyProperties {

  private static final HierarchyRules RULES = new HierarchyRules(CN_DEFAULT_WITH_ORG);
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  private static Gen<List<OrgUnit>> trees() {
    return wuhanTree(40);
  }

  /** Where and when a matter is raised, how grave, and when it is resolved (-1: not yet), as picks. */
  record Raised(int unitPick, int severityPick, int raisedDay, int openDays, int resolvedAfter) {}

  private static List<String> ids(List<OrgUnit> units) {
    return units.stream().map(OrgUnit::id).toList();
  }

  // ---- (1) escalation -----------------------------------------------------------------------

  @Test
  void escalationNeverGoesDownNorSkipsAUnitThatCouldHandleTheMatter() {
    Map<String, Integer> routing = new TreeMap<>();
    Gen<Raised> raised = ints(0, 1000).zip(ints(0, 2), ints(0, 400), ints(0, 60), ints(-1, 60), Raised::new);
    qt().withExamples(300).forAll(trees(), raised).checkAssert((units, r) -> routing.merge(route(units, r), 1,
        Integer::sum));
    for (String outcome : List.of("routed", "escalated", "overdue at the root", "unhandled")) {
      assertTrue(routing.getOrDefault(outcome, 0) > 0, "no example was " + outcome + ": " + routing);
    }
  }

  /** Checks the routing of one matter and says how it went. */
  private static String route(List<OrgUnit> units, Raised raised) {
    int raisedPick = raised.unitPick();
    int severityPick = raised.severityPick();
    int raisedDay = raised.raisedDay();
    int openDays = raised.openDays();
    int resolvedAfter = raised.resolvedAfter();
    OrgTree tree = OrgTree.of(WUHAN_LEVELS, units);
    OrgUnit raisedAt = units.get(raisedPick % units.size());
    Severity severity = HANDAN_ESCALATION.severities().get(severityPick);
    LocalDate raisedOn = START.plusDays(raisedDay);
    LocalDate asOf = raisedOn.plusDays(openDays);
    LocalDate resolvedOn = resolvedAfter < 0 ? null : raisedOn.plusDays(resolvedAfter);
    ResidentMatter matter = new ResidentMatter("m", raisedAt.id(), severity.code(), raisedOn, resolvedOn);

    List<OrgUnit> up = tree.pathToRoot(raisedAt.id());
    int lowest = WUHAN_LEVELS.rank(severity.lowestLevel());
    int handler = -1;
    for (int i = 0; i < up.size() && handler < 0; i++) {
      if (WUHAN_LEVELS.rank(up.get(i).level()) <= lowest) {
        handler = i;
      }
    }
    if (handler < 0) {
      InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> RULES.route(tree, matter, asOf));
      assertEquals(List.of("unhandled"), e.errors().stream().map(InputError::code).toList());
      return "unhandled";
    }
    Decision<Routing> d = RULES.route(tree, matter, asOf);
    Routing r = d.value();
    // the path only ever goes up: each unit on it is the parent of the one before
    assertEquals(raisedAt.id(), r.path().get(0));
    for (int i = 1; i < r.path().size(); i++) {
      assertEquals(r.path().get(i), tree.unit(r.path().get(i - 1)).orElseThrow().parentId(), r.path().toString());
    }
    // no unit below the handler could have handled it, and the handler is the first that can
    for (int i = 0; i < handler; i++) {
      assertTrue(WUHAN_LEVELS.rank(up.get(i).level()) > lowest);
    }
    LocalDate due = CALENDAR_2024.due(raisedOn, severity.deadlineDays(), severity.dayCount());
    LocalDate closed = resolvedOn == null ? asOf : resolvedOn;
    boolean overdue = closed.isAfter(due) && asOf.isAfter(due);
    boolean escalated = overdue && handler + 1 < up.size();
    assertEquals(due, r.due());
    assertEquals(overdue, r.overdue());
    assertEquals(escalated, r.escalated());
    assertEquals(ids(up.subList(0, handler + (escalated ? 2 : 1))), r.path());
    assertEquals(up.get(handler + (escalated ? 1 : 0)).id(), r.handlingUnit());
    return escalated ? "escalated" : overdue ? "overdue at the root" : "routed";
  }

  // ---- (3) cycles ---------------------------------------------------------------------------

  @Test
  void everyGeneratedTreeRespectingTheTemplateIsAccepted() {
    qt().withExamples(300).forAll(trees())
        .checkAssert(units -> assertEquals(List.of(), OrgTree.validate(WUHAN_LEVELS, units, "/units")));
  }

  @Test
  void treeWithAParentLinkTurnedBackIntoItsSubtreeIsRejectedNamingTheCycle() {
    qt().withExamples(300).forAll(trees(), ints(0, 1000), ints(0, 1000))
        .checkAssert(HierarchyProperties::parentLinkTurnedBackIsRejected);
  }

  private static void parentLinkTurnedBackIsRejected(List<OrgUnit> units, int belowPick, int abovePick) {
    OrgTree tree = OrgTree.of(WUHAN_LEVELS, units);
    OrgUnit below = units.get(belowPick % units.size());
    List<OrgUnit> up = tree.pathToRoot(below.id());
    OrgUnit above = up.get(abovePick % up.size());
    // 'above' (the unit itself or one of its ancestors) now names 'below' as its parent
    List<OrgUnit> changed = new ArrayList<>();
    for (OrgUnit u : units) {
      changed.add(u.id().equals(above.id())
          ? new OrgUnit(u.id(), u.level(), below.id(), u.name(), u.secretary(), u.members()) : u);
    }
    List<InputError> cycles = OrgTree.validate(WUHAN_LEVELS, changed, "/units").stream()
        .filter(e -> e.code().equals("cycle")).toList();
    assertEquals(1, cycles.size());
    Set<String> expected = new HashSet<>(ids(up.subList(0, up.indexOf(above) + 1)));
    List<String> named = namedCycle(cycles.get(0).message());
    assertEquals(named.get(0), named.get(named.size() - 1), "the cycle is closed");
    assertEquals(expected, new HashSet<>(named));
    assertEquals(expected.size(), named.size() - 1, "each unit on it is named once");
  }

  /** The ids a cycle message names, in order, the first repeated at the end. */
  private static List<String> namedCycle(String message) {
    String ids = message.substring(message.indexOf(": ") + 2, message.indexOf(" (each names"));
    return List.of(ids.split(" → "));
  }

  private static Gen<List<Integer>> parentLinks() {
    // entry i is the parent of unit i: -1 for none, else an index (possibly i itself)
    return ints(1, 25).flatMap(n -> lists(ints(-1, n - 1), n, n));
  }

  @Test
  void anyParentLinksWithACycleAreRejectedWithOneCycleErrorPerCycle() {
    qt().withExamples(500).forAll(parentLinks(), ints(0, 3))
        .checkAssert(HierarchyProperties::everyCycleIsRejectedOnce);
  }

  private static void everyCycleIsRejectedOnce(List<Integer> links, int levelSeed) {
    List<String> codes = WUHAN_LEVELS.codes();
    List<OrgUnit> units = new ArrayList<>();
    for (int i = 0; i < links.size(); i++) {
      int p = links.get(i);
      units.add(new OrgUnit("u" + i, codes.get((i + levelSeed) % codes.size()), p < 0 ? null : "u" + p, "", null,
          List.of()));
    }
    // count the cycles of the parent function independently: walk from each unit, colouring by start
    int n = links.size();
    Set<Set<Integer>> cycles = new HashSet<>();
    for (int start = 0; start < n; start++) {
      Map<Integer, Integer> step = new HashMap<>();
      int u = start;
      int k = 0;
      while (u >= 0 && !step.containsKey(u)) {
        step.put(u, k++);
        u = links.get(u);
      }
      if (u >= 0) {
        Set<Integer> cycle = new HashSet<>();
        int v = u;
        do {
          cycle.add(v);
          v = links.get(v);
        } while (v != u);
        cycles.add(cycle);
      }
    }
    List<InputError> errors = OrgTree.validate(WUHAN_LEVELS, units, "/units");
    List<InputError> cycleErrors = errors.stream().filter(e -> e.code().equals("cycle")).toList();
    assertEquals(cycles.size(), cycleErrors.size(), errors::toString);
    Set<Set<String>> named = new HashSet<>();
    for (InputError e : cycleErrors) {
      named.add(new HashSet<>(namedCycle(e.message())));
    }
    Set<Set<String>> expected = new HashSet<>();
    for (Set<Integer> cycle : cycles) {
      Set<String> ids = new HashSet<>();
      cycle.forEach(i -> ids.add("u" + i));
      expected.add(ids);
    }
    assertEquals(expected, named);
    if (!cycles.isEmpty()) {
      assertFalse(errors.isEmpty());
    }
  }

  // ---- (4) working-day deadlines --------------------------------------------------------------

  @Test
  void dueDatesRiseWithTheNumberOfDays() {
    qt().withExamples(500).forAll(ints(0, 730), ints(1, 40)).checkAssert(HierarchyProperties::dueDatesRise);
  }

  private static void dueDatesRise(int startDay, int days) {
    LocalDate start = START.plusDays(startDay);
    for (DayCount count : DayCount.values()) {
      LocalDate due = CALENDAR_2024.due(start, days, count);
      LocalDate later = CALENDAR_2024.due(start, days + 1, count);
      assertTrue(due.isAfter(start), count + ": due after the day raised");
      assertTrue(later.isAfter(due), count + ": " + days + " days give " + due + ", one more gives " + later);
    }
    LocalDate due = CALENDAR_2024.due(start, days, DayCount.WORKING);
    assertTrue(CALENDAR_2024.isWorkingDay(due), "a working-day deadline falls on a working day");
    assertEquals(days, start.plusDays(1).datesUntil(due.plusDays(1)).filter(CALENDAR_2024::isWorkingDay).count(),
        "exactly that many working days from the day after it was raised up to the due day");
  }
}
