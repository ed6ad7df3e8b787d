package io.propgov.governance.service;

import io.propgov.governance.internal.Required;
import java.util.HashSet;
import java.util.List;

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
    Required.texts("input code and names", code, en, zh);
    values = List.copyOf(values);
    if (values.isEmpty() || new HashSet<>(values).size() != values.size() || values.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("input " + code + " needs at least one value, none blank, none repeated: "
          + values);
    }
  }
}
