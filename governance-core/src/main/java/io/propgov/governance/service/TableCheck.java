package io.propgov.governance.service;

import io.propgov.governance.error.InputError;
import io.propgov.governance.internal.Problems;
import io.propgov.governance.message.ConstraintMessages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The static check of one decision table: references, gaps and overlaps. */
final class TableCheck {

  /** More combinations than this are not enumerated: the table is reported as too large to check. */
  static final long MAX_COMBINATIONS = 1_000_000;
  /** At most this many gaps are listed one by one; the rest are counted. */
  static final int MAX_LISTED_GAPS = 20;
  /**
   * At most this many overlapping pairs of rows are reported one by one; the rest are counted in
   * one more error, so that a large table's report stays small (pairs grow with the square of rows).
   */
  static final int MAX_LISTED_OVERLAPS = 20;

  private final DecisionTable table;
  private final Problems problems = new Problems();

  TableCheck(DecisionTable table) {
    this.table = table;
  }

  List<InputError> run() {
    boolean referencesOk = references();
    if (referencesOk) {
      gaps();
      if (table.hitPolicy() == HitPolicy.UNIQUE) {
        overlaps();
      }
    }
    return problems.errors();
  }

  /** Unknown inputs and values in rows, duplicate ids; returns whether the rows can be checked further. */
  private boolean references() {
    Map<String, Set<String>> domain = new HashMap<>();
    for (int i = 0; i < table.inputs().size(); i++) {
      TableInput input = table.inputs().get(i);
      if (domain.put(input.code(), new HashSet<>(input.values())) != null) {
        problems.add("/inputs/" + i + "/code", "duplicate", ConstraintMessages.en("duplicate.input", "input", input.code()));
      }
    }
    Set<String> ids = new HashSet<>();
    boolean ok = problems.isEmpty();
    for (int r = 0; r < table.rows().size(); r++) {
      TableRow row = table.rows().get(r);
      if (!ids.add(row.id())) {
        problems.add("/rows/" + r + "/id", "duplicate", ConstraintMessages.en("duplicate.row", "row", row.id()));
      }
      for (Map.Entry<String, Set<String>> condition : row.conditions().entrySet()) {
        String at = "/rows/" + r + "/conditions/" + Problems.token(condition.getKey());
        Set<String> values = domain.get(condition.getKey());
        if (values == null) {
          problems.add(at, "unknown-input", ConstraintMessages.en("unknown-input", "row", row.id(), "input",
              condition.getKey(), "inputs", String.join(", ", domain.keySet())));
          ok = false;
          continue;
        }
        for (String value : condition.getValue()) {
          if (!values.contains(value)) {
            problems.add(at, "enum", ConstraintMessages.en("enum.inputValue", "row", row.id(), "value", value, "input",
                condition.getKey(), "values", String.join(", ", valuesOf(condition.getKey()))));
            ok = false;
          }
        }
      }
    }
    return ok;
  }

  /** Enumerates every combination of input values and names those no row answers. */
  private void gaps() {
    List<TableInput> inputs = table.inputs();
    long combinations = 1;
    for (TableInput input : inputs) {
      combinations *= input.values().size();
      if (combinations > MAX_COMBINATIONS) {
        problems.add("/inputs", "too-large", ConstraintMessages.en("too-large", "max", MAX_COMBINATIONS));
        return;
      }
    }
    int[] digit = new int[inputs.size()];
    List<String> listed = new ArrayList<>();
    long gaps = 0;
    for (long n = 0; n < combinations; n++) {
      if (!answered(digit)) {
        gaps++;
        if (listed.size() < MAX_LISTED_GAPS) {
          listed.add(describe(digit).toString());
        }
      }
      for (int k = inputs.size() - 1; k >= 0; k--) {
        if (++digit[k] < inputs.get(k).values().size()) {
          break;
        }
        digit[k] = 0;
      }
    }
    if (gaps > 0) {
      String named = String.join("; ", listed);
      problems.add("/rows", "gap", gaps > listed.size()
          ? ConstraintMessages.en("gap.more", "count", gaps, "listed", named, "more", gaps - listed.size(), "first",
              HitPolicy.FIRST)
          : ConstraintMessages.en("gap", "count", gaps, "listed", named, "first", HitPolicy.FIRST));
    }
  }

  private boolean answered(int[] digit) {
    for (TableRow row : table.rows()) {
      boolean all = true;
      for (int k = 0; k < digit.length && all; k++) {
        TableInput input = table.inputs().get(k);
        all = row.accepts(input.code(), input.values().get(digit[k]));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private Map<String, String> describe(int[] digit) {
    Map<String, String> combination = new LinkedHashMap<>();
    for (int k = 0; k < digit.length; k++) {
      TableInput input = table.inputs().get(k);
      combination.put(input.code(), input.values().get(digit[k]));
    }
    return combination;
  }

  /**
   * Names the first {@link #MAX_LISTED_OVERLAPS} pairs of rows that both match some combination,
   * each with one such combination, and counts the rest.
   */
  private void overlaps() {
    List<TableRow> rows = table.rows();
    long more = 0;
    int listed = 0;
    for (int a = 0; a < rows.size(); a++) {
      for (int b = a + 1; b < rows.size(); b++) {
        if (listed < MAX_LISTED_OVERLAPS) {
          Map<String, String> example = commonCombination(rows.get(a), rows.get(b));
          if (example != null) {
            listed++;
            problems.add("/rows/" + b, "overlap", ConstraintMessages.en("overlap", "row", rows.get(a).id(), "other",
                rows.get(b).id(), "example", example, "unique", HitPolicy.UNIQUE, "first", HitPolicy.FIRST));
          }
        } else if (commonCombination(rows.get(a), rows.get(b)) != null) {
          more++;
        }
      }
    }
    if (more > 0) {
      problems.add("/rows", "overlap", ConstraintMessages.en("overlap.more", "more", more, "max", MAX_LISTED_OVERLAPS,
          "first", HitPolicy.FIRST));
    }
  }

  /** A combination both rows accept, or null when their conditions are disjoint on some input. */
  private Map<String, String> commonCombination(TableRow a, TableRow b) {
    Map<String, String> example = new LinkedHashMap<>();
    for (TableInput input : table.inputs()) {
      String common = null;
      for (String value : input.values()) {
        if (a.accepts(input.code(), value) && b.accepts(input.code(), value)) {
          common = value;
          break;
        }
      }
      if (common == null) {
        return null;
      }
      example.put(input.code(), common);
    }
    return example;
  }

  private List<String> valuesOf(String code) {
    return table.inputs().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow().values();
  }
}
