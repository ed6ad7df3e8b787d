package io.propgov.governance.org;

import io.propgov.governance.policy.ParameterKey;
import java.util.List;

/**
 * The policy parameters of the organisation hierarchy rules. A policy sets all of {@link #ALL} or
 * none: without them the engine judges estates but not trees. The work calendar ({@link #CALENDAR})
 * is optional and not the hierarchy's alone: the public holidays are national, so
 * {@code cn-national} sets it for every policy that extends it, and each rule that counts working
 * days or moves a last day off a rest day reads it (escalation deadlines, work orders, the
 * dishonest-debtor removal, Civil Code art. 203). Without it those rules take Monday to Friday as
 * working days and say so, a model assumption.
 *
 * @since 0.1.0
 */
public final class OrgParameters {

  /** The levels of the hierarchy, highest first, and the child levels each may have. */
  public static final ParameterKey<LevelTemplate> LEVELS = ParameterKey.of("org.levels", LevelTemplate.class,
      "the levels of the organisation hierarchy and the child levels each may have", t -> null);

  /** The severities of residents' matters, the lowest level for each and its deadline. */
  public static final ParameterKey<EscalationScheme> ESCALATION = ParameterKey.of("org.escalation",
      EscalationScheme.class, "the severities of residents' matters, who may handle each, and how soon", e -> null);

  /** Holidays and make-up working days for working-day deadlines. */
  public static final ParameterKey<WorkCalendar> CALENDAR = ParameterKey.of("org.calendar", WorkCalendar.class,
      "the public holidays and make-up working days that working-day deadlines count with", c -> null);

  /** The member counts that decide which party organisation a unit owes (Party Constitution art. 30). */
  public static final ParameterKey<PartyThresholds> PARTY_THRESHOLDS = ParameterKey.of("org.party-thresholds",
      PartyThresholds.class, "the member counts that decide which party organisation a unit owes", t -> null);

  /** The regular meetings required, with their frequency. */
  public static final ParameterKey<MeetingSchedule> MEETINGS = ParameterKey.of("org.meetings", MeetingSchedule.class,
      "the regular meetings units must hold, and how often", m -> null);

  /** The keys a policy sets all of or none of: the hierarchy is judged when it sets them. */
  public static final List<ParameterKey<?>> ALL = List.of(LEVELS, ESCALATION, PARTY_THRESHOLDS, MEETINGS);

  /**
   * The keys the rules read when a policy sets them, hierarchy or not: the work calendar.
   *
   * @since 0.3.0
   */
  public static final List<ParameterKey<?>> OPTIONAL = List.of(CALENDAR);

  private OrgParameters() {}
}
