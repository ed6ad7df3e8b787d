package io.propgov.governance.credit;

import static io.propgov.governance.credit.CreditFixtures.YANTAI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ArrearsRulesTests {

  private static final ArrearsRules RULES = GovernanceEngine.create(YANTAI).arrears();
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  static List<MonthlyArrears> months(String from, int count) {
    List<MonthlyArrears> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      list.add(new MonthlyArrears(YearMonth.parse(from).plusMonths(i), new BigDecimal("150.00")));
    }
    return list;
  }

  static Household household(List<MonthlyArrears> arrears, List<StepTaken> steps, List<ArrearsAction> planned,
      boolean candidate) {
    return new Household("H1", "Building 3, 2-101", arrears, steps, planned, candidate);
  }

  static StepTaken step(ArrearsAction action, String date) {
    return new StepTaken(action, LocalDate.parse(date));
  }

  @Test
  void theFirstStepIsAReminderTheDayAfterTheOldestMonthFellDue() {
    Decision<ArrearsAssessment> d = RULES.assess(household(months("2024-09", 3), List.of(), List.of(), false), AS_OF);

    assertEquals(ArrearsAction.REMINDER, d.value().nextStep());
    assertEquals(LocalDate.of(2024, 10, 1), d.value().nextStepFrom());
    assertEquals(new BigDecimal("450.00"), d.value().claimable());
  }

  @Test
  void eachStepWaitsForTheOneBefore() {
    Decision<ArrearsAssessment> d = RULES.assess(household(months("2024-01", 6),
        List.of(step(ArrearsAction.REMINDER, "2024-03-01")), List.of(ArrearsAction.PUBLIC_NOTICE), false), AS_OF);

    assertEquals(ArrearsAction.PUBLIC_NOTICE, d.value().nextStep());
    assertEquals(LocalDate.of(2024, 3, 31), d.value().nextStepFrom());
    assertEquals(List.of(), d.value().rejectedActions());
  }

  @Test
  void aMonthUnclaimedForThreeYearsIsTimeBarredTheDayAfter() {
    Household h = household(months("2021-11", 2), List.of(), List.of(), false);

    // November 2021 fell due on 2021-11-30: claimable through 2024-11-30, barred from 2024-12-01
    assertEquals(List.of(), RULES.assess(h, LocalDate.of(2024, 11, 30)).value().timeBarred());
    Decision<ArrearsAssessment> d = RULES.assess(h, LocalDate.of(2024, 12, 1));
    assertEquals(List.of(YearMonth.of(2021, 11)), d.value().timeBarred());
    assertEquals(new BigDecimal("150.00"), d.value().claimable());
    assertEquals(new BigDecimal("300.00"), d.value().outstanding());
  }

  @Test
  void aReminderShownToHaveReachedTheDebtorInterruptsTheLimitationPeriod() {
    Household h = household(months("2021-01", 1), List.of(new StepTaken(ArrearsAction.REMINDER,
        LocalDate.parse("2022-06-01"), true, null, null, null)), List.of(), false);

    Decision<ArrearsAssessment> d = RULES.assess(h, AS_OF);
    assertEquals(List.of(), d.value().timeBarred());
    assertEquals("2025-06-02", figure(d, "arrears.limitation", "barredFrom"));
    assertEquals(Outcome.MET, d.reason("arrears.interruption").orElseThrow().outcome());
  }

  private static String figure(Decision<ArrearsAssessment> d, String rule, String name) {
    return d.reason(rule).orElseThrow().figures().stream().filter(f -> f.name().equals(name)).findFirst()
        .orElseThrow().value();
  }

  @Test
  void cuttingTheWaterIsRejectedCitingTheCivilCode() {
    Decision<ArrearsAssessment> d = RULES.assess(household(months("2024-01", 3), List.of(),
        List.of(ArrearsAction.CUT_WATER, ArrearsAction.REMINDER), false), AS_OF);

    assertEquals(List.of(ArrearsAction.CUT_WATER), d.value().rejectedActions());
    assertEquals(Outcome.NOT_MET, d.reason("arrears.forbidden-action").orElseThrow().outcome());
    assertTrue(d.reason("arrears.forbidden-action").orElseThrow().citation().en().contains("944"));
    assertTrue(d.render(Locale.SIMPLIFIED_CHINESE).contains("停水"));
  }

  @Test
  void aListedDishonestDebtorMayNotStandForTheCommittee() {
    List<StepTaken> steps = List.of(step(ArrearsAction.REMINDER, "2022-02-01"),
        step(ArrearsAction.PUBLIC_NOTICE, "2022-03-15"), step(ArrearsAction.MEDIATION, "2022-04-15"),
        step(ArrearsAction.LAWSUIT, "2022-06-01"), step(ArrearsAction.JUDGMENT, "2022-10-01"),
        step(ArrearsAction.CONSUMPTION_RESTRICTION, "2023-01-10"),
        new StepTaken(ArrearsAction.DISHONEST_DEBTOR_LIST, LocalDate.parse("2023-06-01"), null, null, 2, null));
    Decision<ArrearsAssessment> d = RULES.assess(household(months("2022-01", 2), steps, List.of(), true), AS_OF);

    assertTrue(d.value().dishonestDebtor());
    assertEquals(LocalDate.of(2025, 6, 1), d.value().dishonestDebtorUntil());
    assertEquals(Boolean.FALSE, d.value().committeeEligible());
    assertNull(d.value().nextStep());
    assertFalse(RULES.assess(household(months("2022-01", 2), steps, List.of(), true), LocalDate.of(2025, 6, 1))
        .value().dishonestDebtor());
  }
}
