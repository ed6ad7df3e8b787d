package io.propgov.governance.org;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Which days are working days: Monday to Friday, except the policy's public holidays, plus the
 * make-up working days (调休) that move a weekend day into the working week.
 *
 * @param holidays days off although they fall on a weekday, never null
 * @param makeUpWorkingDays weekend days worked to make up for a holiday, never null
 * @since 0.1.0
 */
public record WorkCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {

  /** Copies the sets and checks that no day is both. */
  public WorkCalendar {
    holidays = Set.copyOf(holidays);
    makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
    for (LocalDate d : holidays) {
      if (makeUpWorkingDays.contains(d)) {
        throw new IllegalArgumentException(d + " is listed both as a holiday and as a make-up working day");
      }
    }
  }

  /**
   * Returns whether a day is a working day.
   *
   * @param date the day, not null
   * @return true for a make-up working day, or a weekday that is not a holiday
   */
  public boolean isWorkingDay(LocalDate date) {
    if (makeUpWorkingDays.contains(date)) {
      return true;
    }
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
  }

  /**
   * Returns the day a deadline of {@code days} falls on, counted from the day after {@code start}.
   *
   * @param start the day the matter was raised, not null
   * @param days the days allowed, at least 1
   * @param count whether to count calendar or working days, not null
   * @return the due date: the {@code days}-th counted day after {@code start}
   */
  public LocalDate due(LocalDate start, int days, DayCount count) {
    Objects.requireNonNull(start, "start");
    if (count == DayCount.CALENDAR) {
      return start.plusDays(days);
    }
    LocalDate d = start;
    int counted = 0;
    while (counted < days) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        counted++;
      }
    }
    return d;
  }
}
