package io.propgov.governance.service;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * One row of a decision table: for each input the values it accepts (an input left out accepts
 * any value), and the outcome it gives.
 *
 * @param id the row's stable id, cited by the decision that matched it, never blank
 * @param conditions the accepted values by input code; an input not listed accepts any value, never null
 * @param outcome the outcome the row gives, never blank
 * @since 0.1.0
 */
public record TableRow(String id, Map<String, Set<String>> conditions, String outcome) {

  /** Checks the parts and copies the conditions. */
  public TableRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outcome, "outcome");
    if (id.isBlank() || outcome.isBlank()) {
      throw new IllegalArgumentException("a row needs an id and an outcome");
    }
    TreeMap<String, Set<String>> copy = new TreeMap<>();
    conditions.forEach((input, values) -> {
      if (values.isEmpty()) {
        throw new IllegalArgumentException("row " + id + ": input " + input + " lists no value; leave it out to accept any");
      }
      copy.put(input, Set.copyOf(values));
    });
    conditions = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Returns whether the row accepts a value of an input.
   *
   * @param input the input's code
   * @param value the value
   * @return true when the input is not listed or lists the value
   */
  public boolean accepts(String input, String value) {
    Set<String> allowed = conditions.get(input);
    return allowed == null || allowed.contains(value);
  }

  /** Returns the codes of the inputs the row constrains. @return the codes, sorted */
  public List<String> constrainedInputs() {
    return List.copyOf(conditions.keySet());
  }
}
