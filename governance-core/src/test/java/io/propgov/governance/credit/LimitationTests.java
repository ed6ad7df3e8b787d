package io.propgov.governance.credit;

import io.propgov.governance.area.Valid;
import static io.propgov.governance.credit.CreditFixtures.YANTAI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Limitation of fee claims: Civil Code arts. 188, 193, 195; after judgment, the enforcement period. */
class LimitationTests {

  private static final ArrearsRules RULES = GovernanceEngine.create(YANTAI).arrears();
  /** January 2021 falls due on 2021-01-31: with nothing to interrupt it, barred from 2024-02-01. */
  private static final List<MonthlyArrears> JANUARY_2021 = ArrearsRulesTests.months("2021-01", 1);

  static StepTaken step(ArrearsAction action, String date, Boolean reached, String endedOn) {
    return new StepTaken(action, LocalDate.parse(date), reached, endedOn == null ? null : LocalDate.parse(endedOn),
        null, null);
  }

  static Household withSteps(StepTaken... steps) {
    return new Household("H1", "", JANUARY_2021, List.of(steps), List.of(), false);
  }

  static boolean barred(Household h, String asOf) {
    return RULES.assess(h, LocalDate.parse(asOf)).value().timeBarred().contains(YearMonth.of(2021, 1));
  }

  static String figure(Reason r, String name) {
    return r.figures().stream().filter(f -> f.name().equals(name)).map(Figure::value).findFirst().orElseThrow();
  }

  @Nested
  class Demands {

    @Test
    void withNothingToInterruptItTheClaimIsBarredTheDayAfterThreeYears() {
      assertFalse(barred(withSteps(), "2024-01-31"));
      assertTrue(barred(withSteps(), "2024-02-01"));
    }

    @Test
    void aDeliveredReminderRunsThePeriodAnewFromItsDay() {
      Household h = withSteps(step(ArrearsAction.REMINDER, "2022-06-01", true, null));
      assertFalse(barred(h, "2025-06-01"));
      assertTrue(barred(h, "2025-06-02"));
    }

    @Test
    void aNoticePostedInTheEstateDoesNotInterruptUnlessShownToHaveReachedTheDebtor() {
      Household posted = withSteps(step(ArrearsAction.PUBLIC_NOTICE, "2022-06-01", null, null));
      assertTrue(barred(posted, "2024-02-01"));
      Decision<ArrearsAssessment> d = RULES.assess(posted, LocalDate.parse("2024-02-01"));
      assertEquals(Outcome.NOT_MET, d.reason("arrears.interruption").orElseThrow().outcome());
      assertTrue(d.render(Locale.ENGLISH).contains("not shown to have reached the debtor"));
      Household shown = withSteps(step(ArrearsAction.PUBLIC_NOTICE, "2022-06-01", true, null));
      assertFalse(barred(shown, "2024-02-01"));
      assertTrue(barred(withSteps(step(ArrearsAction.PUBLIC_NOTICE, "2022-06-01", false, null)), "2024-02-01"));
    }

    @Test
    void aDemandAfterThePeriodRanOutDoesNotReviveIt() {
      assertTrue(barred(withSteps(step(ArrearsAction.REMINDER, "2024-02-01", true, null)), "2024-12-31"));
      assertFalse(barred(withSteps(step(ArrearsAction.REMINDER, "2024-01-31", true, null)), "2024-12-31"));
    }

    @Test
    void everyDeliveredDemandWithinThePeriodRestartsItAndAnUndeliveredOneNeverDoes() {
      LocalDate due = LocalDate.parse("2021-01-31");
      qt().withExamples(200).forAll(integers().between(1, 1095), booleans().all()).checkAssert((day, delivered) -> {
        LocalDate on = due.plusDays(day);
        Household h = withSteps(new StepTaken(ArrearsAction.REMINDER, on, delivered, null, null, null));
        Reason r = RULES.assess(h, due.plusYears(10)).reason("arrears.limitation").orElseThrow();
        LocalDate expected = delivered ? on.plusYears(3).plusDays(1) : due.plusYears(3).plusDays(1);
        assertEquals(expected.toString(), figure(r, "barredFrom"));
        assertEquals(Outcome.NOT_MET, r.outcome());
      });
    }
  }

  @Nested
  class TheDebtorAgreeing {

