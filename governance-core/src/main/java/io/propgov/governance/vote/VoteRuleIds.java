package io.propgov.governance.vote;

import java.util.List;

/**
 * The stable ids of the owners' vote rules: each names a rule in a decision's reasons and, with an
 * outcome, its message {@code <ruleId>.<OUTCOME>}. The ids are published API and never change.
 *
 * @since 0.1.0
 */
public final class VoteRuleIds {

  /** Whether the participating area reaches the quorum share of the total area. */
  public static final String QUORUM_AREA = "vote.quorum.area";

  /** Whether the participating owners reach the quorum share of all owners. */
  public static final String QUORUM_OWNERS = "vote.quorum.owners";

  /** That the rule in force on the vote's date sets no separate quorum. */
  public static final String QUORUM_NONE = "vote.quorum.none";

  /** Whether the area voting for reaches the required share of the participating area. */
  public static final String APPROVAL_AREA_PARTICIPATING = "vote.approval.area.participating";

  /** Whether the owners voting for reach the required share of the participating owners. */
  public static final String APPROVAL_OWNERS_PARTICIPATING = "vote.approval.owners.participating";

  /** Whether the area voting for reaches the required share of the total area. */
  public static final String APPROVAL_AREA_TOTAL = "vote.approval.area.total";

  /** Whether the owners voting for reach the required share of all owners. */
  public static final String APPROVAL_OWNERS_TOTAL = "vote.approval.owners.total";

  /** The notice owed to a dismissed company and the day its contract can end. */
  public static final String DISMISSAL_NOTICE = "vote.dismissal-notice";

  private VoteRuleIds() {}

  /**
   * Returns every rule id of this area.
   *
   * @return the ids in the order declared here, never null
   */
  public static List<String> all() {
    return List.of(
        QUORUM_AREA,
        QUORUM_OWNERS,
        QUORUM_NONE,
        APPROVAL_AREA_PARTICIPATING,
        APPROVAL_OWNERS_PARTICIPATING,
        APPROVAL_AREA_TOTAL,
        APPROVAL_OWNERS_TOTAL,
        DISMISSAL_NOTICE);
  }
}
