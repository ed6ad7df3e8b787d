package io.propgov.governance.service;

import io.propgov.governance.error.InputError;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision table written in a policy, such as Wuhan Jiang'an's choice of management mode from
 * an estate's hardware condition, willingness to pay, size and self-governance base.
 *
 * <p>Every input has a finite set of values, so a table can be checked statically before it is
 * used: {@link #check()} names every combination of input values no row answers (a gap) and,
 * under the {@link HitPolicy#UNIQUE} hit policy, every pair of rows that answer the same
 * combination (an overlap).
 *
 * @param inputs the inputs, codes unique, at least one, never null
 * @param rows the rows, in priority order for {@link HitPolicy#FIRST}, ids unique, never null
 * @param hitPolicy how the answer is picked when rows match, never null
 * @since 0.1.0
 */
public record DecisionTable(List<TableInput> inputs, List<TableRow> rows, HitPolicy hitPolicy) {

  /** Checks that the parts are given and copies the lists. */
  public DecisionTable {
    inputs = List.copyOf(inputs);
    rows = List.copyOf(rows);
    Objects.requireNonNull(hitPolicy, "hitPolicy");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("a decision table needs at least one input");
    }
  }

  /**
   * Checks the table statically, all at once: unknown inputs or values in rows, duplicate row or
   * input ids, every combination no row answers, and (under {@link HitPolicy#UNIQUE}) every pair
   * of overlapping rows. Pointers are relative to the table's document form, such as
   * {@code /rows/2/conditions/hardware}.
   *
   * @return the problems found, empty when every input is answered (exactly once under UNIQUE)
   */
  public List<InputError> check() {
    return new TableCheck(this).run();
  }

  /**
   * Returns the row that answers a combination of input values.
   *
   * @param values a value for every input, by input code, not null
   * @return the matching row: the first under FIRST, the only one under UNIQUE; empty when no row
   *     matches (a gap)
   * @throws IllegalArgumentException naming an input that has no value or a value the input does
   *     not take, or, under UNIQUE, the rows that both match
   */
  public Optional<TableRow> match(Map<String, String> values) {
    for (TableInput input : inputs) {
      String value = values.get(input.code());
      if (value == null || !input.values().contains(value)) {
        throw new IllegalArgumentException("input " + input.code() + " must be one of " + input.values()
            + ", was " + value);
      }
    }
    TableRow found = null;
    for (TableRow row : rows) {
      if (inputs.stream().allMatch(i -> row.accepts(i.code(), values.get(i.code())))) {
        if (hitPolicy == HitPolicy.FIRST) {
          return Optional.of(row);
        }
        if (found != null) {
          throw new IllegalArgumentException("rows " + found.id() + " and " + row.id() + " both match " + values
              + " under the UNIQUE hit policy");
        }
        found = row;
      }
    }
    return Optional.ofNullable(found);
  }
}
