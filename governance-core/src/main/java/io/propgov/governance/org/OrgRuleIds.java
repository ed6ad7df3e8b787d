package io.propgov.governance.org;

import java.util.List;

/**
 * The stable ids of the organisation hierarchy rules: each names a rule in a decision's reasons
 * and, with an outcome, its message {@code <ruleId>.<OUTCOME>}. The ids are published API and
 * never change.
 *
 * @since 0.1.0
 */
public final class OrgRuleIds {

  /** Whether a matter is handled at a unit of the level its severity needs. */
  public static final String ESCALATION_LEVEL = "org.escalation.level";

  /** The day by which a raised matter must be answered. */
  public static final String ESCALATION_DEADLINE = "org.escalation.deadline";

  /** Whether an overdue matter is escalated one step up. */
  public static final String ESCALATION_OVERDUE = "org.escalation.overdue";

  /** Which party organisation a company's full members call for. */
  public static final String PARTY_FORM = "org.party.form";

  /** Whether a company is covered by a party organisation, a joint branch or an instructor. */
  public static final String PARTY_COVERED = "org.party.covered";

  /** Whether a company's quality supervisor sits on the community's committee. */
  public static final String CROSS_APPOINTMENT_SUPERVISOR = "org.cross-appointment.supervisor";

  /** Whether a company's party head sits on the community's committee. */
  public static final String CROSS_APPOINTMENT_PARTY_HEAD = "org.cross-appointment.party-head";

  /** Whether a required meeting is held within its interval. */
  public static final String MEETING_INTERVAL = "org.meeting.interval";

  /** That a required meeting has never been held. */
  public static final String MEETING_NEVER_HELD = "org.meeting.never-held";

  private OrgRuleIds() {}

  /**
   * Returns every rule id of this area.
   *
   * @return the ids in the order declared here, never null
   */
  public static List<String> all() {
    return List.of(
        ESCALATION_LEVEL,
        ESCALATION_DEADLINE,
        ESCALATION_OVERDUE,
        PARTY_FORM,
        PARTY_COVERED,
        CROSS_APPOINTMENT_SUPERVISOR,
        CROSS_APPOINTMENT_PARTY_HEAD,
        MEETING_INTERVAL,
        MEETING_NEVER_HELD);
  }
}
