package io.propgov.governance.credit;

import io.propgov.governance.internal.Keyed;
import java.util.List;

/**
 * The joint rewards and punishments of a policy, each consequence once.
 *
 * @param rules the rules, never null (may be empty)
 * @since 0.1.0
 */
public record ConsequenceTable(List<ConsequenceTrigger> rules) {

  /** Copies the rules and checks that no consequence appears twice. */
  public ConsequenceTable {
    rules = Keyed.unique(rules, ConsequenceTrigger::consequence, "consequence %s appears twice");
  }
}
