package io.propgov.governance.satisfaction;

import java.util.List;

/**
 * The stable ids of the satisfaction rating rules: each names a rule in a decision's reasons and,
 * with an outcome, its message {@code <ruleId>.<OUTCOME>}. The ids are published API and never
 * change.
 *
 * @since 0.1.0
 */
public final class SatisfactionRuleIds {

  /** Whether enough households answered a survey round for it to be valid. */
  public static final String QUORUM = "satisfaction.quorum";

  /** Whether a valid round's weighted score is at or above the pass line. */
  public static final String PASS_LINE = "satisfaction.pass-line";

  /** Whether enough consecutive failed rounds allow the owners to start a dismissal. */
  public static final String CONSECUTIVE_FAILURES = "satisfaction.consecutive-failures";

  /** How invalid rounds count when the policy passes over them (neither reset nor extend the run). */
  public static final String INVALID_ROUNDS_SKIP = "satisfaction.invalid-rounds.skip";

  /** How invalid rounds count when the policy lets an invalid round end the run of failures. */
  public static final String INVALID_ROUNDS_RESET = "satisfaction.invalid-rounds.reset";

  private SatisfactionRuleIds() {}

  /**
   * Returns every rule id of this area.
   *
   * @return the ids in the order declared here, never null
   */
  public static List<String> all() {
    return List.of(
        QUORUM,
        PASS_LINE,
        CONSECUTIVE_FAILURES,
        INVALID_ROUNDS_SKIP,
        INVALID_ROUNDS_RESET);
  }
}