    @Test
    void aPartPaymentRestartsThePeriodFromItsDay() {
      Household h = new Household("H1", "", JANUARY_2021, List.of(), List.of(), false,
          List.of(new Payment(LocalDate.parse("2023-05-01"), new BigDecimal("20.00"))), List.of());
      assertFalse(barred(h, "2026-05-01"));
      assertTrue(barred(h, "2026-05-02"));
      Reason r = RULES.assess(h, LocalDate.parse("2026-05-01")).reason("arrears.limitation").orElseThrow();
      assertEquals("PAYMENT", figure(r, "interruption"));
    }

    @Test
    void anAgreementToPayRestartsThePeriodFromItsDay() {
      Household h = new Household("H1", "", JANUARY_2021, List.of(), List.of(), false, List.of(),
          List.of(LocalDate.parse("2023-05-01")));
      assertFalse(barred(h, "2026-05-01"));
      assertTrue(barred(h, "2026-05-02"));
    }
  }

  @Nested
  class Proceedings {

    @Test
    void aPendingLawsuitKeepsTheClaimFromBeingBarred() {
      Household h = withSteps(step(ArrearsAction.LAWSUIT, "2022-06-01", null, null));
      assertFalse(barred(h, "2030-01-01"));
      Reason r = RULES.assess(h, LocalDate.parse("2030-01-01")).reason("arrears.limitation").orElseThrow();
      assertEquals(Outcome.NOT_APPLICABLE, r.outcome());
      assertEquals("2022-06-01", figure(r, "pendingSince"));
    }

    @Test
    void aLawsuitThatEndedWithoutJudgmentRunsThePeriodAnewFromItsEndNotFromItsFiling() {
      Household h = withSteps(step(ArrearsAction.LAWSUIT, "2022-06-01", null, "2023-03-01"));
      assertFalse(barred(h, "2025-06-02"), "not from the filing");
      assertFalse(barred(h, "2026-03-01"));
      assertTrue(barred(h, "2026-03-02"));
    }

    @Test
    void aJudgmentStartsTheTwoYearEnforcementPeriod() {
      Household h = withSteps(step(ArrearsAction.LAWSUIT, "2022-06-01", null, null),
          step(ArrearsAction.JUDGMENT, "2022-10-01", null, null));
      assertFalse(barred(h, "2024-10-01"));
      assertTrue(barred(h, "2024-10-02"));
      Reason r = RULES.assess(h, LocalDate.parse("2024-10-02")).reason("arrears.limitation").orElseThrow();
      assertEquals("ENFORCEMENT_PERIOD", figure(r, "period"));
      assertEquals("2", figure(r, "years"));
    }

    @Test
    void enforcementAfterJudgmentIsPendingProceedings() {
      Household h = withSteps(step(ArrearsAction.LAWSUIT, "2022-06-01", null, null),
          step(ArrearsAction.JUDGMENT, "2022-10-01", null, null),
          step(ArrearsAction.CONSUMPTION_RESTRICTION, "2023-01-10", null, null));
      assertFalse(barred(h, "2030-01-01"));
    }

    @Test
    void aLawsuitFiledAfterThePeriodRanOutDoesNotInterruptIt() {
      assertTrue(barred(withSteps(step(ArrearsAction.LAWSUIT, "2024-03-01", null, null)), "2024-12-31"));
    }

    @Test
    void aLawsuitFiledBeforeAMonthFellDueDoesNotCoverIt() {
      Household h = new Household("H1", "", ArrearsRulesTests.months("2021-07", 1),
          List.of(step(ArrearsAction.LAWSUIT, "2021-06-01", null, null)), List.of(), false);
      assertTrue(RULES.assess(h, LocalDate.parse("2024-08-01")).value().timeBarred().contains(YearMonth.of(2021, 7)));
    }

    @Test
    void proceedingsEndingBeforeTheyBeganAreAnError() {
      Household h = withSteps(step(ArrearsAction.LAWSUIT, "2022-06-01", null, "2022-05-01"));
      assertEquals(List.of("/steps/0/endedOn"), Valid.errors(RULES.validate(h, "", LocalDate.parse("2024-12-31")))
          .stream().map(InputError::pointer).toList());
    }
  }

  @Test
  void aMonthPastItsPeriodIsTimeBarredOnlyIfTheOwnerRaisesIt() {
    Decision<ArrearsAssessment> d = RULES.assess(withSteps(), LocalDate.parse("2024-02-01"));
    String en = d.render(Locale.ENGLISH);
    String zh = d.render(Locale.SIMPLIFIED_CHINESE);
    assertTrue(en.contains("time-barred if the owner raises it"), en);
    assertTrue(en.contains("art. 193"), en);
    assertTrue(zh.contains("业主提出抗辩的，可不履行"), zh);
    assertFalse(en.toLowerCase(Locale.ROOT).contains("not claimable"), en);
  }
}
