package io.propgov.governance.org;

import io.propgov.governance.message.ConstraintMessages;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.Extensible;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days are working days: Monday to Friday, except the policy's public holidays, plus the
 * make-up working days (调休) that move a weekend day into the working week. A calendar may
 * state the years whose holidays it lists: a day of another year is still counted Monday to
 * Friday, but {@link #lists(LocalDate)} says its holidays are not known, so that a rule can say so.
 *
 * <p>A policy level that sets a calendar stating its years adds to the calendar it inherits
 * ({@link Extensible}): a city lists the next year's notice, or its own ethnic festivals, without
 * restating the nation's days (see {@link #over(WorkCalendar)}).
 *
 * @param holidays days off although they fall on a weekday, never null
 * @param makeUpWorkingDays weekend days worked to make up for a holiday, never null
 * @param years the years whose public holidays and make-up working days the calendar lists in
 *     full; empty when the calendar does not say (every year is then taken as listed), never null
 * @since 0.1.0
 */
public record WorkCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays, Set<Integer> years)
    implements Extensible<WorkCalendar> {

  /**
   * Monday to Friday with no holidays: what the rules count with when a policy sets no calendar.
   *
   * @since 0.3.0
   */
  public static final WorkCalendar WEEKDAYS = new WorkCalendar(Set.of(), Set.of());

  /**
   * Copies the sets and checks that no day is both a holiday and a make-up working day, and that
   * every day listed falls in a year the calendar states, when it states any.
   */
  public WorkCalendar {
    holidays = Set.copyOf(holidays);
    makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
    years = Set.copyOf(years);
    for (LocalDate d : holidays) {
      if (makeUpWorkingDays.contains(d)) {
        throw new IllegalArgumentException(ConstraintMessages.en("text.calendarBoth", "day", d));
      }
    }
    if (!years.isEmpty()) {
      for (Set<LocalDate> days : List.of(holidays, makeUpWorkingDays)) {
        for (LocalDate d : days) {
          if (!years.contains(d.getYear())) {
            throw new IllegalArgumentException(ConstraintMessages.en("text.calendarOutsideYears", "day", d,
                "year", d.getYear(), "years", new TreeSet<>(years)));
          }
        }
      }
    }
  }

  /**
   * Creates a calendar that does not state which years it lists: every year is taken as listed.
   *
   * @param holidays days off although they fall on a weekday, not null
   * @param makeUpWorkingDays weekend days worked to make up for a holiday, not null
   */
  public WorkCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {
    this(holidays, makeUpWorkingDays, Set.of());
  }

  /**
   * Returns this calendar laid over the one a policy level inherits. A calendar that states no
   * years claims to list every year, so it replaces the inherited one. Otherwise the days of both
   * count, this calendar's where they disagree (a day the level above has off, this one works, or
   * the reverse), and the years listed are both calendars' (every year when the inherited one
   * states none).
   *
   * @param inherited the calendar the level above has in force on this value's date, not null
   * @return the combined calendar, never null
   * @since 0.3.0
   */
  @Override
  public WorkCalendar over(WorkCalendar inherited) {
    if (years.isEmpty()) {
      return this;
    }
    Set<LocalDate> off = new HashSet<>(inherited.holidays());
    off.removeAll(makeUpWorkingDays);
    off.addAll(holidays);
    Set<LocalDate> worked = new HashSet<>(inherited.makeUpWorkingDays());
    worked.removeAll(holidays);
    worked.addAll(makeUpWorkingDays);
    Set<Integer> listed = new HashSet<>();
    if (!inherited.years().isEmpty()) {
      listed.addAll(inherited.years());
      listed.addAll(years);
    }
    return new WorkCalendar(off, worked, listed);
  }

  /**
   * Returns the source of a combined calendar: the inherited calendar's source, then this
   * level's, in both languages, an assumption when either is.
   *
   * @param own this level's source, not null
   * @param inherited the inherited calendar's source, not null
   * @return the combined source, never null
   * @since 0.3.0
   */
  @Override
  public Citation source(Citation own, Citation inherited) {
    if (years.isEmpty()) {
      return own;
    }
    return new Citation(inherited.en() + "; " + own.en(), inherited.zh() + "；" + own.zh(),
        inherited.assumption() || own.assumption());
  }

  /**
   * Returns whether the calendar lists the public holidays of a day's year: true when it states
   * no years, or states the day's year.
   *
   * @param date the day, not null
   * @return false when the day's holidays are not known to this calendar
   * @since 0.3.0
   */
  public boolean lists(LocalDate date) {
    return years.isEmpty() || years.contains(date.getYear());
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
