package io.propgov.governance.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
          assertEquals(PeriodLastDay.next(PeriodLastDay.WEEKDAYS, nominal), weekdays.lastDay());
          assertTrue(weekdays.citation().assumption());
          assertEquals(set.moved(), set.lastDay().isAfter(nominal));
        });
  }
}
