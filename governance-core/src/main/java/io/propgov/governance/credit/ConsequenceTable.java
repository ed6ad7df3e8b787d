package io.propgov.governance.credit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The joint rewards and punishments of a policy, each consequence once.
 *
 * @param rules the rules, never null (may be empty)
 * @since 0.1.0
 */
public record ConsequenceTable(List<ConsequenceTrigger> rules) {

  /** Copies the rules and checks that no consequence appears twice. */
  public ConsequenceTable {
    rules = List.copyOf(rules);
    Set<Consequence> seen = new HashSet<>();
    for (ConsequenceTrigger rule : rules) {
      if (!seen.add(rule.consequence())) {
        throw new IllegalArgumentException("consequence " + rule.consequence() + " appears twice");
      }
    }
  }
}
