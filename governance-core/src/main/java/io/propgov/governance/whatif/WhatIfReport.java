package io.propgov.governance.whatif;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every decision that differs between two evaluations of the same facts.
 *
 * @param changes the decisions that differ, entity by entity in the order given, each entity's
 *     own decision before the decisions it is made of, never null
 * @since 0.1.0
 */
public record WhatIfReport(List<Change> changes) {

  /** Copies the changes. */
  public WhatIfReport {
    changes = List.copyOf(changes);
  }

  /** Returns whether nothing differs. @return true when there is no change */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * Counts the flips of each rule by transition, such as
   * {@code satisfaction.pass-line -> {MET -> NOT_MET: 3}}.
   *
   * @return rule ids in order, each with its transitions in order and their counts, never null
   */
  public Map<String, Map<String, Integer>> summary() {
    Map<String, Map<String, Integer>> summary = new TreeMap<>();
    for (Change change : changes) {
      for (RuleFlip flip : change.flips()) {
        summary.computeIfAbsent(flip.ruleId(), k -> new TreeMap<>()).merge(flip.transition(), 1, Integer::sum);
      }
    }
    return summary;
  }

  /**
   * Returns the ids of the entities with at least one change, in order.
   *
   * @return the entity ids, never null
   */
  public List<String> entities() {
    return changes.stream().map(Change::entity).distinct().toList();
  }
}
