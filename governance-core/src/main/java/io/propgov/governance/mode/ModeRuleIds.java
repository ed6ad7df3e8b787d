package io.propgov.governance.mode;

import java.util.List;

/**
 * The stable ids of the mode-vote rules: each names a rule in a decision's reasons and, with an
 * outcome, its message {@code <ruleId>.<OUTCOME>}. The ids are published API and never change.
 *
 * @since 0.3.0
 */
public final class ModeRuleIds {

  /** The mode the policy's table recommends, compared with the mode proposed. */
  public static final String RECOMMENDED = "mode-vote.recommended";

  /** The mode the owners' vote decided, or the current mode that stays when it failed. */
  public static final String DECIDED = "mode-vote.decided";

  private ModeRuleIds() {}

  /**
   * Returns every rule id of this area.
   *
   * @return the ids in the order declared here, never null
   */
  public static List<String> all() {
    return List.of(RECOMMENDED, DECIDED);
  }
}
