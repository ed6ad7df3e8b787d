package io.propgov.governance.org;

import io.propgov.governance.explain.Figure;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterValue;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Says when a count of working days ran over a year whose public holidays the policy's calendar
 * does not list ({@link WorkCalendar#lists}): such a year is counted Monday to Friday, which is
 * a model assumption, so the rule's source gains a note saying so, in English and Chinese, and
 * is flagged as an assumption.
 *
 * @since 0.3.0
 */
public final class CalendarYears {

  /** The note added when the policy sets no calendar in force, in English. */
  static final String NONE_EN = "; the policy sets no calendar (org.calendar), so Monday to Friday are"
      + " taken as working days and Saturday and Sunday as rest days: public holidays and make-up working days are not"
      + " known without a calendar";
  /** The note added when the policy sets no calendar in force, in Chinese. */
  static final String NONE_ZH = "；政策未规定工作日历（org.calendar），故以周一至周五为工作日、周六和周日为休假日："
      + "没有工作日历，法定节假日与调休上班日无从得知";

  private CalendarYears() {}

  /**
   * Returns the policy's work calendar ({@link OrgParameters#CALENDAR}) in force on a day, with
   * its source; empty when the policy sets none in force then.
   *
   * @param policy the policy, not null
   * @param on the day, not null
   * @return the calendar in force, or empty
   */
  public static Optional<ParameterValue<WorkCalendar>> inForce(GovernancePolicy policy, LocalDate on) {
    return policy.timeline(OrgParameters.CALENDAR).flatMap(t -> t.at(on));
  }

  /**
   * Returns a rule's source with a note that working days were counted Monday to Friday because
   * the policy sets no calendar in force, flagged as an assumption: public holidays are not known.
   *
   * @param source the rule's source, not null
   * @return the source, noted and flagged, never null
   */
  public static Citation none(Citation source) {
    Objects.requireNonNull(source, "source");
    return new Citation(source.en() + NONE_EN + " (a model assumption)", source.zh() + NONE_ZH + "（本模型假设）", true);
  }

  /**
   * Returns a rule's source for working days counted from {@code from} to {@code to}: with
   * {@link #none} when there is no calendar, else as {@link #cite(Citation, WorkCalendar,
   * LocalDate, LocalDate)} gives it.
   *
   * @param source the rule's source, not null
   * @param calendar the policy's calendar in force, empty when it sets none
   * @param from the first day counted over, not null
   * @param to the last day counted over, not null
   * @return the source, noted and flagged when holidays were not known, never null
   */
  public static Citation cite(Citation source, Optional<WorkCalendar> calendar, LocalDate from,
      LocalDate to) {
    return calendar.isEmpty() ? none(source) : cite(source, calendar.get(), from, to);
  }

  /**
   * Returns the figure {@code calendar} a reason carries to say how its working days were known:
   * {@code POLICY_CALENDAR} from the policy's calendar, {@code CALENDAR_YEAR_NOT_LISTED} when the
   * days ran over a year it does not list, {@code WEEKDAYS_HOLIDAYS_UNKNOWN} without a calendar.
   *
   * @param calendar the policy's calendar in force, empty when it sets none
   * @param from the first day counted over, not null
   * @param to the last day counted over, not null
   * @return the figure, never null
   */
  public static Figure figure(Optional<WorkCalendar> calendar, LocalDate from, LocalDate to) {
    return figure(calendar.isPresent(), calendar.isPresent() && listsAll(calendar.get(), from, to));
  }

  /** The figure for a count with or without a policy calendar, its years listed or not. */
  static Figure figure(boolean policyCalendar, boolean listed) {
    return Figure.term("calendar", !policyCalendar ? "WEEKDAYS_HOLIDAYS_UNKNOWN"
        : listed ? "POLICY_CALENDAR" : "CALENDAR_YEAR_NOT_LISTED");
  }

  /** Whether the calendar lists every year from one day's to the other's, in either order. */
  private static boolean listsAll(WorkCalendar calendar, LocalDate from, LocalDate to) {
    return unlisted(calendar, from, to) == 0;
  }

  /** The first year from one day's to the other's that the calendar does not list, else 0. */
  private static int unlisted(WorkCalendar calendar, LocalDate from, LocalDate to) {
    LocalDate first = from.isAfter(to) ? to : from;
    LocalDate last = from.isAfter(to) ? from : to;
    for (int year = first.getYear(); year <= last.getYear(); year++) {
      if (!calendar.lists(LocalDate.of(year, 1, 1))) {
        return year;
      }
    }
    return 0;
  }

  /**
   * Returns a rule's source with a note when the days from {@code from} to {@code to} fall in a
   * year the calendar does not list; the source as it is otherwise.
   *
   * @param source the rule's source, not null
   * @param calendar the calendar the days were counted with, not null
   * @param from the first day counted over, not null
   * @param to the last day counted over, not null
   * @return the source, noted and flagged when a year is not listed, never null
   */
  public static Citation cite(Citation source, WorkCalendar calendar, LocalDate from, LocalDate to) {
    Objects.requireNonNull(source, "source");
    int year = unlisted(calendar, from, to);
    if (year == 0) {
      return source;
    }
    return new Citation(source.en() + "; working days in " + year + " are counted Monday to Friday, as the"
        + " policy's calendar (org.calendar) does not list that year's public holidays (a model assumption)",
        source.zh() + "；" + year + "年的工作日按周一至周五计算，因政策的工作日历（org.calendar）未列明该年的法定节假日"
            + "（本模型假设）", true);
  }
}
