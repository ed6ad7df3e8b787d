package io.propgov.governance.contract;

import static io.propgov.governance.contract.ContractRulesTests.FROM;
import static io.propgov.governance.contract.ContractRulesTests.SOURCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.propgov.governance.Fixtures;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.org.OrgParameters;
import io.propgov.governance.org.PeriodLastDay;
import io.propgov.governance.org.WorkCalendar;
import io.propgov.governance.policy.GovernancePolicy;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The period to leave and hand over is a period to act in: a last day on a statutory rest day
 * moves to the day after the rest days end (Civil Code art. 203). 30 days counted from the end;
 * the calendar has National Day 2024 off and Saturday 12 October 2024 worked.
 */
class ExitLastDayTests {

  private static final ContractRules WITH_CALENDAR = new ContractRules(withCalendar());
  private static final ContractRules WITHOUT_CALENDAR = new ContractRules(ContractRulesTests.policy());

  /** 30 days after 2024-09-01 is Tuesday 2024-10-01, National Day. */
  private static final LocalDate END = LocalDate.of(2024, 9, 1);
  private static final LocalDate NATIONAL_DAY = LocalDate.of(2024, 10, 1);
  private static final LocalDate AFTER_HOLIDAY = LocalDate.of(2024, 10, 8);

  static GovernancePolicy withCalendar() {
    return withCalendarListing(Set.of());
  }

  /** The policy of {@link #withCalendar()}, its calendar stating the years it lists. */
  static GovernancePolicy withCalendarListing(Set<Integer> years) {
    WorkCalendar calendar = new WorkCalendar(Fixtures.CALENDAR_2024.holidays(),
        Fixtures.CALENDAR_2024.makeUpWorkingDays(), years);
    return Fixtures.cnDefaultWithout().set(OrgParameters.CALENDAR, Fixtures.ORG_FROM, calendar,
            Fixtures.CALENDAR_SOURCE)
        .set(ContractParameters.NON_RENEWAL_NOTICE_DAYS, FROM, 90, SOURCE)
        .set(ContractParameters.OPEN_ENDED_NOTICE_DAYS, FROM, 60, SOURCE)
        .set(ContractParameters.EXIT_DAYS, FROM, 30, SOURCE).build();
  }

  private static Decision<ContractStatus> handedOver(ContractRules rules, LocalDate end, LocalDate on) {
    return rules.judge(ServiceContract.builder().id("C1").estateId("E1").termEnd(end).ownersDecision(end)
        .handedOver(on).build(), on.plusDays(10));
  }

  private static Reason reason(Decision<ContractStatus> d, String rule) {
    return d.reason(rule).orElseThrow();
  }

  @Test
  void aLastDayOnNationalDayMovesHandingOverThenIsInTimeADayLaterIsLate() {
    Decision<ContractStatus> inTime = handedOver(WITH_CALENDAR, END, AFTER_HOLIDAY);
    assertEquals(AFTER_HOLIDAY, inTime.value().exitDeadline());
    assertEquals(ContractState.HANDED_OVER, inTime.value().state());
    assertFalse(inTime.value().feesBarred());
    assertEquals(37, inTime.value().feeDays());
    Reason exit = reason(inTime, ContractRuleIds.EXIT);
    assertEquals(NATIONAL_DAY.toString(), exit.figure("nominalDeadline").orElseThrow().value());
    assertTrue(exit.citation().en().contains("art. 203"), exit.citation().en());
    Reason moved = reason(inTime, ContractRuleIds.EXIT_LAST_DAY);
    assertEquals(Outcome.MET, moved.outcome());
    assertEquals("The last day to leave as counted, 2024-10-01, is a rest day on the policy's calendar of holidays"
        + " and make-up working days: the last day moves to 2024-10-08, the day after the rest days end (7 day(s)"
        + " later)", moved.text(Locale.ENGLISH));
    assertTrue(moved.citation().zh().contains("以法定休假日结束的次日为期间的最后一日"), moved.citation().zh());

    Decision<ContractStatus> late = handedOver(WITH_CALENDAR, END, AFTER_HOLIDAY.plusDays(1));
    assertEquals(ContractState.EXIT_OVERDUE, late.value().state());
    assertEquals(1, late.value().overdueDays());
    assertTrue(late.value().feesBarred());
  }

