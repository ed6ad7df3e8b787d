package io.propgov.governance.credit;

import static io.propgov.governance.credit.CreditFixtures.YANTAI;
import static io.propgov.governance.credit.CreditFixtures.basic;
import static io.propgov.governance.credit.CreditFixtures.company;
import static io.propgov.governance.credit.CreditFixtures.event;
import static io.propgov.governance.credit.CreditFixtures.serious;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.Fixtures;
import io.propgov.governance.area.Result;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditRulesTests {

  private static final CreditRules RULES = GovernanceEngine.create(YANTAI).credit();
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  private static Decision<CreditAssessment> assess(LocalDate asOf, CreditEvent... events) {
    return RULES.assess(company("K", events), asOf);
  }

  @Nested
  class Grades {

    @ParameterizedTest(name = "score {0} is grade {1}")
    @CsvSource({"85, AAA", "84.99, AA", "80, AA", "79.99, A", "70, A", "69.99, B", "60, B", "59.99, C"})
    void eachBoundaryBelongsToTheBandItStarts(String score, String grade) {
      // the basic score is capped at 80: above that, a city award (10 points) makes up the rest
      BigDecimal target = new BigDecimal(score);
      Decision<CreditAssessment> d = target.compareTo(new BigDecimal("80")) > 0
          ? assess(AS_OF, basic("b", "2024-06-01", target.subtract(BigDecimal.TEN).toPlainString()),
              event("a", "award-city", "2024-07-01"))
          : assess(AS_OF, basic("b", "2024-06-01", score));

      assertEquals(0, new BigDecimal(score).compareTo(d.value().score()));
      assertEquals(grade, d.value().grade());
    }

    @Test
    void capsLimitEachAddingKind() {
      Decision<CreditAssessment> d = assess(AS_OF, basic("b", "2024-06-01", "90"), event("p1", "award-province",
          "2024-02-01"), event("p2", "award-province", "2024-03-01"), event("p3", "award-city", "2024-04-01"),
          event("c", "complaint", "2024-05-01"));

      // basic 90 capped at 80, good 50 capped at 40, minus 2
      assertEquals(0, new BigDecimal("118").compareTo(d.value().score()));
      assertEquals(Outcome.NOT_MET, d.reasons().stream().filter(r -> r.ruleId().equals("credit.cap")).findFirst()
          .orElseThrow().outcome());
    }

    @Test
    void aSeriousViolationVetoesTheGrade() {
      Decision<CreditAssessment> d = assess(AS_OF, basic("b", "2024-06-01", "80"), event("p", "award-province",
          "2024-02-01"), serious("s", "2024-07-01", null));

      assertEquals("C", d.value().grade());
      assertTrue(d.value().vetoed());
      assertTrue(d.reason("credit.veto").isPresent());
      assertTrue(d.render(Locale.ENGLISH).contains("one-vote veto"));
    }
  }

  @Nested
  class Validity {

    @Test
    void anEventCountsUntilTheDayBeforeItsAnniversary() {
      CreditEvent award = event("a", "award-city", "2023-06-01");

      assertEquals(1, assess(LocalDate.of(2024, 5, 31), award).value().contributions().size());
      assertEquals(0, assess(LocalDate.of(2024, 6, 1), award).value().contributions().size());
    }

    @Test
    void eventsAfterTheAsOfDateAreNotYetKnown() {
      assertEquals(0, assess(AS_OF, event("a", "award-city", "2025-01-01")).value().contributions().size());
    }

    @Test
    void pastCyclesAreGradedAtTheirClose() {
      // 2022: 86 capped at 80 (AA); 2023: 72 (A); 2024: 50 (C)
      Decision<CreditAssessment> d = assess(AS_OF, basic("b22", "2022-03-01", "86"), basic("b23", "2023-03-01", "72"),
          basic("b24", "2024-03-01", "50"));

      assertEquals(List.of("AA", "A", "C"), d.value().cycles().stream().map(CycleGrade::grade).toList());
    }
  }

  @Nested
  class Blacklist {

    @Test
    void threeLowestGradesInARowListTheCompany() {
      Decision<BlacklistStatus> d = RULES.blacklist(company("K", basic("b22", "2022-03-01", "50"),
          basic("b23", "2023-03-01", "50"), basic("b24", "2024-03-01", "50")), AS_OF);

      assertTrue(d.value().listed());
      assertEquals(ListingCause.LOWEST_GRADES, d.value().current().orElseThrow().cause());
      assertEquals(LocalDate.of(2024, 12, 31), d.value().current().orElseThrow().since());
    }

    @Test
    void lowestBestLowestDoesNotListTheCompany() {
      Decision<BlacklistStatus> d = RULES.blacklist(company("K", basic("b22", "2022-03-01", "50"),
          basic("b23", "2023-03-01", "65"), basic("b24", "2024-03-01", "50")), AS_OF);

      assertFalse(d.value().listed());
      assertEquals(Outcome.NOT_MET, d.reason("credit.blacklist.lowest-grades").orElseThrow().outcome());
    }

    @Test
    void aSeriousViolationListsForTheTermAndExpires() {
      CompanyRecord record = company("K", serious("s", "2022-03-01", null));

      assertTrue(RULES.blacklist(record, LocalDate.of(2024, 2, 29)).value().listed());
      BlacklistStatus after = RULES.blacklist(record, LocalDate.of(2024, 3, 1)).value();
      assertFalse(after.listed());
      assertEquals(ListingEnd.EXPIRED, after.history().get(0).end());
    }

    @Test
    void repairEndsAListingOnceCorrectedAndQuietForItsMonths() {
      CompanyRecord record = company("K", serious("s", "2023-03-01", "2023-04-15"));

      assertTrue(RULES.blacklist(record, LocalDate.of(2024, 2, 29)).value().listed());
      BlacklistStatus repaired = RULES.blacklist(record, LocalDate.of(2024, 3, 1)).value();
      assertFalse(repaired.listed());
      assertEquals(ListingEnd.REPAIRED, repaired.history().get(0).end());
      assertEquals(LocalDate.of(2024, 3, 1), repaired.history().get(0).endsOn());
    }

    @Test
    void anUncorrectedViolationIsNeverRepaired() {
      Decision<BlacklistStatus> d = RULES.blacklist(company("K", serious("s", "2023-03-01", null)), AS_OF);

      assertTrue(d.value().listed());
      assertEquals(Outcome.NOT_MET, d.reason("credit.blacklist.repair-correction").orElseThrow().outcome());
    }

    @Test
    void aSeriousViolationWhileListedRunsTheListingAgain() {
      Decision<BlacklistStatus> d = RULES.blacklist(company("K", serious("s1", "2023-01-10", null),
          serious("s2", "2024-06-01", null)), AS_OF);

      Listing listing = d.value().current().orElseThrow();
      assertEquals(1, d.value().history().size());
      assertEquals(LocalDate.of(2026, 6, 1), listing.endsOn());
      assertEquals(List.of("s2"), listing.extensions());
    }
  }

  @Nested
  class Consequences {

    @Test
    void aListedCompanyIsBarredFromSubsidies() {
      Decision<ConsequencesInForce> d = RULES.consequences(company("K", serious("s", "2024-03-01", null)), AS_OF);

      assertTrue(d.value().has(Consequence.BARRED_FROM_SUBSIDIES));
      assertTrue(d.value().has(Consequence.BARRED_FROM_BIDDING));
      assertFalse(d.value().has(Consequence.BIDDING_BONUS));
    }

    @Test
    void gradeAOrAboveBringsTheRewards() {
      Decision<ConsequencesInForce> d = RULES.consequences(company("K", basic("b", "2024-03-01", "70")), AS_OF);

      assertEquals(List.of(Consequence.PRIORITY_FOR_FUNDS, Consequence.BIDDING_BONUS, Consequence.FEWER_INSPECTIONS),
          d.value().inForce().stream().map(ConsequenceInForce::consequence).toList());
    }

    @Test
    void gradeBBringsNothing() {
      Decision<ConsequencesInForce> d = RULES.consequences(company("K", basic("b", "2024-03-01", "65")), AS_OF);

      assertEquals(List.of(), d.value().inForce());
      assertEquals(Outcome.NOT_APPLICABLE, d.reason("credit.consequence.none").orElseThrow().outcome());
    }
  }

  @Nested
  class BadInput {

    @Test
    void unknownCodesAndDuplicateIdsAreReportedTogether() {
      InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> RULES.assess(company("K",
          event("a", "no-such", "2024-01-01"), event("a", "complaint", "2024-02-01"),
          event("b", "complaint", "2019-02-01")), AS_OF));

      assertEquals(List.of("/events/0/code", "/events/1/id", "/events/2/date"),
          e.errors().stream().map(InputError::pointer).toList());
    }

    @Test
    void aBatchGivesOneResultPerRecord() {
      List<Result<CreditAssessment>> results = RULES.assessAll(List.of(company("ok", basic("b", "2024-01-01",
          "70")), company("bad", event("x", "nope", "2024-01-01"))), AS_OF);

      assertTrue(results.get(0).isDecided());
      assertEquals(List.of("ok", "bad"), results.stream().map(Result::id).toList());
      assertFalse(results.get(1).isDecided());
      assertEquals("/companies/1/events/0/code", results.get(1).errors().get(0).pointer());
    }

    @Test
    void aPolicyWithoutCreditParametersJudgesNoCredit() {
      GovernanceEngine engine = GovernanceEngine.create(Fixtures.CN_DEFAULT);

      assertFalse(engine.judgesCredit());
      assertThrows(IllegalStateException.class, engine::credit);
    }

    @Test
    void creditParametersComeAllOrNone() {
      List<InputError> errors = GovernanceEngine.check(CreditFixtures.yantaiWithout(CreditParameters.LADDER).build());

      assertEquals(List.of("/parameters/arrears.ladder"), errors.stream().map(InputError::pointer).toList());
    }

    @Test
    void aConsequenceOfAnUnknownGradeIsAPolicyError() {
      List<InputError> errors = GovernanceEngine.check(CreditFixtures.yantaiWith(CreditParameters.CONSEQUENCES,
          new ConsequenceTable(List.of(new ConsequenceTrigger(Consequence.RED_LIST, java.util.Set.of("AAAA"), false)))));

      assertEquals("/parameters/credit.consequences/0/value/0/grades", errors.get(0).pointer());
    }

    @Test
    void aLadderStepTheLawForbidsIsAPolicyError() {
      List<InputError> errors = GovernanceEngine.check(CreditFixtures.yantaiWith(CreditParameters.LADDER,
          new ArrearsLadder(List.of(new LadderStep(ArrearsAction.REMINDER, 1),
              new LadderStep(ArrearsAction.CUT_WATER, 30)))));

      assertEquals("/parameters/arrears.ladder/0/value/1/action", errors.get(0).pointer());
    }
  }
}
