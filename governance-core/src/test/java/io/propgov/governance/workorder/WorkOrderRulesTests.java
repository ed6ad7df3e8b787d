package io.propgov.governance.workorder;

import static io.propgov.governance.Fixtures.unit;
import static io.propgov.governance.workorder.WorkOrderFixtures.done;
import static io.propgov.governance.workorder.WorkOrderFixtures.doneWell;
import static io.propgov.governance.workorder.WorkOrderFixtures.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.Fixtures;
import io.propgov.governance.area.Valid;
import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.credit.CreditEvent;
import io.propgov.governance.credit.CreditRules;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.metrics.Ratio;
import io.propgov.governance.org.OrgParameters;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.org.WorkCalendar;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WorkOrderRulesTests {

  private static final WorkOrderRules RULES = new WorkOrderRules(
      WorkOrderFixtures.policy(ResolutionBasis.CALLER_CONFIRMED, "complaint-upheld"));
  private static final List<OrgUnit> TREE = List.of(unit("sd", "sub-district", null), unit("c1", "community", "sd"),
      unit("c2", "community", "sd"), unit("e1", "estate", "c1"), unit("e2", "estate", "c1"));

  private static Decision<WorkOrderAssessment> decide(List<OrgUnit> units, List<WorkOrder> orders, String asOf) {
    return RULES.decide(Valid.orThrow(RULES.validate(new WorkOrderFacts(units, orders), "", LocalDate.parse(asOf))),
        LocalDate.parse(asOf));
  }

  private static OrderJudgement only(WorkOrder order, String asOf) {
    return decide(List.of(), List.of(order), asOf).value().orders().get(0).value();
  }

  private static List<String> errors(List<OrgUnit> units, List<WorkOrder> orders) {
    return Valid.errors(RULES.validate(new WorkOrderFacts(units, orders), "", LocalDate.parse("2024-12-31"))).stream()
        .map(e -> e.pointer() + " " + e.code()).toList();
  }

  @Nested
  class Deadlines {

    @Test
    void aResponseOnTheLastCalendarDayIsOnTimeAndADayLaterIsLate() {
      WorkOrder onLastDay = order("W1", "repair", "e1", "2024-03-01").respondedOn(LocalDate.parse("2024-03-02")).build();
      WorkOrder dayLate = order("W1", "repair", "e1", "2024-03-01").respondedOn(LocalDate.parse("2024-03-03")).build();
      assertEquals(LocalDate.parse("2024-03-02"), only(onLastDay, "2024-03-31").responseDue());
      assertEquals(DeadlineStatus.ON_TIME, only(onLastDay, "2024-03-31").response());
      assertEquals(DeadlineStatus.LATE, only(dayLate, "2024-03-31").response());
    }

    @Test
    void anOpenOrderIsPendingOnItsDueDateAndLateTheDayAfter() {
      WorkOrder open = order("W1", "repair", "e1", "2024-03-01").build();
      assertEquals(DeadlineStatus.PENDING, only(open, "2024-03-04").resolution());
      assertEquals(DeadlineStatus.LATE, only(open, "2024-03-05").resolution());
    }

    @Test
    void workingDaysSkipNationalDayAndCountTheMakeUpSaturday() {
      // 2024-09-30 (Mon): 1-7 October off; 8 (Tue) is the first working day, 12 (Sat) a make-up day.
      OrderJudgement j = only(order("W1", "complaint", "e1", "2024-09-30").build(), "2024-10-01");
      assertEquals(LocalDate.parse("2024-10-08"), j.responseDue());
      assertEquals(LocalDate.parse("2024-10-12"), j.resolutionDue());
    }

    @Test
    void workingDaysInAYearTheCalendarDoesNotListAreCountedMondayToFridayAndTheSourceSaysSo() {
      WorkCalendar lists2024 = new WorkCalendar(Fixtures.CALENDAR_2024.holidays(),
          Fixtures.CALENDAR_2024.makeUpWorkingDays(), Set.of(2024));
      WorkOrderRules rules = new WorkOrderRules(WorkOrderFixtures.with(Fixtures.cnDefaultWithOrgWithout(
          OrgParameters.CALENDAR).set(OrgParameters.CALENDAR, Fixtures.ORG_FROM, lists2024, Fixtures.CALENDAR_SOURCE),
          ResolutionBasis.CALLER_CONFIRMED, "complaint-upheld").build());
      LocalDate asOf = LocalDate.parse("2024-12-31");
      // Thursday 2023-12-28: one working day to respond, Friday 2023-12-29, in a year the calendar does not list.
      Decision<OrderJudgement> unlisted = rules.decide(Valid.orThrow(rules.validate(new WorkOrderFacts(List.of(),
          List.of(order("W1", "complaint", "e1", "2023-12-28").build())), "", asOf)), asOf).value().orders().get(0);
      assertEquals(LocalDate.parse("2023-12-29"), unlisted.value().responseDue());
      assertTrue(unlisted.reason(WorkOrderRuleIds.RESPONSE_DEADLINE).orElseThrow().citation().assumption());
      assertTrue(unlisted.reason(WorkOrderRuleIds.RESPONSE_DEADLINE).orElseThrow().citation().zh()
          .contains("2023年的工作日按周一至周五计算"));
      // Over National Day 2024, a listed year, the source is the category's own.
      Decision<OrderJudgement> listed = rules.decide(Valid.orThrow(rules.validate(new WorkOrderFacts(List.of(),
          List.of(order("W1", "complaint", "e1", "2024-09-30").build())), "", asOf)), asOf).value().orders().get(0);
      assertEquals(LocalDate.parse("2024-10-08"), listed.value().responseDue());
      assertEquals(WorkOrderFixtures.SOURCE, listed.reason(WorkOrderRuleIds.RESPONSE_DEADLINE).orElseThrow().citation());
    }

    @Test
    void withoutACalendarWorkingDaysAreMondayToFridayAndTheSourceSaysHolidaysAreUnknown() {
      WorkOrderRules rules = new WorkOrderRules(WorkOrderFixtures.with(Fixtures.cnDefaultWithOrgWithout(
          OrgParameters.CALENDAR), ResolutionBasis.CALLER_CONFIRMED, "complaint-upheld").build());
      LocalDate asOf = LocalDate.parse("2024-12-31");
      // Monday 2024-09-30: one working day to respond; National Day is not known, so Tuesday 1 October.
      Decision<OrderJudgement> d = rules.decide(Valid.orThrow(rules.validate(new WorkOrderFacts(List.of(),
          List.of(order("W1", "complaint", "e1", "2024-09-30").build())), "", asOf)), asOf).value().orders().get(0);
      assertEquals(LocalDate.parse("2024-10-01"), d.value().responseDue());
      assertEquals(io.propgov.governance.org.CalendarYears.none(WorkOrderFixtures.SOURCE),
          d.reason(WorkOrderRuleIds.RESPONSE_DEADLINE).orElseThrow().citation());
    }

    @Test
    void aDayRecordedAfterTheAsOfDateIsNotYetKnown() {
      WorkOrder order = order("W1", "repair", "e1", "2024-03-01").respondedOn(LocalDate.parse("2024-03-02")).build();
      assertEquals(DeadlineStatus.PENDING, only(order, "2024-03-01").response());
      assertTrue(decide(List.of(), List.of(order), "2024-02-29").value().orders().isEmpty());
    }
  }

  @Nested
  class Rates {

    @Test
    void threeRatesCountOnTimeResponsesResolvedByTheCallerAndSatisfiedRatings() {
      List<WorkOrder> orders = List.of(
          doneWell("W1", "e1", "K1"),
          done("W2", "repair", "e1", "K1", "2024-03-01", "2024-03-03", "2024-03-05", "2024-03-06", false,
              "dissatisfied"),
          order("W3", "repair", "e1", "2024-03-30").companyId("K1").build());
      ThreeRates e1 = decide(List.of(), orders, "2024-03-31").value().units().get(0).value();
      assertEquals(new ThreeRates(SubjectKind.UNIT, "e1", YearMonth.of(2024, 3), 3, Ratio.of(1, 2), Ratio.of(1, 2),
          Ratio.of(1, 2)), e1);
    }

    @Test
    void ratesRollUpTheTreeByAddingNumeratorsAndDenominators() {
      List<WorkOrder> orders = List.of(
          doneWell("W1", "e1", "K1"),
          done("W2", "repair", "e2", "K2", "2024-03-01", "2024-03-05", "2024-03-05", "2024-03-06", true,
              "dissatisfied"),
          done("W3", "repair", "c2", "K2", "2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04", false,
              "basically-satisfied"));
      List<Decision<ThreeRates>> units = decide(TREE, orders, "2024-03-31").value().units();
      assertEquals(List.of("sd", "c1", "c2", "e1", "e2"), units.stream().map(d -> d.value().subjectId()).toList());
      ThreeRates root = units.get(0).value();
      assertEquals(3, root.orders());
      assertEquals(Ratio.of(2, 3), root.response());
      assertEquals(Ratio.of(2, 3), root.resolution());
      assertEquals(Ratio.of(2, 3), root.satisfaction());
      assertEquals(Ratio.of(1, 2), units.get(1).value().response());
    }

    @Test
    void theResolutionBasisOnTimeCountsTheDeadlineNotTheCaller() {
      WorkOrderRules onTime = new WorkOrderRules(WorkOrderFixtures.policy(ResolutionBasis.ON_TIME, "x"));
      WorkOrder late = done("W1", "repair", "e1", "K1", "2024-03-01", "2024-03-02", "2024-03-05", "2024-03-06", true,
          "satisfied");
      LocalDate asOf = LocalDate.parse("2024-03-31");
      OrderJudgement j = onTime.decide(Valid.orThrow(onTime.validate(new WorkOrderFacts(List.of(), List.of(late)), "",
          asOf)), asOf).value().orders().get(0).value();
      assertFalse(j.resolved());
      assertTrue(only(late, "2024-03-31").resolved());
    }

    @Test
    void aPublishedRateIsRoundedHalfUpToThePolicysDecimals() {
      assertEquals("99.7%", RateBook.published(Fraction.of(299, 300), 1));
      assertEquals("92.3%", RateBook.published(Fraction.of(277, 300), 1));
      assertEquals("94.5%", RateBook.published(Fraction.of(189, 200), 1));
      assertEquals("66.67%", RateBook.published(Fraction.of(2, 3), 2));
      assertEquals("100.0%", RateBook.published(Fraction.ONE, 1));
      assertEquals("0.0%", RateBook.published(Fraction.ZERO, 1));
    }
  }

  @Nested
  class Rankings {

    @Test
    void equalScoresShareAPlaceAndATieAtTheTopEdgePutsBothInTheTopList() {
      List<WorkOrder> orders = List.of(
          doneWell("W1", "e1", "K1"),
          doneWell("W2", "e2", "K2"),
          done("W3", "repair", "c2", "K3", "2024-03-01", "2024-03-05", "2024-03-05", "2024-03-06", false,
              "dissatisfied"));
      List<Decision<Ranking>> rankings = decide(TREE, orders, "2024-03-31").value().rankings();
      Ranking estates = rankings.stream().map(Decision::value).filter(r -> "estate".equals(r.level())).findFirst()
          .orElseThrow();
      assertEquals(List.of(1, 1), estates.entries().stream().map(RankEntry::place).toList());
      assertEquals(List.of("e1", "e2"), estates.top());
      assertEquals(List.of(), estates.bottom());
      Ranking companies = rankings.stream().map(Decision::value).filter(r -> r.kind() == SubjectKind.COMPANY)
          .findFirst().orElseThrow();
      assertEquals(List.of("K1", "K2"), companies.top());
      assertEquals(List.of("K3"), companies.bottom());
      assertEquals(Fraction.ZERO, companies.entries().get(2).score());
      assertEquals(3, companies.entries().get(2).place());
    }

    @Test
    void aSubjectWithARateWithNothingToCountIsNotRanked() {
      Decision<Ranking> r = decide(List.of(), List.of(order("W1", "repair", "e1", "2024-03-01").build()), "2024-03-01")
          .value().rankings().get(0);
      assertEquals(List.of("e1"), r.value().unranked());
      assertEquals(Outcome.NOT_APPLICABLE, r.reasons().get(0).outcome());
    }
  }

  @Nested
  class Credit {

    @Test
    void anUpheldComplaintBecomesACreditEventTheCreditRulesCountWithoutCallingBack() {
      GovernancePolicy policy = WorkOrderFixtures.yantai("complaint");
      GovernanceEngine engine = GovernanceEngine.create(policy);
      WorkOrder upheld = WorkOrder.builder().from(done("W1", "complaint", "e1", "K1", "2024-03-01", "2024-03-04",
          "2024-03-06", "2024-03-08", true, "dissatisfied")).upheld(true).build();
      LocalDate asOf = LocalDate.parse("2024-03-31");
      WorkOrderAssessment a = engine.workOrders().decide(Valid.orThrow(engine.workOrders().validate(
          new WorkOrderFacts(List.of(), List.of(upheld)), "", asOf)), asOf).value();
      List<CreditEvent> events = a.creditEventsOf("K1");
      assertEquals(List.of(new CreditEvent("order:W1", "complaint", LocalDate.parse("2024-03-08"))), events);
      CreditRules credit = engine.credit();
      CompanyRecord before = new CompanyRecord("K1", "Hongye", List.of(new CreditEvent("b", "basic",
          LocalDate.parse("2024-01-01"))));
      CompanyRecord after = new CompanyRecord("K1", "Hongye", java.util.stream.Stream.concat(before.events().stream(),
          events.stream()).toList());
      BigDecimal drop = credit.assess(before, asOf).value().score().subtract(credit.assess(after, asOf).value().score());
      assertEquals(0, new BigDecimal("2").compareTo(drop));
    }

    @Test
    void anUpheldComplaintWithoutACompanyOrNotYetClosedGivesNoEvent() {
      WorkOrder noCompany = WorkOrder.builder().from(done("W1", "repair", "e1", "K1", "2024-03-01", "2024-03-02",
          "2024-03-03", "2024-03-04", true, "satisfied")).companyId(null).upheld(true).build();
      WorkOrder open = order("W2", "repair", "e1", "2024-03-01").companyId("K1").upheld(true).build();
      Decision<WorkOrderAssessment> d = decide(List.of(), List.of(noCompany, open), "2024-03-31");
      assertTrue(d.value().creditEvents().isEmpty());
      assertEquals(Outcome.NOT_MET, d.value().orders().get(0).reason(WorkOrderRuleIds.CREDIT_EVENT).orElseThrow()
          .outcome());
      assertEquals(Outcome.NOT_APPLICABLE, d.value().orders().get(1).reason(WorkOrderRuleIds.CREDIT_EVENT)
          .orElseThrow().outcome());
    }

    @Test
    void aCodeTheCreditCatalogueLacksIsAPolicyError() {
      InvalidPolicyException e = assertThrows(InvalidPolicyException.class,
          () -> new WorkOrderRules(WorkOrderFixtures.yantai("complaint-upheld")));
      assertEquals(List.of("/parameters/workorder.credit-event/0/value unknown-code"),
          e.errors().stream().map(x -> x.pointer() + " " + x.code()).toList());
    }
  }

  @Nested
  class Validation {

    @Test
    void everyErrorIsReportedAtItsField() {
      List<WorkOrder> orders = List.of(
          order("W1", "plumbing", "e9", "2024-03-01").respondedOn(LocalDate.parse("2024-02-28")).build(),
          order("W1", "repair", "e1", "2024-03-01").rating("great").build(),
          order("W3", "repair", "e1", "2024-03-01").closedOn(LocalDate.parse("2024-03-02")).rating("great").build());
      assertEquals(List.of("/orders/0/respondedOn notBefore", "/orders/0/category enum", "/orders/0/unitId unknown-unit",
          "/orders/1/id duplicate", "/orders/1/closedOn required", "/orders/2/rating enum"), errors(TREE, orders));
    }

    @Test
    void fieldConstraintsComeFirst() {
      WorkOrder blank = order(" ", "repair", "e1", "2024-03-01").source(null).build();
      assertEquals(List.of("/orders/0/id minLength", "/orders/0/source required"), errors(List.of(), List.of(blank)));
    }

    @Test
    void anOrderBeforeThePolicyHasCategoriesIsNamed() {
      List<InputError> e = Valid.errors(RULES.validate(new WorkOrderFacts(List.of(),
          List.of(order("W1", "repair", "e1", "2020-03-01").build())), "", LocalDate.parse("2024-12-31")));
      assertEquals("/orders/0/receivedOn", e.get(0).pointer());
      assertEquals("no-value-in-force", e.get(0).code());
    }

    @Test
    void decisionsRenderInBothLanguagesWithoutPlaceholders() {
      Decision<WorkOrderAssessment> d = decide(TREE, List.of(
          doneWell("W1", "e1", "K1")),
          "2024-03-31");
      for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
        assertFalse(d.render(locale).contains("{"), d.render(locale));
      }
      assertNull(d.value().orders().get(0).value().creditEvent());
    }
  }
}
