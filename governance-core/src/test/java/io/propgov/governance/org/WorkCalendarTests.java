package io.propgov.governance.org;

import static io.propgov.governance.Fixtures.CALENDAR_2024;
import static io.propgov.governance.Fixtures.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Deadlines counted by hand on the 2024 calendar: National Day 1 to 7 October off, 29 September and 12 October worked. */
class WorkCalendarTests {

  static LocalDate working(String raised, int days) {
    return CALENDAR_2024.due(date(raised), days, DayCount.WORKING);
  }

  @Nested
  class WorkingDays {

    @Test
    void weekdaysWorkAndWeekendsRest() {
      assertTrue(CALENDAR_2024.isWorkingDay(date("2024-11-08")), "Friday");
      assertFalse(CALENDAR_2024.isWorkingDay(date("2024-11-09")), "Saturday");
      assertFalse(CALENDAR_2024.isWorkingDay(date("2024-11-10")), "Sunday");
    }

    @Test
    void holidaysOnWeekdaysRest() {
      assertFalse(CALENDAR_2024.isWorkingDay(date("2024-10-01")), "Tuesday, National Day");
      assertFalse(CALENDAR_2024.isWorkingDay(date("2024-10-07")), "Monday, last day of the holiday");
      assertTrue(CALENDAR_2024.isWorkingDay(date("2024-10-08")), "Tuesday after the holiday");
    }

    @Test
    void makeUpWeekendDaysWork() {
      assertTrue(CALENDAR_2024.isWorkingDay(date("2024-09-29")), "Sunday worked");
      assertTrue(CALENDAR_2024.isWorkingDay(date("2024-10-12")), "Saturday worked");
      assertFalse(CALENDAR_2024.isWorkingDay(date("2024-10-13")), "the Sunday after it rests");
      assertFalse(CALENDAR_2024.isWorkingDay(date("2024-09-28")), "the Saturday before it rests");
    }
  }

  @Nested
  class CalendarDeadlines {

    @Test
    void calendarDaysCountEveryDayHolidaysIncluded() {
      assertEquals(date("2024-10-15"), CALENDAR_2024.due(date("2024-09-30"), 15, DayCount.CALENDAR));
      assertEquals(date("2024-10-01"), CALENDAR_2024.due(date("2024-09-30"), 1, DayCount.CALENDAR));
    }
  }

  @Nested
  class WorkingDayDeadlines {

    @Test
    void countingStartsTheDayAfterTheMatterWasRaised() {
      assertEquals(date("2024-11-12"), working("2024-11-11", 1));
    }

    @Test
    void weekendIsSkipped() {
      assertEquals(date("2024-11-11"), working("2024-11-08", 1), "Friday + 1 working day is Monday");
      assertEquals(date("2024-11-13"), working("2024-11-08", 3));
      assertEquals(date("2024-11-18"), working("2024-11-11", 5), "a full week from Monday ends the next Monday");
    }

    @Test
    void nationalDayHolidaysAreSkipped() {
      // raised Monday 30 September: 1 to 7 October rest, then Tuesday 8, Wednesday 9, Thursday 10
      assertEquals(date("2024-10-08"), working("2024-09-30", 1));
      assertEquals(date("2024-10-10"), working("2024-09-30", 3));
    }

    @Test
    void matterRaisedOnAHolidayCountsFromTheFirstWorkingDayAfter() {
      assertEquals(date("2024-10-08"), working("2024-10-03", 1));
    }

    @Test
    void makeUpSundayCountsAsAWorkingDay() {
      assertEquals(date("2024-09-29"), working("2024-09-27", 1), "Friday + 1 is the worked Sunday");
      assertEquals(date("2024-09-30"), working("2024-09-27", 2));
    }

    @Test
    void makeUpSaturdayCanBeTheDueDay() {
      // raised Wednesday 9 October: Thursday 10, Friday 11, Saturday 12 (worked)
      assertEquals(date("2024-10-12"), working("2024-10-09", 3));
      // a week of 7 working days from Friday 27 September: 29 Sep, 30 Sep, 8, 9, 10, 11 and 12 Oct
      assertEquals(date("2024-10-12"), working("2024-09-27", 7));
    }

    @Test
    void dayAfterTheMakeUpSaturdayRestsAgain() {
      assertEquals(date("2024-10-14"), working("2024-10-10", 3), "Friday 11, Saturday 12 (worked), Monday 14");
    }
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
}
