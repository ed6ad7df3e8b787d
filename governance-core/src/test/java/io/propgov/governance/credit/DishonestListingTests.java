package io.propgov.governance.credit;

import io.propgov.governance.area.Valid;
import static io.propgov.governance.credit.CreditFixtures.YANTAI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.WholeFixtures;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.validation.FactsConstraints;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The dishonest-debtor list: SPC provisions on publishing the list of dishonest judgment debtors (2017), arts. 1, 2, 10. */
class DishonestListingTests {

  private static final ArrearsRules RULES = GovernanceEngine.create(YANTAI).arrears();
  private static final LocalDate LISTED = LocalDate.parse("2022-06-01");

  static StepTaken listing(int ground, Integer extendedYears) {
    return new StepTaken(ArrearsAction.DISHONEST_DEBTOR_LIST, LISTED, null, null, ground, extendedYears);
  }

  static Household owing(StepTaken listing) {
    return new Household("H1", "", ArrearsRulesTests.months("2022-01", 2), List.of(listing), List.of(), true);
  }

  static Household paid(StepTaken listing, String paidOn) {
    return new Household("H1", "", List.of(), List.of(listing), List.of(), true,
        List.of(new Payment(LocalDate.parse(paidOn), new BigDecimal("300.00"))), List.of());
  }

  static ArrearsAssessment on(Household h, String asOf) {
    return RULES.assess(h, LocalDate.parse(asOf)).value();
  }

  @Nested
  class GroundOneHasNoFixedTerm {

    @Test
    void anUnpaidDebtorAbleToPayIsStillListedTheDayTwentyFourMonthsRunOutAndAfter() {
      for (String asOf : List.of("2024-05-31", "2024-06-01", "2026-12-31")) {
        ArrearsAssessment a = on(owing(listing(1, null)), asOf);
        assertTrue(a.dishonestDebtor(), asOf);
        assertNull(a.dishonestDebtorUntil(), asOf);
        assertEquals(Boolean.FALSE, a.committeeEligible(), asOf);
      }
    }

    @Test
    void theExplanationSaysThereIsNoFixedTermAndCitesArticleTwo() {
      Decision<ArrearsAssessment> d = RULES.assess(owing(listing(1, null)), LocalDate.parse("2024-12-31"));
      assertEquals(Outcome.NOT_APPLICABLE, d.reason("arrears.dishonest-term").orElseThrow().outcome());
      assertTrue(d.reason("arrears.dishonest-term").orElseThrow().citation().en().contains("art. 2"));
      assertTrue(d.render(Locale.ENGLISH).contains("no fixed term, listed until it pays"), d.render(Locale.ENGLISH));
      assertTrue(d.render(Locale.SIMPLIFIED_CHINESE).contains("无固定期限"));
    }
  }

  @Nested
  class GroundsTwoToSixRunTheirTerm {

    @Test
    void groundTwoIsListedTheDayBeforeTwentyFourMonthsRunOutAndNotOnTheDay() {
      assertTrue(on(owing(listing(2, null)), "2024-05-31").dishonestDebtor());
      assertEquals(LocalDate.parse("2024-06-01"), on(owing(listing(2, null)), "2024-05-31").dishonestDebtorUntil());
      assertFalse(on(owing(listing(2, null)), "2024-06-01").dishonestDebtor());
    }

    @Test
    void anExtensionByTheCourtAddsItsYears() {
      assertTrue(on(owing(listing(5, 2)), "2026-05-31").dishonestDebtor());
      assertFalse(on(owing(listing(5, 2)), "2026-06-01").dishonestDebtor());
    }
  }

  @Nested
  class RemovalWithinThreeWorkingDaysOfPayment {

    @Test
    void paidOnAMondayTheHouseholdIsListedThroughWednesdayAndOffOnThursday() {
      // 2024-12-02 is a Monday: Tuesday, Wednesday, Thursday are the three working days after.
      assertTrue(on(paid(listing(1, null), "2024-12-02"), "2024-12-04").dishonestDebtor());
      assertEquals(LocalDate.parse("2024-12-05"), on(paid(listing(1, null), "2024-12-02"), "2024-12-04")
          .dishonestDebtorUntil());
      assertFalse(on(paid(listing(1, null), "2024-12-02"), "2024-12-05").dishonestDebtor());
    }

    @Test
    void paidOnAFridayTheWeekendDoesNotCount() {
      assertTrue(on(paid(listing(1, null), "2024-12-06"), "2024-12-10").dishonestDebtor());
      assertFalse(on(paid(listing(1, null), "2024-12-06"), "2024-12-11").dishonestDebtor());
    }

