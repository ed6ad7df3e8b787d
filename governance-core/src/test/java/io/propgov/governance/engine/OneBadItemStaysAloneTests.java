package io.propgov.governance.engine;

import static io.propgov.governance.Fixtures.date;
import static io.propgov.governance.engine.HierarchyReportTests.A;
import static io.propgov.governance.engine.HierarchyReportTests.AS_OF;
import static io.propgov.governance.engine.HierarchyReportTests.B;
import static io.propgov.governance.engine.HierarchyReportTests.C;
import static io.propgov.governance.engine.HierarchyReportTests.D;
import static io.propgov.governance.engine.HierarchyReportTests.FACTS;
import static io.propgov.governance.engine.HierarchyReportTests.MATTERS;
import static io.propgov.governance.engine.HierarchyReportTests.MEETINGS;
import static io.propgov.governance.engine.HierarchyReportTests.UNITS;
import static io.propgov.governance.engine.HierarchyReportTests.codes;
import static io.propgov.governance.engine.HierarchyReportTests.pointers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.propgov.governance.ServiceFixtures;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.metrics.UnitRates;
import io.propgov.governance.org.HierarchyFacts;
import io.propgov.governance.org.Meeting;
import io.propgov.governance.org.ResidentMatter;
import io.propgov.governance.org.Routing;
import io.propgov.governance.service.CoManagementAgreement;
import io.propgov.governance.service.ServiceProfile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** An error in one estate, matter or meeting of a tree rejects that item alone: the rest is still judged. */
class OneBadItemStaysAloneTests {

  /** Judges trees and service facts, co-management included. */
  static final GovernanceEngine ENGINE = GovernanceEngine.create(ServiceFixtures.CN_DEFAULT_WITH_SERVICE);

  /** Estate C with co-management facts naming one company only and a building it does not have. */
  static final Estate BAD_C = new Estate(C.id(), C.name(), C.company(), C.surveyRounds(), C.votes(), C.unitId(),
      C.households(), C.serviceMode(), C.fees(), C.committee(), new ServiceProfile(new BigDecimal("1000"),
          List.of(), Map.of(), Map.of(), List.of("B1"),
          new CoManagementAgreement("C", List.of("north"), Map.of("B9", "north"), Map.of(), LocalDate.of(2023, 1, 1),
              12)));

  @Nested
  class BadCoManagementFacts {

    final HierarchyFacts facts = new HierarchyFacts(UNITS, List.of(A, B, BAD_C, D), MATTERS, MEETINGS);
    final UnitReport sd = ENGINE.report(facts, "sd", AS_OF).value();

    @Test
    void theEstateIsRejectedWithEveryPointerAndTheReportStillComesOut() {
      assertTrue(ENGINE.judgesService(), "the policy judges co-management facts");
      List<String> rejected = pointers(sd.rejected());
      assertTrue(rejected.contains("/estates/2/service/coManagement/rotation"), rejected.toString());
      assertTrue(rejected.contains("/estates/2/service/coManagement/buildings/B9"), rejected.toString());
      assertTrue(rejected.stream().allMatch(p -> p.startsWith("/estates/2/")), rejected.toString());
      assertEquals(sd.rejected(), ENGINE.validate(facts, AS_OF), "validate still lists every error");
    }

    @Test
    void theOtherEstatesCountAsWithoutIt() {
      HierarchyFacts without = new HierarchyFacts(UNITS, List.of(A, B, D), MATTERS, MEETINGS);
      assertEquals(ENGINE.rates(without, AS_OF), ENGINE.rates(facts, AS_OF));
      assertEquals(ENGINE.report(without, "sd", AS_OF).value().rates().value(), sd.rates().value());
      assertEquals(3, sd.rates().value().estates());
      assertEquals(List.of("m1", "m2"), sd.matters().stream().map(m -> m.value().matterId()).toList());
    }

    @Test
    void onlyTheReportsOfUnitsAboveTheEstateNameIt() {
      assertEquals(sd.rejected(), ENGINE.report(facts, "c2", AS_OF).value().rejected());
      assertEquals(List.of(), ENGINE.report(facts, "c1", AS_OF).value().rejected());
    }
  }

  @Nested
  class AMatterAfterTheAsOfDate {

    final ResidentMatter late = new ResidentMatter("m3", "b1", "small", date("2025-01-02"), null);
    final HierarchyFacts facts = new HierarchyFacts(UNITS, List.of(A, B, C, D),
        List.of(MATTERS.get(0), late, MATTERS.get(1)), MEETINGS);
    final UnitReport sd = ENGINE.report(facts, "sd", AS_OF).value();

