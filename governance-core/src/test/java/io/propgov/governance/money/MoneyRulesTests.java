package io.propgov.governance.money;

import static io.propgov.governance.money.MoneyFixtures.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.Fixtures;
import io.propgov.governance.area.Valid;
import io.propgov.governance.error.InputError;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.policy.Fraction;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MoneyRulesTests {

  private static final MoneyRules RULES = new MoneyRules(MoneyFixtures.POLICY);
  private static final LocalDate DUE = LocalDate.of(2025, 1, 30);

  private static Decision<MoneyAssessment> decide(EstateMoney money, LocalDate asOf) {
    return RULES.decide(Valid.orThrow(RULES.validate(money, "", asOf)), asOf);
  }

  private static List<InputError> errors(EstateMoney money, LocalDate asOf) {
    return Valid.errors(RULES.validate(money, "/money/0", asOf));
  }

  @Test
  void aDisclosureDueTodayIsPendingAndOneDueYesterdayIsMissing() {
    MoneyAssessment.Due today = MoneyRules.status("X", DUE.minusYears(1), DUE, DUE, null, DUE);
    assertEquals(DisclosureState.PENDING, today.state());
    MoneyAssessment.Due yesterday = MoneyRules.status("X", DUE.minusYears(1), DUE, DUE, null, DUE.plusDays(1));
    assertEquals(DisclosureState.MISSING, yesterday.state());
    assertEquals(1, yesterday.daysLate());
    assertEquals(DisclosureState.ON_TIME, MoneyRules.status("X", DUE, DUE, DUE, DUE, DUE.plusDays(9)).state());
    MoneyAssessment.Due late = MoneyRules.status("X", DUE, DUE, DUE, DUE.plusDays(1), DUE.plusDays(9));
    assertEquals(DisclosureState.LATE, late.state());
    assertEquals(1, late.daysLate());
  }

  @Test
  void periodsAreCalendarQuartersHalfYearsAndYears() {
    LocalDate may = LocalDate.of(2024, 5, 10);
    assertEquals(LocalDate.of(2024, 4, 1), Frequency.QUARTERLY.start(may));
    assertEquals(LocalDate.of(2024, 6, 30), Frequency.QUARTERLY.end(may));
    assertEquals(LocalDate.of(2024, 1, 1), Frequency.HALF_YEARLY.start(may));
    assertEquals(LocalDate.of(2024, 6, 30), Frequency.HALF_YEARLY.end(may));
    assertEquals(LocalDate.of(2024, 12, 31), Frequency.YEARLY.end(may));
    assertEquals(LocalDate.of(2024, 2, 29), Frequency.QUARTERLY.end(LocalDate.of(2024, 1, 1)).minusMonths(1));
  }

  @Test
  void theSamplesRecordEveryStateAndProposeACreditEventForEachMissingItem() {
    Decision<MoneyAssessment> d = MoneySamples.decide(RULES, MoneySamples.disclosures(), Map.of());
    MoneyAssessment a = d.value();
    assertEquals(List.of(DisclosureState.ON_TIME, DisclosureState.PENDING), a.disclosures().stream()
        .filter(x -> x.periodEnd().getMonthValue() == 12 && !x.item().equals("QUARTERLY_REPORT"))
        .map(MoneyAssessment.Due::state).toList());
    List<DisclosureState> quarters = a.disclosures().stream().filter(x -> x.item().equals("QUARTERLY_REPORT"))
        .map(MoneyAssessment.Due::state).toList();
    assertEquals(List.of(DisclosureState.ON_TIME, DisclosureState.LATE, DisclosureState.MISSING,
        DisclosureState.MISSING), quarters);
    assertEquals(2, a.creditEvents().size());
    assertEquals("complaint-upheld", a.creditEvents().get(0).code());
    assertEquals(LocalDate.of(2024, 10, 16), a.creditEvents().get(0).date());
    assertEquals(3, a.findings());
    assertEquals(4, a.record().size());
    assertTrue(d.render(Locale.ENGLISH).contains("Quarterly report for 2024-07-01 to 2024-09-30: due 2024-10-15,"
        + " missing, 107 day(s) after the due date"), d.render(Locale.ENGLISH));
  }

  @Test
  void noCreditEventWithoutAPolicyCodeOrACompany() {
    MoneyRules quiet = new MoneyRules(MoneyFixtures.policy(Fraction.of(5, 100), false, null));
    assertTrue(MoneySamples.decide(quiet, MoneySamples.disclosures(), Map.of()).value().creditEvents().isEmpty());
    EstateMoney anonymous = MoneySamples.disclosures().withCompanyId(null);
    assertTrue(MoneySamples.decide(RULES, anonymous, Map.of()).value().creditEvents().isEmpty());
  }

  @Test
  void aFeeAtItsStandardPassesAndOneFenAboveIsAFinding() {
    MoneyAssessment a = MoneySamples.decide(new MoneyRules(MoneyFixtures.policy(Fraction.of(8, 100), true, null)),
        MoneySamples.fees(), Map.of()).value();
    assertEquals(List.of(FeeFindingKind.ABOVE_STANDARD, FeeFindingKind.UNPUBLISHED, FeeFindingKind.UNEQUAL),
        a.feeFindings().stream().map(MoneyAssessment.FeeFinding::kind).toList());
    MoneyAssessment.FeeFinding unequal = a.feeFindings().get(2);
    assertEquals(List.of("K1", "K2", "level-2"), List.of(unequal.companyId(), unequal.otherCompanyId(), unequal.tier()));
    assertEquals(0, unequal.amount().compareTo(cny("0.75")));
    assertEquals(0, unequal.standard().compareTo(cny("0.70")));
    MoneyAssessment national = MoneySamples.decide(RULES, MoneySamples.fees(), Map.of()).value();
    assertFalse(national.feeFindings().stream().anyMatch(f -> f.kind() == FeeFindingKind.UNEQUAL));
  }

  @Test
  void theFirstDepositAndTheTopUpLineAreComparedToTheFen() {
    MoneyAssessment a = MoneySamples.decide(RULES, MoneySamples.fund(), MoneySamples.votes(MoneyFixtures.POLICY))
        .value();
    MoneyAssessment.Deposit paid = a.deposits().get(0);
    assertEquals(cny("10000.00"), paid.due());
    assertEquals(cny("3000.00"), paid.topUpLine());
    assertFalse(paid.topUpDue(), "exactly at 30% is not below it");
    MoneyAssessment.Deposit short1 = a.deposits().get(1);
    assertEquals(cny("3000.00"), short1.topUpLine(), "30% of 9,999.997 rounds to 3,000.00");
    assertTrue(short1.topUpDue());
    assertEquals(cny("3000.00"), a.deposits().get(2).topUpLine(), "without a deposit paid, 30% of the one due");
  }

  @Test
  void eachUseNeedsTheVoteInForceOnItsDateOrEveryEmergencyStep() {
    MoneyAssessment a = MoneySamples.decide(RULES, MoneySamples.fund(), MoneySamples.votes(MoneyFixtures.POLICY))
        .value();
    assertEquals(List.of(false, true, false, false, false, false, true, false),
        a.fundUses().stream().map(MoneyAssessment.FundUseCheck::approved).toList());
    assertTrue(a.fundUses().get(0).special(), "using the fund was special before 2021");
    assertFalse(a.fundUses().get(1).special(), "and ordinary from 2021");
    assertEquals(List.of("APPROVE_AND_FILE", "TRANSFER"), a.fundUses().get(7).missingSteps());
  }

  @Test
  void costAboveTheCapIsCutBackToTheFenInTheOwnersFavour() {
    MoneyAssessment a = MoneySamples.decide(RULES, MoneySamples.incomes(), Map.of()).value();
    assertEquals(List.of(cny("7000.00"), cny("7000.00"), cny("233.34"), cny("0.00")),
        a.commonIncome().stream().map(MoneyAssessment.OwnersIncome::ownersShare).toList());
    assertEquals(List.of(false, true, true, false), a.commonIncome().stream()
        .map(MoneyAssessment.OwnersIncome::costOverCap).toList());
  }

  @Test
  void breakingEvenIsIncomeAtLeastCost() {
    List<Decision<?>> samples = MoneySamples.all();
    Reason even = samples.get(3).reason(MoneyRuleIds.BREAK_EVEN).orElseThrow();
    Reason shortOne = samples.get(4).reason(MoneyRuleIds.BREAK_EVEN).orElseThrow();
    assertEquals(Outcome.MET, even.outcome());
    assertEquals(Outcome.NOT_MET, shortOne.outcome());
  }

  @Test
  void whatThePolicyDoesNotDefineIsAnInputErrorAtItsPointer() {
    EstateMoney bad = new EstateMoney("E", null, LocalDate.of(2024, 1, 1),
        List.of(new Disclosure("NOPE", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), null)),
        List.of(new FeeLine(null, "service", null, null, null)),
        new MaintenanceFund(cny("2000"), List.of(), List.of(
            new FundUse("U1", LocalDate.of(2024, 5, 1), cny("1"), "FLOOD", null, List.of()),
            new FundUse("U1", LocalDate.of(2024, 5, 1), cny("1"), "HOUSE_SAFETY", null, List.of("PRAY")),
            new FundUse("U3", LocalDate.of(2026, 5, 1), cny("1"), null, null, List.of()),
            new FundUse("U4", LocalDate.of(2000, 5, 1), cny("1"), null, null, List.of()))), null, null);
    List<String> found = errors(bad, DUE).stream().map(e -> e.pointer() + " " + e.code()).toList();
    assertEquals(List.of("/money/0/disclosures/0/item unknown-item", "/money/0/fees/0 required",
        "/money/0/fund/uses/0/emergency unknown-emergency", "/money/0/fund/uses/1/id duplicate",
        "/money/0/fund/uses/1/steps/0 unknown-step", "/money/0/fund/uses/2/date after-as-of",
        "/money/0/fund/uses/3/date no-value-in-force"), found);
    assertTrue(errors(bad, DUE).get(0).message().contains("FEE_ITEMS_AND_STANDARDS"));
  }

  @Test
  void fieldErrorsComeFirstAndNoPolicyCheckRunsOnBrokenFields() {
    EstateMoney blank = new EstateMoney(" ", null, null, null, null, null, null, new Ledger(null, cny("-1"), false));
    List<String> found = errors(blank, DUE).stream().map(e -> e.pointer() + " " + e.code()).toList();
    assertEquals(List.of("/money/0/estateId minLength", "/money/0/ledger/cost minimum", "/money/0/ledger/income required"),
        found);
  }

  @Test
  void aDateBeforeTheValuesAreInForceIsAnInputError() {
    List<InputError> found = errors(new EstateMoney("E", null, null, null, null, null, null, null),
        LocalDate.of(2020, 12, 31));
    assertEquals("no-value-in-force", found.get(0).code());
  }

  @Test
  void onlyAPolicyWithARateJudgesMoneyAndItNeedsTheRest() {
    assertFalse(MoneyRules.isConfigured(Fixtures.CN_DEFAULT));
    assertTrue(MoneyRules.isConfigured(MoneyFixtures.POLICY));
    assertEquals(0, MoneyRules.check(MoneyFixtures.POLICY).size());
    assertEquals(5, MoneyRules.check(Fixtures.cnDefaultWithout().set(MoneyParameters.FIRST_DEPOSIT_RATE,
        MoneyFixtures.MEASURES, Fraction.of(5, 100), MoneyFixtures.SOURCE).build()).size());
    assertNotNull(MoneyParameters.FIRST_DEPOSIT_RATE.check(Fraction.ONE));
    assertNotNull(MoneyParameters.FIRST_DEPOSIT_RATE.check(Fraction.ZERO));
    assertEquals(null, MoneyParameters.FIRST_DEPOSIT_RATE.check(Fraction.of(8, 100)));
  }

  @Test
  void decideTakesOnlyFactsThisAreaValidated() {
    MoneyRules other = new MoneyRules(MoneyFixtures.POLICY);
    Valid<EstateMoney> valid = Valid.orThrow(other.validate(MoneySamples.incomes(), "", DUE));
    assertThrows(IllegalArgumentException.class, () -> RULES.decide(valid, DUE));
  }

  @Test
  void policyValuesAreCheckedWhenBuilt() {
    assertThrows(IllegalArgumentException.class, () -> new DisclosureItems(List.of()));
    assertThrows(IllegalArgumentException.class, () -> new DisclosureItem("lower", null, Frequency.YEARLY, 0));
    assertThrows(IllegalArgumentException.class, () -> new EmergencyKind("X", new io.propgov.governance.explain.Label(
        "x", "x"), Map.of()));
    assertThrows(IllegalArgumentException.class, () -> new Emergencies(List.of(MoneyFixtures.EMERGENCIES.kinds().get(0),
        MoneyFixtures.EMERGENCIES.kinds().get(0))));
  }
}