  @Test
  void aYearTheCalendarDoesNotListStandsOnMondayToFridayFlaggedAndADayLaterIsLate() {
    ContractRules listing2024 = new ContractRules(withCalendarListing(Set.of(2024)));
    LocalDate end2021 = LocalDate.of(2021, 9, 1);
    LocalDate friday = LocalDate.of(2021, 10, 1);
    Decision<ContractStatus> inTime = handedOver(listing2024, end2021, friday);
    assertEquals(friday, inTime.value().exitDeadline());
    Reason stands = reason(inTime, ContractRuleIds.EXIT_LAST_DAY);
    assertEquals(Outcome.NOT_APPLICABLE, stands.outcome());
    assertEquals("CALENDAR_YEAR_NOT_LISTED", stands.figure("calendar").orElseThrow().value());
    assertTrue(stands.citation().assumption());
    assertTrue(stands.citation().en().contains("does not list the public holidays of 2021"), stands.citation().en());
    assertTrue(stands.citation().zh().contains("未列明2021年的法定节假日"), stands.citation().zh());
    assertEquals(1, handedOver(listing2024, end2021, friday.plusDays(1)).value().overdueDays());
    // The same calendar stating no years takes every year as listed: the day stands, not flagged.
    assertFalse(reason(handedOver(WITH_CALENDAR, end2021, friday), ContractRuleIds.EXIT_LAST_DAY).citation()
        .assumption());
  }

  @Test
  void stillThereTheCompanyIsWindingUpOnTheMovedLastDayAndOverdueTheDayAfter() {
    ServiceContract staying = ServiceContract.builder().id("C1").estateId("E1").termEnd(END).ownersDecision(END)
        .build();
    assertEquals(ContractState.WINDING_UP, WITH_CALENDAR.judge(staying, AFTER_HOLIDAY).value().state());
    assertEquals(ContractState.EXIT_OVERDUE, WITH_CALENDAR.judge(staying, AFTER_HOLIDAY.plusDays(1)).value().state());
    Decision<ContractStatus> ending = WITH_CALENDAR.judge(staying, END);
    assertEquals(ContractState.ENDING, ending.value().state());
    assertEquals(AFTER_HOLIDAY, ending.value().exitDeadline());
    assertEquals(Outcome.MET, reason(ending, ContractRuleIds.EXIT_LAST_DAY).outcome());
  }

  @Test
  void aLastDayOnAWorkingDayStands() {
    LocalDate monday = LocalDate.of(2024, 9, 30);
    Decision<ContractStatus> late = handedOver(WITH_CALENDAR, monday.minusDays(30), monday.plusDays(1));
    assertEquals(monday, late.value().exitDeadline());
    assertEquals(ContractState.EXIT_OVERDUE, late.value().state());
    assertEquals(Outcome.NOT_APPLICABLE, reason(late, ContractRuleIds.EXIT_LAST_DAY).outcome());
    assertTrue(reason(late, ContractRuleIds.EXIT).figure("nominalDeadline").isEmpty());
  }

  @Test
  void aMakeUpWorkingSaturdayStandsWithTheCalendarButMovesToMondayWithout() {
    LocalDate saturday = LocalDate.of(2024, 10, 12);
    Decision<ContractStatus> worked = handedOver(WITH_CALENDAR, saturday.minusDays(30), saturday.plusDays(1));
    assertEquals(saturday, worked.value().exitDeadline());
    assertEquals(1, worked.value().overdueDays());
    Decision<ContractStatus> weekdays = handedOver(WITHOUT_CALENDAR, saturday.minusDays(30), saturday.plusDays(2));
    assertEquals(saturday.plusDays(2), weekdays.value().exitDeadline());
    assertEquals(ContractState.HANDED_OVER, weekdays.value().state());
    Reason moved = reason(weekdays, ContractRuleIds.EXIT_LAST_DAY);
    assertEquals(Outcome.MET, moved.outcome());
    assertTrue(moved.citation().assumption());
    assertTrue(moved.text(Locale.SIMPLIFIED_CHINESE).contains("无从得知法定节假日"), moved.text(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void withoutACalendarNationalDayIsNotKnown() {
    Decision<ContractStatus> d = handedOver(WITHOUT_CALENDAR, END, NATIONAL_DAY.plusDays(1));
    assertEquals(NATIONAL_DAY, d.value().exitDeadline());
    assertEquals(ContractState.EXIT_OVERDUE, d.value().state());
    Reason stands = reason(d, ContractRuleIds.EXIT_LAST_DAY);
    assertEquals(Outcome.NOT_APPLICABLE, stands.outcome());
    assertTrue(stands.text(Locale.ENGLISH).contains("public holidays are not known"), stands.text(Locale.ENGLISH));
  }

  @Test
  void anActOnTheMovedLastDayIsInTimeAndOneDayLaterIsLateForAnyEnd() {
    WorkCalendar calendar = Fixtures.CALENDAR_2024;
    qt().withExamples(300).forAll(integers().between(0, 120)).checkAssert(offset -> {
      LocalDate end = LocalDate.of(2024, 8, 1).plusDays(offset);
      LocalDate last = PeriodLastDay.next(calendar, end.plusDays(30));
      assertEquals(ContractState.HANDED_OVER, handedOver(WITH_CALENDAR, end, last).value().state(), "end " + end);
      ContractStatus late = handedOver(WITH_CALENDAR, end, last.plusDays(1)).value();
      assertEquals(ContractState.EXIT_OVERDUE, late.state(), "end " + end);
      assertEquals(1, late.overdueDays());
    });
  }
}
