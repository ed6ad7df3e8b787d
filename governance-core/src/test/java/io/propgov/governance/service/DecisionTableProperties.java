package io.propgov.governance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DecisionTableProperties {

  private static final List<TableInput> INPUTS = List.of(
      new TableInput("a", "A", "甲", List.of("a1", "a2", "a3")),
      new TableInput("b", "B", "乙", List.of("b1", "b2")),
      new TableInput("c", "C", "丙", List.of("c1", "c2", "c3")));

  @Provide
  Arbitrary<List<TableRow>> rows() {
    Arbitrary<TableRow> row = Combinators.combine(subset("a"), subset("b"), subset("c")).as((a, b, c) -> {
      Map<String, Set<String>> conditions = new HashMap<>();
      a.ifPresent(s -> conditions.put("a", s));
      b.ifPresent(s -> conditions.put("b", s));
      c.ifPresent(s -> conditions.put("c", s));
      return conditions;
    }).map(conditions -> new TableRow("r", conditions, "X"));
    return row.list().ofMinSize(1).ofMaxSize(8).map(DecisionTableProperties::numbered);
  }

  private static Arbitrary<java.util.Optional<Set<String>>> subset(String code) {
    List<String> values = INPUTS.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow().values();
    return Arbitraries.of(values).set().ofMinSize(1).ofMaxSize(values.size()).optional(0.3);
  }

  private static List<TableRow> numbered(List<TableRow> rows) {
    List<TableRow> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      out.add(new TableRow("r" + i, rows.get(i).conditions(), "X" + i));
    }
    return out;
  }

  /** A table that passes the static check answers every input with exactly one row under UNIQUE. */
  @Property(tries = 300)
  void aCheckedUniqueTableAnswersEveryInputWithExactlyOneRow(@ForAll("rows") List<TableRow> rows) {
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
  @Property(tries = 300)
  void theFirstHitPolicyCheckFindsExactlyTheGaps(@ForAll("rows") List<TableRow> rows) {
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
