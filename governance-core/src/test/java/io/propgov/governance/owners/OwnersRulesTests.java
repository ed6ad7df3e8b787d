package io.propgov.governance.owners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.area.Result;
import io.propgov.governance.error.InputError;
import io.propgov.governance.estate.CommitteeKind;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.Threshold;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OwnersRulesTests {

  static final LocalDate FROM = LocalDate.of(2010, 1, 1);
  static final Citation SOURCE = new Citation("test rule", "测试规则");

  static GovernancePolicy.Builder policy(Threshold share) {
    return OwnersFixtures.parameters(GovernancePolicy.builder().id("owners-test").jurisdiction("CN").version("1"),
        FROM, SOURCE, share);
  }

  static final OwnersRules NATIONAL = new OwnersRules(policy(Threshold.moreThan(Fraction.of(1, 2))).build());
  static final OwnersRules AT_LEAST_HALF = new OwnersRules(policy(Threshold.atLeast(Fraction.of(1, 2))).build());

  static List<CommitteeMember> members(int n, int party, int cross) {
    List<CommitteeMember> members = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      members.add(new CommitteeMember("m" + i, i < party, i < cross));
    }
    return members;
  }

  static EstateOwners delivered(String area, LocalDate on) {
    return EstateOwners.builder().estateId("E1").totalArea(new BigDecimal("10000"))
        .deliveries(List.of(new Delivery(on, new BigDecimal(area)))).build();
  }

  static EstateOwners withCommittee(LocalDate elected, List<CommitteeMember> members) {
    return EstateOwners.builder().estateId("E1").totalArea(new BigDecimal("10000")).firstAssembly(elected)
        .committee(new OwnersCommittee(elected, members)).build();
  }

  static Decision<OwnersAssessment> judge(OwnersRules rules, EstateOwners facts, LocalDate asOf) {
    Result<OwnersAssessment> result = rules.evaluate(facts, asOf);
    assertTrue(result.isDecided(), () -> result.errors().toString());
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      String text = result.decision().render(locale);
      assertTrue(!text.contains("{"), text);
    }
    return result.decision();
  }

  static Reason reason(Decision<OwnersAssessment> d, String rule) {
    return d.reasons().stream().filter(r -> r.ruleId().equals(rule)).findFirst().orElseThrow();
  }

  @Nested
  class FirstAssembly {

    @Test
    void moreThanHalfIsNotMetByExactlyHalfButByOneSquareMetreMore() {
      LocalDate on = LocalDate.of(2024, 3, 1);
      LocalDate asOf = LocalDate.of(2024, 6, 30);
      assertEquals(AssemblyStatus.NOT_DUE, judge(NATIONAL, delivered("5000", on), asOf).value().assembly());
      Decision<OwnersAssessment> more = judge(NATIONAL, delivered("5000.01", on), asOf);
      assertEquals(AssemblyStatus.DUE, more.value().assembly());
      assertEquals(on, more.value().assemblyDueFrom());
    }

    @Test
    void atLeastHalfIncludesExactlyHalf() {
      LocalDate on = LocalDate.of(2024, 3, 1);
      LocalDate asOf = LocalDate.of(2024, 6, 30);
      assertEquals(AssemblyStatus.DUE, judge(AT_LEAST_HALF, delivered("5000", on), asOf).value().assembly());
      assertEquals(AssemblyStatus.NOT_DUE, judge(AT_LEAST_HALF, delivered("4999.99", on), asOf).value().assembly());
    }

    @Test
    void theDeadlineIsCountedFromTheNextDayAndItsLastDayIsStillOnTime() {
      LocalDate on = LocalDate.of(2024, 1, 10);
      LocalDate last = LocalDate.of(2024, 7, 8); // 180 days after 2024-01-10, the first day not counted
      Decision<OwnersAssessment> today = judge(NATIONAL, delivered("6000", on), last);
      assertEquals(AssemblyStatus.DUE, today.value().assembly());
      assertEquals(last, today.value().assemblyDeadline());
      assertEquals(Outcome.MET, reason(today, OwnersRuleIds.FIRST_ASSEMBLY_DEADLINE).outcome());
      Decision<OwnersAssessment> tomorrow = judge(NATIONAL, delivered("6000", on), last.plusDays(1));
      assertEquals(AssemblyStatus.OVERDUE, tomorrow.value().assembly());
      assertEquals("1", reason(tomorrow, OwnersRuleIds.FIRST_ASSEMBLY_DEADLINE).figure("daysLate").orElseThrow()
          .value());
      assertEquals(List.of(OwnersRuleIds.FIRST_ASSEMBLY_DEADLINE, OwnersRuleIds.REPRESENTATION),
          tomorrow.value().unmet());
    }

    @Test
    void anAssemblyHeldWithoutKnownDeliveriesRunsNoDeadline() {
      Decision<OwnersAssessment> d = judge(NATIONAL, withCommittee(LocalDate.of(2012, 5, 20), members(5, 3, 1)),
          LocalDate.of(2014, 1, 1));
      assertEquals(AssemblyStatus.HELD, d.value().assembly());
      assertEquals(Outcome.NOT_APPLICABLE, reason(d, OwnersRuleIds.FIRST_ASSEMBLY_DEADLINE).outcome());
      assertEquals(List.of(), d.value().unmet());
    }

    @Test
    void aDeliveryAfterTheAsOfDateIsNotYetKnown() {
      EstateOwners facts = EstateOwners.builder().estateId("E1").totalArea(new BigDecimal("10000"))
          .deliveries(List.of(new Delivery(LocalDate.of(2024, 1, 1), new BigDecimal("4000")),
              new Delivery(LocalDate.of(2024, 7, 1), new BigDecimal("4000")))).build();
      assertEquals(AssemblyStatus.NOT_DUE, judge(NATIONAL, facts, LocalDate.of(2024, 6, 30)).value().assembly());
      assertEquals(AssemblyStatus.DUE, judge(NATIONAL, facts, LocalDate.of(2024, 7, 1)).value().assembly());
    }
  }

  @Nested
  class Term {

    @Test
    void aTermEndingTodayIsStillRunningAndOverdueTomorrow() {
      LocalDate elected = LocalDate.of(2021, 6, 1);
      LocalDate last = LocalDate.of(2026, 6, 1);
      Decision<OwnersAssessment> today = judge(NATIONAL, withCommittee(elected, members(5, 3, 1)), last);
      assertEquals(TermStatus.ENDING, today.value().term());
      assertEquals(last, today.value().reElectionBy());
      assertEquals(CommitteeKind.OWNERS_COMMITTEE, today.value().representedBy());
      Decision<OwnersAssessment> tomorrow = judge(NATIONAL, withCommittee(elected, members(5, 3, 1)),
          last.plusDays(1));
      assertEquals(TermStatus.OVERDUE, tomorrow.value().term());
      assertNull(tomorrow.value().representedBy());
    }

    @Test
    void theNoticePeriodStartsThreeMonthsBeforeTheLastDay() {
      LocalDate elected = LocalDate.of(2021, 9, 1);
      assertEquals(TermStatus.RUNNING, judge(NATIONAL, withCommittee(elected, members(5, 3, 1)),
          LocalDate.of(2026, 5, 31)).value().term());
      assertEquals(TermStatus.ENDING, judge(NATIONAL, withCommittee(elected, members(5, 3, 1)),
          LocalDate.of(2026, 6, 1)).value().term());
    }

    @Test
    void aTermBegunOnALeapDayEndsOnTheLastDayOfFebruary() {
      Decision<OwnersAssessment> d = judge(NATIONAL, withCommittee(LocalDate.of(2020, 2, 29), members(5, 3, 1)),
          LocalDate.of(2025, 2, 28));
      assertEquals(LocalDate.of(2025, 2, 28), d.value().reElectionBy());
      assertEquals(TermStatus.ENDING, d.value().term());
    }
  }

  @Nested
  class Composition {

    @Test
    void sizeMustBeAnOddNumberWithinTheBounds() {
      LocalDate elected = LocalDate.of(2022, 1, 1);
      LocalDate asOf = LocalDate.of(2024, 1, 1);
      for (int n : new int[] {4, 6, 12}) {
        assertEquals(Outcome.NOT_MET, reason(judge(NATIONAL, withCommittee(elected, members(n, n, 1)), asOf),
            OwnersRuleIds.COMMITTEE_SIZE).outcome(), n + " members");
      }
      for (int n : new int[] {5, 7, 11}) {
        assertEquals(Outcome.MET, reason(judge(NATIONAL, withCommittee(elected, members(n, n, 1)), asOf),
            OwnersRuleIds.COMMITTEE_SIZE).outcome(), n + " members");
      }
    }

    @Test
    void exactlyHalfPartyMembersMeetsAtLeastHalf() {
      LocalDate elected = LocalDate.of(2022, 1, 1);
      LocalDate asOf = LocalDate.of(2024, 1, 1);
      Reason half = reason(judge(NATIONAL, withCommittee(elected, members(6, 3, 1)), asOf), OwnersRuleIds.PARTY_SHARE);
      assertEquals(Outcome.MET, half.outcome());
      assertTrue(half.text(Locale.ENGLISH).contains("3 of 6 (50%), at least half"), half.text(Locale.ENGLISH));
      assertTrue(half.text(Locale.SIMPLIFIED_CHINESE).contains("二分之一以上"), half.text(Locale.SIMPLIFIED_CHINESE));
      assertEquals(Outcome.NOT_MET, reason(judge(NATIONAL, withCommittee(elected, members(5, 2, 1)), asOf),
          OwnersRuleIds.PARTY_SHARE).outcome());
    }

    @Test
    void crossMembershipCountsMembersOnTheCommunityCommittees() {
      LocalDate elected = LocalDate.of(2022, 1, 1);
      LocalDate asOf = LocalDate.of(2024, 1, 1);
      assertEquals(Outcome.NOT_MET, reason(judge(NATIONAL, withCommittee(elected, members(5, 3, 0)), asOf),
          OwnersRuleIds.CROSS_MEMBERSHIP).outcome());
      assertEquals(Outcome.MET, reason(judge(NATIONAL, withCommittee(elected, members(5, 3, 1)), asOf),
          OwnersRuleIds.CROSS_MEMBERSHIP).outcome());
    }
  }

  @Nested
  class StandIn {

    EstateOwners formed(LocalDate on) {
      return EstateOwners.builder().estateId("E1").totalArea(new BigDecimal("10000"))
          .managementCommittee(new PropertyManagementCommittee(on)).build();
    }

    @Test
    void aStandInPeriodEndingTodayStillRepresentsTheOwners() {
      LocalDate asOf = LocalDate.of(2026, 6, 1);
      Decision<OwnersAssessment> today = judge(NATIONAL, formed(LocalDate.of(2023, 6, 1)), asOf);
      assertEquals(CommitteeKind.PROPERTY_MANAGEMENT_COMMITTEE, today.value().representedBy());
      assertEquals(asOf, today.value().standInUntil());
      Decision<OwnersAssessment> ended = judge(NATIONAL, formed(LocalDate.of(2023, 5, 31)), asOf);
      assertNull(ended.value().representedBy());
      assertEquals(Outcome.NOT_MET, reason(ended, OwnersRuleIds.STAND_IN).outcome());
    }
  }

  @Nested
  class Validation {

    @Test
    void everyProblemIsNamedWithItsPointer() {
      EstateOwners noAssembly = EstateOwners.builder().estateId("E1").totalArea(new BigDecimal("100"))
          .deliveries(List.of(new Delivery(LocalDate.of(2023, 1, 1), new BigDecimal("100.01"))))
          .committee(new OwnersCommittee(LocalDate.of(2023, 5, 1), members(5, 3, 1))).build();
      List<String> pointers = NATIONAL.validate(noAssembly, "/owners/3", LocalDate.of(2024, 1, 1)).getError()
          .map(InputError::pointer).toJavaList();
      assertEquals(List.of("/owners/3/firstAssembly", "/owners/3/deliveries"), pointers);
      EstateOwners early = withCommittee(LocalDate.of(2023, 5, 1), members(5, 3, 1))
          .withCommittee(new OwnersCommittee(LocalDate.of(2023, 4, 30), members(5, 3, 1)));
      assertEquals("/committee/elected", NATIONAL.validate(early, "", LocalDate.of(2024, 1, 1)).getError().get(0)
          .pointer());
    }

    @Test
    void fieldConstraintsComeFirst() {
      EstateOwners blank = EstateOwners.builder().estateId(" ").totalArea(BigDecimal.ZERO).build();
      assertEquals(List.of("/estateId", "/totalArea"), NATIONAL.validate(blank, "", LocalDate.of(2024, 1, 1))
          .getError().map(InputError::pointer).toJavaList());
    }

    @Test
    void aSecondDescriptionOfAnEstateIsRejected() {
      List<Result<OwnersAssessment>> results = NATIONAL.assessAll(List.of(delivered("1", LocalDate.of(2024, 1, 1)),
          delivered("2", LocalDate.of(2024, 1, 1))), LocalDate.of(2024, 2, 1));
      assertTrue(results.get(0).isDecided());
      assertEquals("duplicate", results.get(1).errors().get(0).code());
    }

    @Test
    void aPolicyNeedsBothPartsOfTheTimeConditionAndAMinimumNotAboveTheMaximum() {
      GovernancePolicy half = policy(Threshold.moreThan(Fraction.of(1, 2)))
          .set(OwnersParameters.FIRST_ASSEMBLY_YEARS, FROM, 2, SOURCE)
          .set(OwnersParameters.COMMITTEE_MIN_MEMBERS, LocalDate.of(2020, 1, 1), 13, SOURCE).build();
      List<String> pointers = OwnersRules.check(half).stream().map(InputError::pointer).toList();
      assertEquals(List.of("/parameters/owners.first-assembly-share-after-years"), pointers);
      GovernancePolicy inverted = policy(Threshold.moreThan(Fraction.of(1, 2)))
          .set(OwnersParameters.COMMITTEE_MIN_MEMBERS, LocalDate.of(2020, 1, 1), 13, SOURCE).build();
      assertEquals(List.of("/parameters/owners.committee-min-members/1/value"),
          OwnersRules.check(inverted).stream().map(InputError::pointer).toList());
    }
  }
}
