package io.propgov.governance.money;

import io.propgov.governance.explain.Label;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A kind of emergency for which the maintenance fund may be drawn without a prior vote, and the
 * steps of the procedure, in order (Measures on residential maintenance funds, 2007, art. 24).
 *
 * @param id the kind's id, capital letters, digits and underscores, never null
 * @param name its names, never null
 * @param steps the procedure's steps by id, in order, at least one, ids unique, never null
 * @since 0.3.0
 */
public record EmergencyKind(String id, Label name, Map<String, Label> steps) {

  /** Checks the parts and keeps the steps' order. */
  public EmergencyKind {
    DisclosureItem.requireId(id, "emergency kind");
    Objects.requireNonNull(name, "name");
    steps = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(steps));
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("emergency kind " + id + " needs at least one step");
    }
    steps.keySet().forEach(s -> DisclosureItem.requireId(s, "emergency step"));
  }

  /**
   * Returns the step ids, in order.
   *
   * @return the ids, never null
   */
  public List<String> stepIds() {
    return List.copyOf(steps.keySet());
  }

  /** The kinds a policy defines: ids unique. */
  static Set<String> unique(List<EmergencyKind> kinds) {
    Set<String> ids = new HashSet<>();
    for (EmergencyKind kind : kinds) {
      if (!ids.add(kind.id())) {
        throw new IllegalArgumentException("emergency kind id '" + kind.id() + "' appears more than once");
      }
    }
    return ids;
  }
}
