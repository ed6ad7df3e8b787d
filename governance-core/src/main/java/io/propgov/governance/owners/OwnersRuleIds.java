package io.propgov.governance.owners;

import java.util.List;

/**
 * The stable ids of the owners' organisation rules: each names a rule in a decision's reasons
 * and, with an outcome, its message {@code <ruleId>.<OUTCOME>}. The ids are published API and
 * never change.
 *
 * @since 0.3.0
 */
public final class OwnersRuleIds {

  /** Whether the delivered share of the total area makes the first owners' assembly due. */
  public static final String FIRST_ASSEMBLY_SHARE = "owners.first-assembly-share";

  /** Whether the time since the first delivery, with a lower share, makes the first assembly due. */
  public static final String FIRST_ASSEMBLY_TIME = "owners.first-assembly-time";

  /** Whether the first owners' assembly met by its deadline (due, overdue, held, held late). */
  public static final String FIRST_ASSEMBLY_DEADLINE = "owners.first-assembly-deadline";

  /**
   * Whether the first assembly's deadline, counted to a statutory rest day, moved to the day after
   * the rest days end (Civil Code art. 203).
   *
   * @since 0.3.0
   */
  public static final String FIRST_ASSEMBLY_LAST_DAY = "owners.first-assembly-last-day";

  /** Whether the owners' committee's term is running, ending (re-election due) or overdue. */
  public static final String COMMITTEE_TERM = "owners.committee-term";

  /** Whether the owners' committee has an odd number of members within the policy's bounds. */
  public static final String COMMITTEE_SIZE = "owners.committee-size";

  /** Whether the share of party members on the committee reaches the policy's share. */
  public static final String PARTY_SHARE = "owners.party-share";

  /** Whether enough committee members sit on the community's two committees as well. */
  public static final String CROSS_MEMBERSHIP = "owners.cross-membership";

  /** Whether a property management committee is within the period it may stand in. */
  public static final String STAND_IN = "owners.stand-in";

  /** Which body currently represents the owners, if any. */
  public static final String REPRESENTATION = "owners.representation";

  /** The share of estates represented by an owners' or property management committee, rolled up a tree. */
  public static final String COVERAGE = "owners.coverage";

  private OwnersRuleIds() {}

  /**
   * Returns every rule id of this area.
   *
   * @return the ids in the order declared here, never null
   */
  public static List<String> all() {
    return List.of(FIRST_ASSEMBLY_SHARE, FIRST_ASSEMBLY_TIME, FIRST_ASSEMBLY_DEADLINE, FIRST_ASSEMBLY_LAST_DAY,
        COMMITTEE_TERM, COMMITTEE_SIZE, PARTY_SHARE, CROSS_MEMBERSHIP, STAND_IN, REPRESENTATION, COVERAGE);
  }
}
