package io.propgov.governance.org;

import static io.propgov.governance.Fixtures.CALENDAR_2024;
import static io.propgov.governance.Fixtures.CN_DEFAULT_WITH_ORG;
import static io.propgov.governance.Fixtures.HANDAN_ESCALATION;
import static io.propgov.governance.Fixtures.WUHAN_LEVELS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

class HierarchyProperties {

  private static final HierarchyRules RULES = new HierarchyRules(CN_DEFAULT_WITH_ORG);
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  @Provide
  Arbitrary<List<OrgUnit>> trees() {
    return Trees.wuhan(40);
  }

  private static List<String> ids(List<OrgUnit> units) {
    return units.stream().map(OrgUnit::id).toList();
  }

  // ---- (1) escalation -----------------------------------------------------------------------

  @Property(tries = 300)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void escalationNeverGoesDownNorSkipsAUnitThatCouldHandleTheMatter(@ForAll("trees") List<OrgUnit> units,
      @ForAll @IntRange(min = 0, max = 1000) int raisedPick, @ForAll @IntRange(min = 0, max = 2) int severityPick,
      @ForAll @IntRange(min = 0, max = 400) int raisedDay, @ForAll @IntRange(min = 0, max = 60) int openDays,
      @ForAll @IntRange(min = -1, max = 60) int resolvedAfter) {
    Statistics.label("routing").coverage(checker -> {
      for (String outcome : List.of("routed", "escalated", "overdue at the root", "unhandled")) {
        checker.check(outcome).count((Integer c) -> c > 0);
      }
    });
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
      Statistics.label("routing").collect("unhandled");
      InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> RULES.route(tree, matter, asOf));
      assertEquals(List.of("unhandled"), e.errors().stream().map(InputError::code).toList());
      return;
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
    Statistics.label("routing").collect(escalated ? "escalated" : overdue ? "overdue at the root" : "routed");
  }

  // ---- (3) cycles ---------------------------------------------------------------------------

  @Property(tries = 300)
  void everyGeneratedTreeRespectingTheTemplateIsAccepted(@ForAll("trees") List<OrgUnit> units) {
    assertEquals(List.of(), OrgTree.validate(WUHAN_LEVELS, units, "/units"));
  }

  @Property(tries = 300)
  void treeWithAParentLinkTurnedBackIntoItsSubtreeIsRejectedNamingTheCycle(@ForAll("trees") List<OrgUnit> units,
      @ForAll @IntRange(min = 0, max = 1000) int belowPick, @ForAll @IntRange(min = 0, max = 1000) int abovePick) {
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

  @Provide
  Arbitrary<List<Integer>> parentLinks() {
    // entry i is the parent of unit i: -1 for none, else an index (possibly i itself)
    return Arbitraries.integers().between(1, 25).flatMap(n -> Arbitraries.integers().between(-1, n - 1).list()
        .ofSize(n));
  }

  @Property(tries = 500)
  void anyParentLinksWithACycleAreRejectedWithOneCycleErrorPerCycle(@ForAll("parentLinks") List<Integer> links,
      @ForAll @IntRange(min = 0, max = 3) int levelSeed) {
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

  @Property(tries = 500)
  void dueDatesRiseWithTheNumberOfDays(@ForAll @IntRange(min = 0, max = 730) int startDay,
      @ForAll @IntRange(min = 1, max = 40) int days) {
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