    @Test
    void thePolicysCalendarSkipsNationalDayAndCountsItsMakeUpDays() {
      ArrearsRules withCalendar = GovernanceEngine.create(WholeFixtures.ALL_AREAS).arrears();
      // Paid Sunday 2024-09-29 (a make-up working day): 30 September, then 8 and 9 October after the holiday.
      Household h = paid(listing(1, null), "2024-09-29");
      assertTrue(withCalendar.assess(h, LocalDate.parse("2024-10-08")).value().dishonestDebtor());
      Decision<ArrearsAssessment> d = withCalendar.assess(h, LocalDate.parse("2024-10-09"));
      assertFalse(d.value().dishonestDebtor());
      assertTrue(d.render(Locale.ENGLISH).contains("policy's calendar"), d.render(Locale.ENGLISH));
      // Without a calendar, Monday to Friday: 30 September, 1 and 2 October; the source says holidays are unknown.
      assertFalse(on(h, "2024-10-02").dishonestDebtor());
      assertTrue(on(h, "2024-10-01").dishonestDebtor());
    }

    @Test
    void withoutACalendarTheRemovalsSourceSaysHolidaysAreUnknownAndIsAnAssumption() {
      Reason removal = RULES.assess(paid(listing(1, null), "2024-09-29"),
          LocalDate.parse("2024-10-02")).reason("arrears.dishonest-removal")
          .orElseThrow();
      assertTrue(removal.citation().assumption());
      assertTrue(removal.citation().en().endsWith("public holidays and make-up working days are not known without a"
          + " calendar (a model assumption)"), removal.citation().en());
      assertTrue(removal.citation().zh().endsWith("没有工作日历，法定节假日与调休上班日无从得知（本模型假设）"),
          removal.citation().zh());
      assertEquals("WEEKDAYS_HOLIDAYS_UNKNOWN", removal.figure("calendar").orElseThrow().value());
      Reason withCalendar = GovernanceEngine.create(WholeFixtures.ALL_AREAS).arrears()
          .assess(paid(listing(1, null), "2024-09-29"), LocalDate.parse("2024-10-09"))
          .reason("arrears.dishonest-removal").orElseThrow();
      assertEquals("POLICY_CALENDAR", withCalendar.figure("calendar").orElseThrow().value());
      assertFalse(withCalendar.citation().assumption());
    }

    @Test
    void aPaymentRemovesAFixedTermListingBeforeItsTermEnds() {
      ArrearsAssessment a = on(paid(listing(2, null), "2023-03-01"), "2023-03-03");
      assertTrue(a.dishonestDebtor());
      assertEquals(LocalDate.parse("2023-03-06"), a.dishonestDebtorUntil());
    }

    @Test
    void aPaymentAfterTheAsOfDateIsNotYetKnown() {
      Household h = new Household("H1", "", ArrearsRulesTests.months("2022-01", 2), List.of(listing(1, null)),
          List.of(), false, List.of(new Payment(LocalDate.parse("2025-01-06"), new BigDecimal("100.00"))), List.of());
      Decision<ArrearsAssessment> d = RULES.assess(h, LocalDate.parse("2024-12-31"));
      assertTrue(d.value().dishonestDebtor());
      assertEquals(Outcome.NOT_APPLICABLE, d.reason("arrears.dishonest-removal").orElseThrow().outcome());
    }
  }

  @Nested
  class Facts {

    @Test
    void aListingWithoutItsGroundIsAnErrorNamingTheField() {
      Household h = owing(new StepTaken(ArrearsAction.DISHONEST_DEBTOR_LIST, LISTED));
      List<InputError> errors = Valid.errors(RULES.validate(h, "/households/0", LocalDate.parse("2024-12-31")));
      assertEquals(List.of("/households/0/steps/0/ground"), errors.stream().map(InputError::pointer).toList());
      assertTrue(errors.get(0).message().contains("1 to 6"), errors.get(0).message());
      assertThrows(InvalidFactsException.class, () -> RULES.assess(h, LocalDate.parse("2024-12-31")));
    }

    @Test
    void aGroundOnAnotherStepAndAnExtensionOfGroundOneAreErrors() {
      Household h = new Household("H1", "", ArrearsRulesTests.months("2022-01", 1), List.of(
          new StepTaken(ArrearsAction.REMINDER, LocalDate.parse("2022-03-01"), true, null, 1, null),
          new StepTaken(ArrearsAction.DISHONEST_DEBTOR_LIST, LISTED, null, null, 1, 2)), List.of(), false);
      assertEquals(List.of("/steps/0/ground", "/steps/1/extendedYears"),
          Valid.errors(RULES.validate(h, "", LocalDate.parse("2024-12-31"))).stream().map(InputError::pointer)
              .toList());
    }

    @Test
    void aGroundOutsideOneToSixIsRejectedWhenBuilt() {
      assertEquals(List.of("maximum"), codes(FactsConstraints.fast().check(listing(7, null), "")));
      assertEquals(List.of("maximum"), codes(FactsConstraints.fast().check(listing(2, 4), "")));
    }

    private static List<String> codes(List<InputError> errors) {
      return errors.stream().map(InputError::code).toList();
    }
  }
}
