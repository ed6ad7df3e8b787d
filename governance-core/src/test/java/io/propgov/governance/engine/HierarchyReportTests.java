package io.propgov.governance.engine;

import static io.propgov.governance.Fixtures.CN_DEFAULT_WITH_ORG;
import static io.propgov.governance.Fixtures.clearVote;
import static io.propgov.governance.Fixtures.date;
import static io.propgov.governance.Fixtures.failed;
import static io.propgov.governance.Fixtures.invalid;
import static io.propgov.governance.Fixtures.passed;
import static io.propgov.governance.Fixtures.round;
import static io.propgov.governance.Fixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.Fixtures;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.estate.Committee;
import io.propgov.governance.estate.CommitteeKind;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.FeeAccount;
import io.propgov.governance.estate.PartyForm;
import io.propgov.governance.estate.PartyStatus;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.service.ServiceMode;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.metrics.Ratio;
import io.propgov.governance.metrics.UnitRates;
import io.propgov.governance.org.CoverageSubject;
import io.propgov.governance.org.HierarchyFacts;
import io.propgov.governance.org.Meeting;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.org.ResidentMatter;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.OwnersVote;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HierarchyReportTests {

  static final LocalDate AS_OF = date("2024-12-31");
  static final GovernanceEngine ENGINE = GovernanceEngine.create(CN_DEFAULT_WITH_ORG);

  static final List<OrgUnit> UNITS = Fixtures.SAMPLE_TREE;

  /** Serves A and B; its supervisor and party head sit on c1's committee. */
  static final PropertyCompany K1 = new PropertyCompany("K1", "Hongye", new PartyStatus(20, PartyForm.BRANCH_COMMITTEE,
      false, false), "wang", "li");
  /** Serves C; four members and no organisation; its supervisor sits on c2's committee, it has no party head. */
  static final PropertyCompany K2 = new PropertyCompany("K2", "Jiayuan", new PartyStatus(4, null, false, false),
      "zhao", null);

  static Estate estate(String id, PropertyCompany company, List<SurveyRound> rounds, List<OwnersVote> votes,
      String unitId, int households, ServiceMode mode, FeeAccount fees, Committee committee) {
    return new Estate(id, "Estate " + id, company, rounds, votes, unitId, households, mode, fees, committee);
  }

  static final Estate A = estate("A", K1, List.of(failed("r1", date("2024-03-31")), passed("r2", date("2024-06-30")),
      invalid("r3", date("2024-09-30"))), List.of(), "e1", 100, ServiceMode.MARKET,
      new FeeAccount(new BigDecimal("1000.00"), new BigDecimal("800.00")),
      new Committee(CommitteeKind.OWNERS_COMMITTEE, new PartyStatus(3, PartyForm.BRANCH, false, false)));
  static final Estate B = estate("B", K1, List.of(invalid("r1", date("2024-06-30"))), List.of(), "e2", 50,
      ServiceMode.NONE, null, new Committee(CommitteeKind.PROPERTY_MANAGEMENT_COMMITTEE,
          new PartyStatus(2, null, false, false)));
  static final Estate C = estate("C", K2, List.of(failed("r1", date("2024-06-30"))), List.of(), "e3", 80,
      ServiceMode.SELF_MANAGED, new FeeAccount(new BigDecimal("500.50"), new BigDecimal("100.25")), null);
  static final Estate D = estate("D", null, List.of(), List.of(), "b1", 20, ServiceMode.COMMUNITY_INTERIM, null,
      new Committee(CommitteeKind.OWNERS_COMMITTEE, new PartyStatus(1, null, false, true)));

  static final List<ResidentMatter> MATTERS = List.of(
      new ResidentMatter("m1", "b1", "small", date("2024-12-20"), null),
      new ResidentMatter("m2", "e3", "big", date("2024-12-27"), null));
  static final List<Meeting> MEETINGS = List.of(
      new Meeting("four-level-secretaries", "sd", date("2024-10-15")),
      new Meeting("red-meeting-hall", "c1", date("2024-07-01")));

  static final HierarchyFacts FACTS = new HierarchyFacts(UNITS, List.of(A, B, C, D), MATTERS, MEETINGS);

  static List<String> pointers(List<InputError> errors) {
    return errors.stream().map(InputError::pointer).toList();
  }

  static List<String> codes(List<InputError> errors) {
    return errors.stream().map(InputError::code).toList();
  }

  @Nested
  class Rates {

    final Map<String, UnitRates> rates = ENGINE.rates(FACTS, AS_OF);

    @Test
    void everyUnitGetsTheSumsOverItsSubtree() {
      assertEquals(List.of("sd", "c1", "e1", "b1", "e2", "c2", "e3"), List.copyOf(rates.keySet()));
      assertEquals(Ratio.of(3, 4), rates.get("sd").coverage(), "B has no service at all");
      assertEquals(Ratio.of(2, 3), rates.get("c1").coverage());
      assertEquals(Ratio.of(2, 2), rates.get("e1").coverage(), "D is attached to b1, below e1");
      assertEquals(4, rates.get("sd").estates());
    }

    @Test
    void participationUsesEachEstatesLatestRoundEvenAnInvalidOne() {
      // A: its latest round (invalid) had 5 household answers; B: 5; C: 10; D: none
      assertEquals(Ratio.of(5 + 5 + 10, 100 + 50 + 80 + 20), rates.get("sd").participation());
      assertEquals(Ratio.of(5 + 0, 100 + 20), rates.get("e1").participation());
    }

    @Test
    void feeCollectionIsSummedExactly() {
      assertEquals(new Ratio(new BigDecimal("900.25"), new BigDecimal("1500.50")), rates.get("sd").feeCollection());
    }

    @Test
    void satisfactionUsesTheLatestValidRatingAndLeavesOutEstatesWithoutOne() {
      // A: passed (its later invalid round falls back to it); B: only an invalid round, left out; C: failed; D: none
      assertEquals(Ratio.of(1, 2), rates.get("sd").ratedSatisfactory());
      assertEquals(Ratio.of(1, 1), rates.get("c1").ratedSatisfactory());
      assertEquals(Ratio.of(0, 1), rates.get("c2").ratedSatisfactory());
      assertEquals(Ratio.NONE, rates.get("e2").ratedSatisfactory());
    }

    @Test
    void roundsAfterTheAsOfDateAreNotYetKnown() {
      Map<String, UnitRates> june = ENGINE.rates(new HierarchyFacts(UNITS, List.of(A), List.of(), List.of()),
          date("2024-05-31"));
      assertEquals(Ratio.of(0, 1), june.get("sd").ratedSatisfactory(), "in May only A's failed March round is known");
    }

    @Test
    void roundsBeforeAHireRatedThePreviousCompany() {
      Estate hired = estate("H", K1, List.of(failed("r1", date("2024-03-31"))),
          List.of(clearVote("hire", Matter.HIRE_COMPANY, date("2024-05-01"))), "e1", 30, ServiceMode.MARKET, null,
          null);
      Map<String, UnitRates> rates = ENGINE.rates(new HierarchyFacts(UNITS, List.of(hired), List.of(), List.of()),
          AS_OF);
      assertEquals(Ratio.NONE, rates.get("sd").ratedSatisfactory(), "the new company is not yet rated");
    }

    @Test
    void anEstateOutsideTheTreeIsLeftOutAloneAndTheOthersStillCount() {
      Estate lost = estate("L", null, List.of(), List.of(), "nowhere", 10, ServiceMode.MARKET, null, null);
      HierarchyFacts facts = new HierarchyFacts(UNITS, List.of(A, lost), List.of(), List.of());
      assertEquals(List.of("/estates/1/unitId"), pointers(ENGINE.validate(facts, AS_OF)));
      assertEquals(1, ENGINE.rates(facts, AS_OF).get("sd").estates());
    }

    @Test
    void anInvalidTreeStillStopsEverything() {
      List<OrgUnit> units = new java.util.ArrayList<>(UNITS);
      units.add(unit("x", "building", "c1"));
      HierarchyFacts facts = new HierarchyFacts(units, List.of(A), List.of(), List.of());
      InvalidFactsException rates = assertThrows(InvalidFactsException.class, () -> ENGINE.rates(facts, AS_OF));
      assertEquals(List.of("/units/7/level"), pointers(rates.errors()));
      assertThrows(InvalidFactsException.class, () -> ENGINE.report(facts, "sd", AS_OF));
    }
  }

  @Nested
  class Report {

    final UnitReport sd = ENGINE.report(FACTS, "sd", AS_OF).value();
    final UnitReport c1 = ENGINE.report(FACTS, "c1", AS_OF).value();
    final UnitReport c2 = ENGINE.report(FACTS, "c2", AS_OF).value();

    @Test
    void partyCoverageCountsEachCompanyOnceAndEachCommitteeAndListsTheUncovered() {
      assertEquals(List.of("K1", "A", "B", "K2", "D"),
          sd.coverage().stream().map(d -> d.value().subjectId()).toList());
      assertEquals(List.of(CoverageSubject.COMPANY, CoverageSubject.OWNERS_COMMITTEE,
          CoverageSubject.PROPERTY_MANAGEMENT_COMMITTEE, CoverageSubject.COMPANY, CoverageSubject.OWNERS_COMMITTEE),
          sd.coverage().stream().map(d -> d.value().subject()).toList());
      assertEquals(Ratio.of(3, 5), sd.partyCoverage());
      assertEquals(List.of("B", "K2"), sd.uncovered());
      assertEquals(Ratio.of(3, 4), c1.partyCoverage());
      assertEquals(List.of("B"), c1.uncovered());
      assertEquals(Ratio.of(0, 1), c2.partyCoverage());
      assertEquals(List.of("K2"), c2.uncovered());
    }

    @Test
    void companyWithUnknownPartyStatusIsLeftOutOfCoverage() {
      Estate unknown = estate("U", new PropertyCompany("K9", "K9"), List.of(), List.of(), "e3", 10, ServiceMode.MARKET,
          null, null);
      UnitReport r = ENGINE.report(new HierarchyFacts(UNITS, List.of(unknown), List.of(), List.of()), "sd", AS_OF)
          .value();
      assertEquals(Ratio.of(0, 0), r.partyCoverage());
      assertEquals(1, r.crossAppointments().size());
    }

    @Test
    void crossAppointmentIsJudgedForEveryEstateServedByACompany() {
      assertEquals(List.of("K1@A", "K1@B", "K2@C"), sd.crossAppointments().stream()
          .map(d -> d.value().companyId() + "@" + d.value().estateId()).toList());
      assertEquals(List.of(true, true, false), sd.crossAppointments().stream().map(d -> d.value().complete()).toList());
      assertEquals(Ratio.of(0, 1), c2.crossAppointment());
    }

    @Test
    void crossAppointmentRatioCountsEachCompanyOnce() {
      assertEquals(Ratio.of(1, 1), c1.crossAppointment());
      assertEquals(Ratio.of(1, 2), sd.crossAppointment());
    }

    @Test
    void mattersRaisedInTheSubtreeOnlyAreRouted() {
      assertEquals(List.of("m1", "m2"), sd.matters().stream().map(d -> d.value().matterId()).toList());
      assertEquals(List.of("m1"), c1.matters().stream().map(d -> d.value().matterId()).toList());
      assertEquals(List.of("m2"), c2.matters().stream().map(d -> d.value().matterId()).toList());
      // m1: small, raised Friday 20 December at b1, due Wednesday 25 December, still open: escalated from e1 to c1
      assertEquals("c1", c1.matters().get(0).value().handlingUnit());
      assertTrue(c1.matters().get(0).value().escalated());
      // m2: big, raised Friday 27 December at e3, due 7 working days later on Tuesday 7 January 2025
      assertEquals(date("2025-01-07"), c2.matters().get(0).value().due());
      assertEquals("c2", c2.matters().get(0).value().handlingUnit());
    }

    @Test
    void meetingsOfTheSubtreeAreChecked() {
      assertEquals(List.of("four-level-secretaries@sd:org.meeting.ON_TIME", "red-meeting-hall@c1:org.meeting.OVERDUE",
          "red-meeting-hall@c2:org.meeting.NEVER_HELD"), sd.meetings().stream()
          .map(d -> d.value().meeting() + "@" + d.value().unitId() + ":" + d.value().messageKey()).toList());
      assertEquals(1, c1.meetings().size());
    }

    @Test
    void ratesOfTheReportAreTheUnitsRolledUpRates() {
      assertEquals(ENGINE.rates(FACTS, AS_OF).get("c1"), c1.rates().value());
      assertEquals(6, sd.rates().reasons().size());
    }

    @Test
    void reportOfABuildingWithoutEstatesHasEmptyRatesAndItsOwnMatters() {
      UnitReport b1 = ENGINE.report(FACTS, "b1", AS_OF).value();
      assertEquals(1, b1.rates().value().estates(), "D is attached to b1");
      UnitReport e2only = ENGINE.report(new HierarchyFacts(UNITS, List.of(A), MATTERS, MEETINGS), "b1", AS_OF).value();
      assertEquals(0, e2only.rates().value().estates());
      assertEquals(Ratio.NONE, e2only.partyCoverage());
      assertEquals(List.of("m1"), e2only.matters().stream().map(d -> d.value().matterId()).toList());
    }

    @Test
    void decisionCarriesThePolicyAndTheDateAndNestsEveryPart() {
      Decision<UnitReport> d = ENGINE.report(FACTS, "sd", AS_OF);
      assertEquals(CN_DEFAULT_WITH_ORG.ref(), d.policy());
      assertEquals(AS_OF, d.asOf());
      assertEquals(1 + 5 + 3 + 3 + 2, d.value().parts().size());
      assertTrue(d.value().parts().stream().allMatch(p -> p.policy().equals(d.policy()) && p.asOf().equals(AS_OF)));
    }

    @Test
    void unknownUnitIsRejectedNamingTheRoots() {
      InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> ENGINE.report(FACTS, "zz", AS_OF));
      assertEquals(List.of(""), pointers(e.errors()));
      assertEquals(List.of("unknown-unit"), codes(e.errors()));
      assertTrue(e.errors().get(0).message().contains("the roots are sd"), e.errors().get(0).message());
    }
  }

  @Nested
  class ThreadSafety {

    @Test
    void sameFactsReportedFromEightThreadsGiveEqualDecisions() throws Exception {
      Decision<UnitReport> expected = ENGINE.report(FACTS, "sd", AS_OF);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<List<Decision<UnitReport>>>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          futures.add(pool.submit(() -> {
            List<Decision<UnitReport>> runs = new ArrayList<>();
            for (int run = 0; run < 20; run++) {
              runs.add(ENGINE.report(FACTS, "sd", AS_OF));
            }
            return runs;
          }));
        }
        for (Future<List<Decision<UnitReport>>> f : futures) {
          for (Decision<UnitReport> d : f.get(60, TimeUnit.SECONDS)) {
            assertEquals(expected, d);
          }
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Nested
  class Validation {

    @Test
    void validFactsHaveNoErrors() {
      assertEquals(List.of(), ENGINE.validate(FACTS, AS_OF));
    }

    @Test
    void estateAttachedToAnUnknownUnitIsReported() {
      Estate lost = estate("L", null, List.of(), List.of(), "e9", 10, ServiceMode.MARKET, null, null);
      List<InputError> errors = ENGINE.validate(new HierarchyFacts(UNITS, List.of(A, lost), List.of(), List.of()),
          AS_OF);
      assertEquals(List.of("/estates/1/unitId"), pointers(errors));
      assertEquals(List.of("unknown-unit"), codes(errors));
    }

    @Test
    void meetingOfAnUnknownKindOrUnitIsReported() {
      List<InputError> errors = ENGINE.validate(new HierarchyFacts(UNITS, List.of(), List.of(), List.of(
          new Meeting("tea-party", "c1", date("2024-07-01")), new Meeting("red-meeting-hall", "c9", date("2024-07-01")))),
          AS_OF);
      assertEquals(List.of("/meetings/0/meeting", "/meetings/1/unitId"), pointers(errors));
      assertEquals(List.of("enum", "unknown-unit"), codes(errors));
      assertTrue(errors.get(0).message().contains("four-level-secretaries, red-meeting-hall"), errors.get(0).message());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
      List<OrgUnit> units = List.of(unit("sd", "sub-district", null), unit("c1", "community", "sd"),
          unit("b1", "building", "c1"), unit("c1", "community", "sd"));
      Estate early = estate("A", null, List.of(round("r", date("2018-06-30"), 10, 10, "80")), List.of(), "c1", 10,
          ServiceMode.MARKET, null, null);
      Estate twin = estate("A", null, List.of(), List.of(), "c7", 10, ServiceMode.MARKET, null, null);
      List<InputError> errors = ENGINE.validate(new HierarchyFacts(units, List.of(early, twin),
          List.of(new ResidentMatter("m", "zz", "urgent", date("2024-12-01"), null)),
          List.of(new Meeting("tea-party", "c9", date("2024-07-01")))), AS_OF);
      assertEquals(List.of("/units/2/level", "/units/3/id", "/estates/0/surveyRounds/0/date", "/estates/1/id",
          "/estates/1/unitId", "/meetings/0/meeting", "/meetings/0/unitId"), pointers(errors),
          "matters are checked against a valid tree only");
    }

    @Test
    void mattersAreCheckedAgainstAValidTree() {
      List<InputError> errors = ENGINE.validate(new HierarchyFacts(UNITS, List.of(), List.of(
          new ResidentMatter("ok", "b1", "small", date("2024-12-01"), null),
          new ResidentMatter("m", "zz", "urgent", date("2024-12-01"), null)), List.of()), AS_OF);
      assertEquals(List.of("/matters/1/severity", "/matters/1/raisedAt"), pointers(errors));
    }

    @Test
    void factsJudgedBeforeTheOrganisationParametersTakeEffectGetANoValueInForceError() {
      List<InputError> errors = ENGINE.validate(FACTS, date("2018-12-31"));
      assertEquals(List.of("no-value-in-force"), codes(errors));
    }
  }
}
