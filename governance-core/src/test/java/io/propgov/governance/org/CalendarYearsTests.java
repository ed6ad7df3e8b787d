package io.propgov.governance.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.Fixtures;
import io.propgov.governance.policy.Citation;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A count of working days over a year the calendar does not list says so; over listed years it says nothing more. */
class CalendarYearsTests {

  private static final Citation SOURCE = new Citation("test rule", "测试规则");
  private static final WorkCalendar LISTS_2024_2025 = new WorkCalendar(Set.of(LocalDate.of(2024, 10, 1)), Set.of(),
      Set.of(2024, 2025));

  @Test
  void daysInListedYearsKeepTheSourceAsItIs() {
    assertSame(SOURCE, CalendarYears.cite(SOURCE, LISTS_2024_2025, LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 3)));
    assertSame(SOURCE, CalendarYears.cite(SOURCE, new WorkCalendar(Set.of(), Set.of()), LocalDate.of(2019, 1, 1),
        LocalDate.of(2031, 1, 1)));
  }

  @Test
  void aDayInAnUnlistedYearNotesTheYearInBothLanguagesAndFlagsAnAssumption() {
    Citation before = CalendarYears.cite(SOURCE, LISTS_2024_2025, LocalDate.of(2023, 12, 29), LocalDate.of(2024, 1, 3));
    assertTrue(before.assumption());
    assertEquals("test rule; working days in 2023 are counted Monday to Friday, as the policy's calendar"
        + " (org.calendar) does not list that year's public holidays (a model assumption)", before.en());
    assertEquals("测试规则；2023年的工作日按周一至周五计算，因政策的工作日历（org.calendar）未列明该年的法定节假日（本模型假设）",
        before.zh());
    Citation after = CalendarYears.cite(SOURCE, LISTS_2024_2025, LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 5));
    assertTrue(after.en().contains("working days in 2026 are counted"), after.en());
    // The days may come in either order.
    assertEquals(after, CalendarYears.cite(SOURCE, LISTS_2024_2025, LocalDate.of(2026, 1, 5), LocalDate.of(2025, 12, 30)));
    assertFalse(CalendarYears.cite(SOURCE, LISTS_2024_2025, LocalDate.of(2025, 12, 30), LocalDate.of(2025, 12, 31))
        .assumption());
  }

  @Test
  void withoutACalendarTheSourceSaysMondayToFridayStoodInInBothLanguagesAndFlagsAnAssumption() {
    Citation none = CalendarYears.cite(SOURCE, Optional.empty(), LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 8));
    assertEquals(CalendarYears.none(SOURCE), none);
    assertTrue(none.assumption());
    assertEquals("test rule; the policy sets no calendar (org.calendar), so Monday to Friday are taken as working days"
        + " and Saturday and Sunday as rest days: public holidays and make-up working days are not known without a"
        + " calendar (a model assumption)", none.en());
    assertEquals("测试规则；政策未规定工作日历（org.calendar），故以周一至周五为工作日、周六和周日为休假日："
        + "没有工作日历，法定节假日与调休上班日无从得知（本模型假设）", none.zh());
    // With a calendar, the Optional form is the plain one.
    assertSame(SOURCE, CalendarYears.cite(SOURCE, Optional.of(LISTS_2024_2025), LocalDate.of(2024, 9, 30),
        LocalDate.of(2024, 10, 8)));
  }

  @Test
  void theCalendarInForceIsThePolicysOnThatDayOrNone() {
    assertEquals(Fixtures.CALENDAR_2024, CalendarYears.inForce(
        Fixtures.CN_DEFAULT_WITH_ORG, LocalDate.of(2024, 10, 1)).orElseThrow().value());
    assertTrue(CalendarYears.inForce(Fixtures.CN_DEFAULT_WITH_ORG,
        Fixtures.ORG_FROM.minusDays(1)).isEmpty());
    assertTrue(CalendarYears.inForce(Fixtures.CN_DEFAULT, LocalDate.of(2024, 10, 1)).isEmpty());
  }

  @Test
  void theCalendarFigureSaysHowTheWorkingDaysWereKnown() {
    assertEquals("POLICY_CALENDAR", CalendarYears.figure(Optional.of(LISTS_2024_2025), LocalDate.of(2024, 12, 30),
        LocalDate.of(2025, 1, 3)).value());
    assertEquals("CALENDAR_YEAR_NOT_LISTED", CalendarYears.figure(Optional.of(LISTS_2024_2025),
        LocalDate.of(2026, 1, 5), LocalDate.of(2025, 12, 30)).value());
    assertEquals("WEEKDAYS_HOLIDAYS_UNKNOWN", CalendarYears.figure(Optional.empty(), LocalDate.of(2024, 12, 30),
        LocalDate.of(2025, 1, 3)).value());
  }
}
