package io.propgov.governance.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.GovernancePolicy;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Civil Code art. 203 over random calendars: the last day moves forward, only over rest days, onto a working day. */
class PeriodLastDayProperties {

  private static final LocalDate BASE = LocalDate.of(2024, 9, 1);

  private static WorkCalendar calendar(List<Integer> holidays, List<Integer> worked) {
    Set<LocalDate> off = new HashSet<>();
    holidays.forEach(d -> off.add(BASE.plusDays(d)));
    Set<LocalDate> on = new HashSet<>();
    worked.forEach(d -> on.add(BASE.plusDays(d)));
    on.removeAll(off);
    return new WorkCalendar(off, on);
  }

  @Test
  void theMovedLastDayIsNeverEarlierIsAWorkingDayAndOnlyRestDaysLieBetween() {
    qt().withExamples(1000).forAll(lists().of(integers().between(0, 90)).ofSizeBetween(0, 60),
        lists().of(integers().between(0, 90)).ofSizeBetween(0, 10), integers().between(0, 90))
        .checkAssert((holidays, worked, offset) -> {
          WorkCalendar calendar = calendar(holidays, worked);
          LocalDate nominal = BASE.plusDays(offset);
          LocalDate last = PeriodLastDay.next(calendar, nominal);
          assertFalse(last.isBefore(nominal), nominal + " moved back to " + last);
          assertTrue(calendar.isWorkingDay(last), last + " is not a working day");
          for (LocalDate d = nominal; d.isBefore(last); d = d.plusDays(1)) {
            // The day counted itself, when it moved, and every day strictly between are rest days.
            assertFalse(calendar.isWorkingDay(d), d + " is a working day before " + last);
          }
        });
  }

  @Test
  void thePolicysCalendarIsUsedWhenSetAndItsAbsenceIsAnAssumption() {
    qt().withExamples(300).forAll(lists().of(integers().between(0, 90)).ofSizeBetween(0, 60),
        integers().between(0, 90)).checkAssert((holidays, offset) -> {
          WorkCalendar calendar = calendar(holidays, List.of());
          LocalDate nominal = BASE.plusDays(offset);
          GovernancePolicy with = GovernancePolicy.builder().id("p").jurisdiction("CN").version("1")
              .set(OrgParameters.CALENDAR, BASE, calendar, new Citation("test calendar", "测试日历")).build();
          GovernancePolicy without = GovernancePolicy.builder().id("p").jurisdiction("CN").version("1").build();
          PeriodLastDay set = PeriodLastDay.of(with, nominal);
          assertEquals(PeriodLastDay.next(calendar, nominal), set.lastDay());
          assertTrue(set.policyCalendar());
          assertFalse(set.citation().assumption());
          PeriodLastDay weekdays = PeriodLastDay.of(without, nominal);
          assertEquals(PeriodLastDay.next(WorkCalendar.WEEKDAYS, nominal), weekdays.lastDay());
          assertTrue(weekdays.citation().assumption());
          assertEquals(set.moved(), set.lastDay().isAfter(nominal));
        });
  }

  @Test
  void aYearTheCalendarDoesNotListIsMondayToFridayAndAnAssumptionInBothLanguages() {
    qt().withExamples(300).forAll(integers().between(0, 3 * 366)).checkAssert(offset -> {
      LocalDate nominal = LocalDate.of(2023, 1, 1).plusDays(offset);
      WorkCalendar listed = new WorkCalendar(Set.of(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2)), Set.of(),
          Set.of(2024));
      GovernancePolicy policy = GovernancePolicy.builder().id("p").jurisdiction("CN").version("1")
          .set(OrgParameters.CALENDAR, LocalDate.of(2019, 1, 1), listed, new Citation("test calendar", "测试日历"))
          .build();
      PeriodLastDay day = PeriodLastDay.of(policy, nominal);
      assertEquals(PeriodLastDay.next(listed, nominal), day.lastDay());
      assertTrue(day.policyCalendar());
      boolean inListedYear = nominal.getYear() == 2024 && day.lastDay().getYear() == 2024;
      assertEquals(inListedYear, day.holidaysListed(), nominal + " to " + day.lastDay());
      assertEquals(!inListedYear, day.citation().assumption());
      if (!inListedYear) {
        String year = Integer.toString(nominal.getYear());
        assertTrue(day.citation().en().contains("does not list the public holidays of "), day.citation().en());
        assertTrue(day.citation().en().contains(year) && day.citation().zh().contains(year + "年"), day.citation().zh());
      }
    });
  }

  @Test
  void aLastDayMovedAcrossTheYearNamesBothYears() {
    WorkCalendar listed = new WorkCalendar(Set.of(LocalDate.of(2024, 1, 1)), Set.of(), Set.of(2024));
    GovernancePolicy policy = GovernancePolicy.builder().id("p").jurisdiction("CN").version("1")
        .set(OrgParameters.CALENDAR, LocalDate.of(2019, 1, 1), listed, new Citation("test calendar", "测试日历")).build();
    // Saturday 2023-12-30 moves over Sunday and the listed New Year's Day to Tuesday 2024-01-02.
    PeriodLastDay day = PeriodLastDay.of(policy, LocalDate.of(2023, 12, 30));
    assertEquals(LocalDate.of(2024, 1, 2), day.lastDay());
    assertFalse(day.holidaysListed());
    assertTrue(day.citation().en().contains("every year from 2023 to 2024"), day.citation().en());
    assertTrue(day.citation().zh().contains("2023年至2024年各年"), day.citation().zh());
  }

  @Test
  void onlyAPolicysCalendarListsHolidays() {
    LocalDate day = LocalDate.of(2024, 10, 8);
    assertThrows(IllegalArgumentException.class, () -> new PeriodLastDay(day, day, false, true));
  }

  @Test
  void aCalendarLaidOverAnotherDecidesTheDaysItNamesAndLeavesTheRestToTheOneBelow() {
    qt().withExamples(500).forAll(lists().of(integers().between(0, 90)).ofSizeBetween(0, 30),
        lists().of(integers().between(0, 90)).ofSizeBetween(0, 10),
        lists().of(integers().between(0, 90)).ofSizeBetween(0, 30),
        lists().of(integers().between(0, 90)).ofSizeBetween(0, 10))
        .checkAssert((inheritedOff, inheritedOn, ownOff, ownOn) -> {
          WorkCalendar inherited = calendar(inheritedOff, inheritedOn);
          WorkCalendar plain = calendar(ownOff, ownOn);
          WorkCalendar own = new WorkCalendar(plain.holidays(), plain.makeUpWorkingDays(), Set.of(2024));
          WorkCalendar both = own.over(new WorkCalendar(inherited.holidays(), inherited.makeUpWorkingDays(),
              Set.of(2024)));
          for (int d = 0; d <= 90; d++) {
            LocalDate day = BASE.plusDays(d);
            boolean named = own.holidays().contains(day) || own.makeUpWorkingDays().contains(day);
            assertEquals(named ? own.isWorkingDay(day) : inherited.isWorkingDay(day), both.isWorkingDay(day),
                day.toString());
          }
        });
  }
}
