package io.propgov.governance.service;

import static io.propgov.governance.testing.Generators.lists;
import static io.propgov.governance.testing.Generators.optional;
import static io.propgov.governance.testing.Generators.subsets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DecisionTableProperties {

  private static final List<TableInput> INPUTS = List.of(
      new TableInput("a", "A", "甲", List.of("a1", "a2", "a3")),
      new TableInput("b", "B", "乙", List.of("b1", "b2")),
      new TableInput("c", "C", "丙", List.of("c1", "c2", "c3")));

  /** One to eight rows, each with a condition on each input or none (three in ten). */
  private static Gen<List<TableRow>> rows() {
    Gen<TableRow> row = subset("a").zip(subset("b"), subset("c"), (a, b, c) -> {
      Map<String, Set<String>> conditions = new HashMap<>();
      a.ifPresent(s -> conditions.put("a", s));
      b.ifPresent(s -> conditions.put("b", s));
      c.ifPresent(s -> conditions.put("c", s));
      return conditions;
    }).map(conditions -> new TableRow("r", conditions, "X"));
    return lists(row, 1, 8).map(DecisionTableProperties::numbered);
  }

  private static Gen<Optional<Set<String>>> subset(String code) {
    List<String> values = INPUTS.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow().values();
    return optional(subsets(values, 1, values.size()).map(Set::copyOf), 30);
  }

  private static List<TableRow> numbered(List<TableRow> rows) {
    List<TableRow> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      out.add(new TableRow("r" + i, rows.get(i).conditions(), "X" + i));
    }
    return out;
  }

  /** A table that passes the static check answers every input with exactly one row under UNIQUE. */
  @Test
  void aCheckedUniqueTableAnswersEveryInputWithExactlyOneRow() {
    qt().withExamples(300).forAll(rows()).checkAssert(DecisionTableProperties::uniqueTableAnswersOnce);
  }

  private static void uniqueTableAnswersOnce(List<TableRow> rows) {
    DecisionTable table = new DecisionTable(INPUTS, rows, HitPolicy.UNIQUE);
    boolean passes = table.check().isEmpty();
    boolean everyInputOnce = true;
    for (String a : INPUTS.get(0).values()) {
      for (String b : INPUTS.get(1).values()) {
        for (String c : INPUTS.get(2).values()) {
          Map<String, String> input = Map.of("a", a, "b", b, "c", c);
          long matches = rows.stream().filter(r -> r.accepts("a", a) && r.accepts("b", b) && r.accepts("c", c)).count();
          everyInputOnce &= matches == 1;
          if (passes) {
            assertEquals(1, matches, input.toString());
          }
        }
      }
    }
    assertEquals(everyInputOnce, passes, "the check passes exactly when every input matches one row");
  }

  /** Under FIRST, the check reports a gap exactly when some input matches no row. */
  @Test
  void theFirstHitPolicyCheckFindsExactlyTheGaps() {
    qt().withExamples(300).forAll(rows()).checkAssert(DecisionTableProperties::firstHitGapsFound);
  }

  private static void firstHitGapsFound(List<TableRow> rows) {
    DecisionTable table = new DecisionTable(INPUTS, rows, HitPolicy.FIRST);
    Set<String> unanswered = new HashSet<>();
    for (String a : INPUTS.get(0).values()) {
      for (String b : INPUTS.get(1).values()) {
        for (String c : INPUTS.get(2).values()) {
          if (table.match(Map.of("a", a, "b", b, "c", c)).isEmpty()) {
            unanswered.add(a + b + c);
          }
        }
      }
    }
    assertEquals(!unanswered.isEmpty(), table.check().stream().anyMatch(e -> e.code().equals("gap")));
  }
}
