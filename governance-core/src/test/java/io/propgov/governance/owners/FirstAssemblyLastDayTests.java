package io.propgov.governance.owners;

import static io.propgov.governance.owners.OwnersRulesTests.delivered;
import static io.propgov.governance.owners.OwnersRulesTests.judge;
import static io.propgov.governance.owners.OwnersRulesTests.reason;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.Fixtures;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.org.OrgParameters;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.Threshold;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The first assembly's deadline is a period to act in: a last day on a statutory rest day moves
 * to the day after the rest days end (Civil Code art. 203), with the policy's calendar or, without
 * one, Monday to Friday. 180 days are counted from the day the condition is met.
 */
class FirstAssemblyLastDayTests {

  /** The national rules with National Day 2024 off and Saturday 12 October 2024 worked. */
  static final OwnersRules WITH_CALENDAR = new OwnersRules(OwnersRulesTests.policy(Threshold.moreThan(
      Fraction.of(1, 2))).set(OrgParameters.CALENDAR, Fixtures.ORG_FROM, Fixtures.CALENDAR_2024,
      Fixtures.CALENDAR_SOURCE).build());

  /** 180 days after 2024-04-04 is Tuesday 2024-10-01, National Day. */
  private static final LocalDate MET_ON = LocalDate.of(2024, 4, 4);
  private static final LocalDate NATIONAL_DAY = LocalDate.of(2024, 10, 1);
  private static final LocalDate AFTER_HOLIDAY = LocalDate.of(2024, 10, 8);

  private static Decision<OwnersAssessment> held(OwnersRules rules, LocalDate metOn, LocalDate held) {
    return judge(rules, delivered("6000", metOn).withFirstAssembly(held), held.plusDays(10));
  }

  @Test
  void aLastDayOnNationalDayMovesToTheDayAfterTheHolidayEndsHeldThenIsInTimeADayLaterIsLate() {
    Decision<OwnersAssessment> onTime = held(WITH_CALENDAR, MET_ON, AFTER_HOLIDAY);
    assertEquals(AFTER_HOLIDAY, onTime.value().assemblyDeadline());
    assertEquals(AssemblyStatus.HELD, onTime.value().assembly());
    Reason deadline = reason(onTime, OwnersRuleIds.FIRST_ASSEMBLY_DEADLINE);
    assertEquals(Outcome.MET, deadline.outcome());
    assertEquals(NATIONAL_DAY.toString(), deadline.figure("nominalDeadline").orElseThrow().value());
    assertTrue(deadline.citation().en().contains("art. 203"), deadline.citation().en());
    Reason moved = reason(onTime, OwnersRuleIds.FIRST_ASSEMBLY_LAST_DAY);
    assertEquals(Outcome.MET, moved.outcome());
    assertEquals(NATIONAL_DAY.toString(), moved.figure("nominal").orElseThrow().value());
    assertEquals(AFTER_HOLIDAY.toString(), moved.figure("lastDay").orElseThrow().value());
    assertEquals("7", moved.figure("restDays").orElseThrow().value());
    assertFalse(moved.citation().assumption(), "the policy's calendar tells the holidays");
    assertTrue(moved.citation().zh().contains("第二百零三条"), moved.citation().zh());
    assertEquals("The first assembly's last day as counted, 2024-10-01, is a rest day on the policy's calendar of"
        + " holidays and make-up working days: the last day moves to 2024-10-08, the day after the rest days end"
        + " (7 day(s) later)", moved.text(Locale.ENGLISH));
    assertEquals("首次业主大会期限按日计算的最后一日 2024-10-01 按政策规定的节假日及调休工作日为休假日：以休假日结束的次日 2024-10-08"
        + " 为最后一日（顺延 7 日）", moved.text(Locale.SIMPLIFIED_CHINESE));

    Decision<OwnersAssessment> late = held(WITH_CALENDAR, MET_ON, AFTER_HOLIDAY.plusDays(1));
    assertEquals(AssemblyStatus.HELD_LATE, late.value().assembly());
    assertEquals("1", reason(late, OwnersRuleIds.FIRST_ASSEMBLY_DEADLINE).figure("daysLate").orElseThrow().value());
  }

  @Test
  void notYetHeldItIsDueOnTheMovedLastDayAndOverdueTheDayAfter() {
    assertEquals(AssemblyStatus.DUE, judge(WITH_CALENDAR, delivered("6000", MET_ON), AFTER_HOLIDAY).value()
        .assembly());
    assertEquals(AssemblyStatus.DUE, judge(WITH_CALENDAR, delivered("6000", MET_ON), NATIONAL_DAY.plusDays(3))
        .value().assembly());
    assertEquals(AssemblyStatus.OVERDUE, judge(WITH_CALENDAR, delivered("6000", MET_ON), AFTER_HOLIDAY.plusDays(1))
        .value().assembly());
  }