    @Test
    void isRejectedAloneAndEveryOtherMatterIsStillRouted() {
      assertEquals(List.of("/matters/1/raisedOn"), pointers(sd.rejected()));
      assertEquals(List.of("after-as-of"), codes(sd.rejected()));
      List<Routing> routed = sd.matters().stream().map(m -> m.value()).toList();
      assertEquals(List.of("m1", "m2"), routed.stream().map(Routing::matterId).toList());
      assertEquals(ENGINE.report(FACTS, "sd", AS_OF).value().matters(), sd.matters());
    }

    @Test
    void aMatterRaisedOnTheAsOfDateItselfIsRouted() {
      ResidentMatter today = new ResidentMatter("m3", "b1", "small", AS_OF, null);
      UnitReport report = ENGINE.report(new HierarchyFacts(UNITS, List.of(A), List.of(today), List.of()), "sd", AS_OF)
          .value();
      assertEquals(List.of(), report.rejected());
      assertEquals(List.of("m3"), report.matters().stream().map(m -> m.value().matterId()).toList());
    }

    @Test
    void theRatesAreThoseOfTheFactsWithoutIt() {
      assertEquals(ENGINE.rates(FACTS, AS_OF), ENGINE.rates(facts, AS_OF));
    }
  }

  @Nested
  class OtherItems {

    @Test
    void aSecondEstateWithTheSameIdIsRejectedAndTheFirstCounts() {
      HierarchyFacts facts = new HierarchyFacts(UNITS, List.of(A, A), List.of(), List.of());
      UnitReport sd = ENGINE.report(facts, "sd", AS_OF).value();
      assertEquals(List.of("/estates/1/id"), pointers(sd.rejected()));
      assertEquals(1, sd.rates().value().estates());
    }

    @Test
    void anEstateAtAnUnknownUnitIsNamedByTheRootsReportOnly() {
      Estate lost = new Estate("L", "", null, List.of(), List.of(), "nowhere", 10, null, null, null);
      HierarchyFacts facts = new HierarchyFacts(UNITS, List.of(A, lost), List.of(), List.of());
      assertEquals(List.of("/estates/1/unitId"), pointers(ENGINE.report(facts, "sd", AS_OF).value().rejected()));
      assertEquals(List.of(), ENGINE.report(facts, "c1", AS_OF).value().rejected());
    }

    @Test
    void aMeetingOfAnUnknownKindIsRejectedAloneAndTheOthersStillCount() {
      List<Meeting> meetings = List.of(MEETINGS.get(0), new Meeting("tea-party", "c1", date("2024-07-01")),
          MEETINGS.get(1));
      UnitReport sd = ENGINE.report(new HierarchyFacts(UNITS, List.of(A, B, C, D), MATTERS, meetings), "sd", AS_OF)
          .value();
      assertEquals(List.of("/meetings/1/meeting"), pointers(sd.rejected()));
      assertEquals(ENGINE.report(FACTS, "sd", AS_OF).value().meetings(), sd.meetings());
    }
  }

  /** Whichever estates are bad, the rates are those of the good estates alone, and each bad one is named. */
  @Test
  void ratesOverAnyMixOfBadEstatesAreTheRatesOfTheGoodOnes() {
    List<Estate> good = List.of(A, B, C, D);
    qt().withExamples(60).forAll(integers().between(0, 15)).checkAssert(mask -> {
      List<Estate> mixed = new ArrayList<>();
      List<Estate> kept = new ArrayList<>();
      List<String> badPrefixes = new ArrayList<>();
      for (int i = 0; i < good.size(); i++) {
        Estate e = good.get(i);
        boolean bad = (mask >> i & 1) == 1;
        mixed.add(bad ? broken(e) : e);
        if (bad) {
          badPrefixes.add("/estates/" + i + "/");
        } else {
          kept.add(e);
        }
      }
      HierarchyFacts facts = new HierarchyFacts(UNITS, mixed, MATTERS, MEETINGS);
      Map<String, UnitRates> expected = ENGINE.rates(new HierarchyFacts(UNITS, kept, MATTERS, MEETINGS), AS_OF);
      assertEquals(expected, ENGINE.rates(facts, AS_OF));
      List<String> rejected = pointers(ENGINE.report(facts, "sd", AS_OF).value().rejected());
      for (String prefix : badPrefixes) {
        assertTrue(rejected.stream().anyMatch(p -> p.startsWith(prefix)), prefix + " in " + rejected);
      }
      assertTrue(rejected.stream().allMatch(p -> badPrefixes.stream().anyMatch(p::startsWith)), rejected.toString());
    });
  }

  /** The estate with co-management facts that name one company only. */
  private static Estate broken(Estate e) {
    return new Estate(e.id(), e.name(), e.company(), e.surveyRounds(), e.votes(), e.unitId(), e.households(),
        e.serviceMode(), e.fees(), e.committee(), BAD_C.service());
  }
}
