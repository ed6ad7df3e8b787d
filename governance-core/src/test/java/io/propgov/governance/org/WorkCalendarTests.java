package io.propgov.governance.org;

import static io.propgov.governance.Fixtures.CALENDAR_2024;
import static io.propgov.governance.Fixtures.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.policy.Citation;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadlines counted by hand on the 2024 calendar: National Day 1 to 7 October off, 29 September and 12 October worked. */
class WorkCalendarTests {

  static LocalDate working(String raised, int days) {
    return CALENDAR_2024.due(date(raised), days, DayCount.WORKING);
  }

  /** Weekdays work and weekends rest; holidays on weekdays rest; make-up weekend days work. */
  @ParameterizedTest(name = "{0} ({2}): working {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2024-11-08 | true  | Friday
      2024-11-09 | false | Saturday
      2024-11-10 | false | Sunday
      2024-10-01 | false | Tuesday, National Day
      2024-10-07 | false | Monday, last day of the holiday
      2024-10-08 | true  | Tuesday after the holiday
      2024-09-29 | true  | Sunday worked
      2024-10-12 | true  | Saturday worked
      2024-10-13 | false | the Sunday after it rests
      2024-09-28 | false | the Saturday before it rests
      """)
  void workingDays(LocalDate day, boolean working, String why) {
    assertEquals(working, CALENDAR_2024.isWorkingDay(day), why);
  }

  @Nested
  class CalendarDeadlines {

    @Test
    void calendarDaysCountEveryDayHolidaysIncluded() {
      assertEquals(date("2024-10-15"), CALENDAR_2024.due(date("2024-09-30"), 15, DayCount.CALENDAR));
      assertEquals(date("2024-10-01"), CALENDAR_2024.due(date("2024-09-30"), 1, DayCount.CALENDAR));
    }
  }

  /**
   * Counting starts the day after the matter was raised; weekends and the National Day holidays
   * are skipped; a matter raised on a holiday counts from the first working day after; make-up
   * days count as working days and can be the due day; the day after a make-up Saturday rests again.
   */
  @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
  @CsvSource(delimiter = '|', textBlock = """
      2024-11-11 | 1 | 2024-11-12 | counting starts the day after the matter was raised
      2024-11-08 | 1 | 2024-11-11 | Friday + 1 working day is Monday
      2024-11-08 | 3 | 2024-11-13 | the weekend is skipped
      2024-11-11 | 5 | 2024-11-18 | a full week from Monday ends the next Monday
      2024-09-30 | 1 | 2024-10-08 | raised Monday 30 September: 1 to 7 October rest, then Tuesday 8
      2024-09-30 | 3 | 2024-10-10 | raised Monday 30 September: Tuesday 8, Wednesday 9, Thursday 10
      2024-10-03 | 1 | 2024-10-08 | raised on a holiday: counted from the first working day after
      2024-09-27 | 1 | 2024-09-29 | Friday + 1 is the worked Sunday
      2024-09-27 | 2 | 2024-09-30 | the worked Sunday counts as a working day
      2024-10-09 | 3 | 2024-10-12 | Thursday 10, Friday 11, Saturday 12 (worked)
      2024-09-27 | 7 | 2024-10-12 | 29 Sep, 30 Sep, 8, 9, 10, 11 and 12 Oct
      2024-10-10 | 3 | 2024-10-14 | Friday 11, Saturday 12 (worked), Monday 14
      """)
  void workingDayDeadlines(String raised, int days, LocalDate due, String why) {
    assertEquals(due, working(raised, days), why);
  }

  @Nested
  class Construction {

    @Test
    void dayThatIsBothAHolidayAndAMakeUpDayIsRejected() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new WorkCalendar(Set.of(date("2024-10-12")), Set.of(date("2024-10-12"))));
      assertTrue(e.getMessage().contains("2024-10-12"), e.getMessage());
    }

    @Test
    void setsAreCopied() {
      Set<LocalDate> holidays = new HashSet<>(Set.of(date("2024-10-01")));
      WorkCalendar calendar = new WorkCalendar(holidays, Set.of());
      holidays.add(date("2024-10-02"));
      assertTrue(calendar.isWorkingDay(date("2024-10-02")));
    }

    @Test
    void emptyCalendarWorksMondayToFriday() {
      WorkCalendar plain = new WorkCalendar(Set.of(), Set.of());
      assertEquals(date("2024-10-03"), plain.due(date("2024-09-30"), 3, DayCount.WORKING));
    }
  }

  @Nested
  class Years {

    @Test
    void aCalendarThatStatesNoYearsListsEveryYear() {
      assertTrue(CALENDAR_2024.years().isEmpty());
      assertTrue(CALENDAR_2024.lists(date("2019-10-01")));
      assertTrue(CALENDAR_2024.lists(date("2031-10-01")));
    }

    @Test
    void aCalendarListsOnlyTheYearsItStates() {
      WorkCalendar calendar = new WorkCalendar(Set.of(date("2024-10-01")), Set.of(date("2024-10-12")), Set.of(2024, 2025));
      assertFalse(calendar.lists(date("2023-12-31")));
      assertTrue(calendar.lists(date("2024-01-01")));
      assertTrue(calendar.lists(date("2025-12-31")));
      assertFalse(calendar.lists(date("2026-01-01")));
      // A day of an unlisted year still counts Monday to Friday.
      assertTrue(calendar.isWorkingDay(date("2021-10-01")));
      assertFalse(calendar.isWorkingDay(date("2021-10-02")));
    }

    @Test
    void aDayOutsideTheStatedYearsIsRejectedNamingTheDayAndTheYears() {
      IllegalArgumentException holiday = assertThrows(IllegalArgumentException.class,
          () -> new WorkCalendar(Set.of(date("2023-10-02")), Set.of(), Set.of(2024)));
      assertEquals("2023-10-02 falls in 2023, a year the calendar does not list in its years [2024]", holiday.getMessage());
      IllegalArgumentException worked = assertThrows(IllegalArgumentException.class,
          () -> new WorkCalendar(Set.of(), Set.of(date("2027-01-02")), Set.of(2024, 2026)));
      assertTrue(worked.getMessage().startsWith("2027-01-02 falls in 2027"), worked.getMessage());
    }
  }

  /** A level's calendar adds to the one it inherits: a year, or a city's own festivals. */
  @Nested
  class LaidOverAnInheritedCalendar {

    private final WorkCalendar nation = new WorkCalendar(Set.of(date("2024-10-01"), date("2025-10-01")),
        Set.of(date("2024-10-12")), Set.of(2024, 2025));

    @Test
    void aCityAddsItsFestivalAndANewYearAndTheNationsDaysStay() {
      WorkCalendar city = new WorkCalendar(Set.of(date("2024-07-29"), date("2026-10-01")), Set.of(),
          Set.of(2024, 2026));
      WorkCalendar both = city.over(nation);
      assertFalse(both.isWorkingDay(date("2024-07-29")), "the city's festival");
      assertFalse(both.isWorkingDay(date("2024-10-01")), "the nation's holiday stays");
      assertTrue(both.isWorkingDay(date("2024-10-12")), "the nation's make-up Saturday stays");
      assertFalse(both.isWorkingDay(date("2026-10-01")), "the year the city adds");
      assertEquals(Set.of(2024, 2025, 2026), both.years());
    }

    @Test
    void whereTheyDisagreeTheLowerLevelDecides() {
      WorkCalendar city = new WorkCalendar(Set.of(date("2024-10-12")), Set.of(date("2024-10-01")), Set.of(2024));
      WorkCalendar both = city.over(nation);
      assertTrue(both.isWorkingDay(date("2024-10-01")));
      assertFalse(both.isWorkingDay(date("2024-10-12")));
    }

    @Test
    void aCalendarStatingNoYearsReplacesTheInheritedOne() {
      WorkCalendar whole = new WorkCalendar(Set.of(date("2024-07-29")), Set.of());
      assertEquals(whole, whole.over(nation));
      assertTrue(whole.over(nation).isWorkingDay(date("2024-10-01")));
    }

    @Test
    void overACalendarStatingNoYearsEveryYearStaysListed() {
      WorkCalendar city = new WorkCalendar(Set.of(date("2024-07-29")), Set.of(), Set.of(2024));
      WorkCalendar both = city.over(new WorkCalendar(Set.of(date("2030-10-01")), Set.of()));
      assertTrue(both.years().isEmpty());
      assertFalse(both.isWorkingDay(date("2030-10-01")));
      assertFalse(both.isWorkingDay(date("2024-07-29")));
    }

    @Test
    void theCombinedSourceNamesTheInheritedCalendarThenTheLevelsOwn() {
      Citation national = new Citation("notices", "通知");
      Citation local = new Citation("prefecture",
          "自治州", true);
      Citation joined = new WorkCalendar(Set.of(), Set.of(), Set.of(2024))
          .source(local, national);
      assertEquals("notices; " + local.en(), joined.en());
      assertEquals("通知；" + local.zh(), joined.zh());
      assertTrue(joined.assumption());
      assertEquals(local, new WorkCalendar(Set.of(), Set.of()).source(local, national));
    }
  }
}
