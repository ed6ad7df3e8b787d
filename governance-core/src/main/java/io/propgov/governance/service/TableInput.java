package io.propgov.governance.service;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One input of a decision table with the finite set of values it may take, such as the estate's
 * hardware condition: {@code good}, {@code average}, {@code poor}.
 *
 * @param code the input's stable code, never blank
 * @param en its English name, never blank
 * @param zh its Chinese name, never blank
 * @param values the values it may take, at least one, no duplicates, never null
 * @since 0.1.0
 */
public record TableInput(String code, String en, String zh, List<String> values) {

  /** Checks the parts and copies the values. */
  public TableInput {
    for (String text : new String[] {code, en, zh}) {
      Objects.requireNonNull(text, "input code and names are required");
      if (text.isBlank()) {
        throw new IllegalArgumentException("input code and names must not be blank");
      }
    }
    values = List.copyOf(values);
    if (values.isEmpty() || new HashSet<>(values).size() != values.size() || values.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("input " + code + " needs at least one value, none blank, none repeated: "
          + values);
    }
  }
}
