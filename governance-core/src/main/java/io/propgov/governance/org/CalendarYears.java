package io.propgov.governance.org;

import io.propgov.governance.policy.Citation;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Says when a count of working days ran over a year whose public holidays the policy's calendar
 * does not list ({@link WorkCalendar#lists}): such a year is counted Monday to Friday, which is
 * a model assumption, so the rule's source gains a note saying so, in English and Chinese, and
 * is flagged as an assumption.
 *
 * @since 0.3.0
 */
public final class CalendarYears {

  private CalendarYears() {}

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
    LocalDate first = from.isAfter(to) ? to : from;
    LocalDate last = from.isAfter(to) ? from : to;
    for (int year = first.getYear(); year <= last.getYear(); year++) {
      if (!calendar.lists(LocalDate.of(year, 1, 1))) {
        return new Citation(source.en() + "; working days in " + year + " are counted Monday to Friday, as the"
            + " policy's calendar (org.calendar) does not list that year's public holidays (a model assumption)",
            source.zh() + "；" + year + "年的工作日按周一至周五计算，因政策的工作日历（org.calendar）未列明该年的法定节假日"
                + "（本模型假设）", true);
      }
    }
    return source;
  }
}
