package io.propgov.governance.money;

import java.util.List;
import java.util.Optional;

/**
 * The emergencies a policy lets the maintenance fund be drawn for without a prior vote.
 *
 * @param kinds the kinds, at least one, ids unique, never null
 * @since 0.3.0
 */
public record Emergencies(List<EmergencyKind> kinds) {

  /** Checks that there is at least one kind and no id twice. */
  public Emergencies {
    kinds = List.copyOf(kinds);
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("the emergencies need at least one kind");
    }
    EmergencyKind.unique(kinds);
  }

  /**
   * Returns the kind of an id.
   *
   * @param id the id, not null
   * @return the kind, empty when the policy defines none of that id
   */
  public Optional<EmergencyKind> find(String id) {
    return kinds.stream().filter(k -> k.id().equals(id)).findFirst();
  }

  /**
   * Returns the ids, for error messages.
   *
   * @return the ids in order, never null
   */
  public List<String> ids() {
    return kinds.stream().map(EmergencyKind::id).toList();
  }
}
