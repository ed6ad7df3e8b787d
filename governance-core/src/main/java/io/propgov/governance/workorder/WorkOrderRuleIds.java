package io.propgov.governance.workorder;

import java.util.List;

/**
 * The stable ids of the work-order rules: each names a rule in a decision's reasons and, with an
 * outcome, its message {@code <ruleId>.<OUTCOME>}. The ids are published API and never change.
 *
 * @since 0.3.0
 */
public final class WorkOrderRuleIds {

  /** An order was responded to by its category's response deadline. */
  public static final String RESPONSE_DEADLINE = "workorder.response-deadline";

  /** An order was resolved by its category's resolution deadline. */
  public static final String RESOLUTION_DEADLINE = "workorder.resolution-deadline";

  /** An order counts as resolved in the resolution rate, on the policy's basis. */
  public static final String RESOLVED = "workorder.resolved";

  /** An order's follow-up rating counts as satisfied. */
  public static final String SATISFIED = "workorder.satisfied";

  /** An upheld complaint becomes a credit event of the handling company. */
  public static final String CREDIT_EVENT = "workorder.credit-event";

  /** The response rate (响应率) of a unit or company in a month. */
  public static final String RESPONSE_RATE = "workorder.response-rate";

  /** The resolution rate (解决率) of a unit or company in a month. */
  public static final String RESOLUTION_RATE = "workorder.resolution-rate";

  /** The satisfaction rate (满意率) of a unit or company in a month. */
  public static final String SATISFACTION_RATE = "workorder.satisfaction-rate";

  /** The monthly ranking of units or companies, with its top and bottom lists. */
  public static final String RANKING = "workorder.ranking";

  private WorkOrderRuleIds() {}

  /**
   * Returns every rule id of this area.
   *
   * @return the ids in the order declared here, never null
   */
  public static List<String> all() {
    return List.of(RESPONSE_DEADLINE, RESOLUTION_DEADLINE, RESOLVED, SATISFIED, CREDIT_EVENT, RESPONSE_RATE,
        RESOLUTION_RATE, SATISFACTION_RATE, RANKING);
  }
}