  @Test
  void aLastDayOnAWorkingDayStands() {
    LocalDate monday = LocalDate.of(2024, 9, 30);
    Decision<OwnersAssessment> d = held(WITH_CALENDAR, monday.minusDays(180), monday.plusDays(1));
    assertEquals(monday, d.value().assemblyDeadline());
    assertEquals(AssemblyStatus.HELD_LATE, d.value().assembly());
    assertEquals(Outcome.NOT_APPLICABLE, reason(d, OwnersRuleIds.FIRST_ASSEMBLY_LAST_DAY).outcome());
    assertTrue(reason(d, OwnersRuleIds.FIRST_ASSEMBLY_DEADLINE).figure("nominalDeadline").isEmpty());
  }

  @Test
  void aMakeUpWorkingSaturdayStandsWithTheCalendarButMovesToMondayWithout() {
    LocalDate saturday = LocalDate.of(2024, 10, 12);
    LocalDate metOn = saturday.minusDays(180);
    Decision<OwnersAssessment> worked = held(WITH_CALENDAR, metOn, saturday.plusDays(1));
    assertEquals(saturday, worked.value().assemblyDeadline());
    assertEquals(AssemblyStatus.HELD_LATE, worked.value().assembly());
    assertEquals(Outcome.NOT_APPLICABLE, reason(worked, OwnersRuleIds.FIRST_ASSEMBLY_LAST_DAY).outcome());

    Decision<OwnersAssessment> weekdays = held(OwnersRulesTests.NATIONAL, metOn, saturday.plusDays(2));
    assertEquals(saturday.plusDays(2), weekdays.value().assemblyDeadline());
    assertEquals(AssemblyStatus.HELD, weekdays.value().assembly());
    Reason moved = reason(weekdays, OwnersRuleIds.FIRST_ASSEMBLY_LAST_DAY);
    assertEquals(Outcome.MET, moved.outcome());
    assertTrue(moved.citation().assumption(), "without a calendar the rest days are a model assumption");
    assertTrue(reason(weekdays, OwnersRuleIds.FIRST_ASSEMBLY_DEADLINE).citation().assumption());
  }

  @Test
  void withoutACalendarNationalDayIsNotKnownAndTheReasonSaysSoInBothLanguages() {
    Decision<OwnersAssessment> d = held(OwnersRulesTests.NATIONAL, MET_ON, NATIONAL_DAY.plusDays(1));
    assertEquals(NATIONAL_DAY, d.value().assemblyDeadline());
    assertEquals(AssemblyStatus.HELD_LATE, d.value().assembly());
    Reason stands = reason(d, OwnersRuleIds.FIRST_ASSEMBLY_LAST_DAY);
    assertEquals(Outcome.NOT_APPLICABLE, stands.outcome());
    assertTrue(stands.citation().assumption());
    assertTrue(stands.text(Locale.ENGLISH).contains("public holidays are not known without one (a model assumption)"),
        stands.text(Locale.ENGLISH));
    assertTrue(stands.text(Locale.SIMPLIFIED_CHINESE).contains("无从得知法定节假日：本模型假设"),
        stands.text(Locale.SIMPLIFIED_CHINESE));
    assertTrue(stands.citation().en().contains("not known without a calendar"), stands.citation().en());
  }

  @Test
  void aLastDayBefore2021MovesUnderTheGeneralPrinciplesOfTheCivilLaw() {
    LocalDate saturday = LocalDate.of(2020, 10, 3);
    Decision<OwnersAssessment> d = held(OwnersRulesTests.NATIONAL, saturday.minusDays(180), saturday.plusDays(2));
    assertEquals(AssemblyStatus.HELD, d.value().assembly());
    Reason moved = reason(d, OwnersRuleIds.FIRST_ASSEMBLY_LAST_DAY);
    assertEquals(Outcome.MET, moved.outcome());
    assertTrue(moved.citation().en().startsWith("General Principles of the Civil Law"), moved.citation().en());
    assertTrue(moved.citation().zh().contains("第一百五十四条第三款"), moved.citation().zh());
    assertFalse(moved.citation().en().contains("art. 203"), moved.citation().en());
    Reason code = reason(held(OwnersRulesTests.NATIONAL, LocalDate.of(2021, 1, 2).minusDays(180),
        LocalDate.of(2021, 1, 4)), OwnersRuleIds.FIRST_ASSEMBLY_LAST_DAY);
    assertTrue(code.citation().en().startsWith("Civil Code (2020, in force from 2021-01-01), art. 203"));
  }

  @Test
  void termsOfOfficeDoNotMove() {
    // Five years after 2019-10-05 is 2024-10-05, a National Day rest day: the term still ends that day.
    LocalDate elected = LocalDate.of(2019, 10, 5);
    EstateOwners facts = OwnersRulesTests.withCommittee(elected, OwnersRulesTests.members(5, 3, 1));
    OwnersAssessment d = judge(WITH_CALENDAR, facts, LocalDate.of(2024, 10, 6)).value();
    assertEquals(LocalDate.of(2024, 10, 5), d.reElectionBy());
    assertEquals(TermStatus.OVERDUE, d.term());
  }
}
