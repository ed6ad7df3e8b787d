package io.propgov.governance.engine;

import static io.propgov.governance.Fixtures.CN_DEFAULT;
import static io.propgov.governance.Fixtures.CN_DEFAULT_WITH_ORG;
import static io.propgov.governance.Fixtures.WUHAN_LEVELS;
import static io.propgov.governance.Fixtures.cnDefaultWithOrgWithout;
import static io.propgov.governance.Fixtures.ballot;
import static io.propgov.governance.Fixtures.ballots;
import static io.propgov.governance.Fixtures.clearVote;
import static io.propgov.governance.Fixtures.cnDefaultWith;
import static io.propgov.governance.Fixtures.cnDefaultWithout;
import static io.propgov.governance.Fixtures.date;
import static io.propgov.governance.Fixtures.estate;
import static io.propgov.governance.Fixtures.failed;
import static io.propgov.governance.Fixtures.invalid;
import static io.propgov.governance.Fixtures.passed;
import static io.propgov.governance.Fixtures.round;
import static io.propgov.governance.Fixtures.vote;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.area.Result;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.policy.PolicyRef;
import io.propgov.governance.org.HierarchyFacts;
import io.propgov.governance.org.HierarchyRules;
import io.propgov.governance.org.OrgParameters;
import io.propgov.governance.service.ServiceParameters;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.satisfaction.InvalidRoundHandling;
import io.propgov.governance.satisfaction.SatisfactionParameters;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.vote.BallotChoice;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.OwnersVote;
import io.propgov.governance.vote.VoteParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GovernanceEngineTests {

  static final LocalDate AS_OF = date("2024-12-31");
  static final GovernanceEngine ENGINE = GovernanceEngine.create(CN_DEFAULT);

  static Decision<EstateAssessment> assess(GovernanceEngine engine, List<SurveyRound> rounds, List<OwnersVote> votes) {
    return engine.assess(estate("e1", rounds, votes), AS_OF);
  }

  static EstateStatus status(GovernanceEngine engine, List<SurveyRound> rounds, List<OwnersVote> votes) {
    return assess(engine, rounds, votes).value().status();
  }

  @Nested
  class Creation {

    @Test
    void policyMissingParametersIsRejectedListingEveryMissingSatisfactionAndVoteId() {
      ParameterKey<?>[] all = GovernanceEngine.parameters().toArray(ParameterKey<?>[]::new);
      InvalidPolicyException e = assertThrows(InvalidPolicyException.class,
          () -> GovernanceEngine.create(cnDefaultWithout(all).build()));
      List<ParameterKey<?>> required = Stream.of(SatisfactionParameters.ALL, VoteParameters.ALL)
          .flatMap(List::stream).toList();
      assertEquals(required.stream().map(k -> "/parameters/" + k.id()).toList(),
          e.errors().stream().map(InputError::pointer).toList(),
          "the org.* parameters are optional as a whole, so a policy without any of them is not told to set them");
      assertTrue(e.errors().stream().allMatch(x -> x.code().equals("required")));
      assertEquals(10, e.errors().size());
    }

    @Test
    void policyWithSomeButNotAllOrganisationParametersListsExactlyTheMissingOnes() {
      InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> GovernanceEngine.create(
          cnDefaultWithOrgWithout(OrgParameters.ESCALATION, OrgParameters.MEETINGS).build()));
      assertEquals(List.of("/parameters/org.escalation", "/parameters/org.meetings"),
          e.errors().stream().map(InputError::pointer).toList());
      assertTrue(e.errors().stream().allMatch(x -> x.code().equals("required")));
      List<InputError> onlyMeetings = GovernanceEngine.check(cnDefaultWithOrgWithout(OrgParameters.LEVELS,
          OrgParameters.ESCALATION, OrgParameters.CALENDAR, OrgParameters.PARTY_THRESHOLDS).build());
      assertEquals(List.of("/parameters/org.levels", "/parameters/org.escalation",
          "/parameters/org.party-thresholds"), onlyMeetings.stream().map(InputError::pointer).toList());
      assertTrue(onlyMeetings.get(0).message().contains("org.levels"), onlyMeetings.get(0).message());
    }

    @Test
    void theCalendarIsOptionalAndAloneDoesNotMakeAPolicyJudgeTrees() {
      GovernancePolicy withoutCalendar = cnDefaultWithOrgWithout(OrgParameters.CALENDAR).build();
      assertTrue(GovernanceEngine.check(withoutCalendar).isEmpty());
      assertTrue(GovernanceEngine.create(withoutCalendar).judgesHierarchy());
      GovernancePolicy onlyCalendar = cnDefaultWithOrgWithout(OrgParameters.LEVELS, OrgParameters.ESCALATION,
          OrgParameters.PARTY_THRESHOLDS, OrgParameters.MEETINGS, io.propgov.governance.metrics.MetricsParameters.RATES)
          .build();
      assertTrue(onlyCalendar.timeline(OrgParameters.CALENDAR).isPresent());
      assertTrue(GovernanceEngine.check(onlyCalendar).isEmpty());
      assertFalse(GovernanceEngine.create(onlyCalendar).judgesHierarchy());
    }

    @Test
    void policyMissingSomeParametersNamesExactlyThose() {
      InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> GovernanceEngine.create(
          cnDefaultWithout(SatisfactionParameters.QUORUM, VoteParameters.DISMISSAL_NOTICE_DAYS).build()));
      assertEquals(List.of("/parameters/satisfaction.quorum", "/parameters/vote.dismissal-notice-days"),
          e.errors().stream().map(InputError::pointer).toList());
      assertTrue(e.errors().get(0).message().contains("satisfaction.quorum"), e.errors().get(0).message());
    }

    @Test
    void passLineOffTheScaleIsReported() {
      InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> GovernanceEngine.create(
          cnDefaultWith(SatisfactionParameters.PASS_LINE, new BigDecimal("-5"))));
      assertEquals("/parameters/satisfaction.pass-line/0/value", e.errors().get(0).pointer());
      assertEquals("range", e.errors().get(0).code());
    }

    @Test
    void checkReportsWithoutThrowingAndTheDefaultPolicyIsUsable() {
      assertTrue(GovernanceEngine.check(CN_DEFAULT).isEmpty());
      assertEquals(1, GovernanceEngine.check(cnDefaultWithout(VoteParameters.SPECIAL_RULE).build()).size());
      assertEquals(CN_DEFAULT, ENGINE.policy());
      assertEquals(65, GovernanceEngine.parameters().size());
      assertEquals(OrgParameters.ALL, GovernanceEngine.parameters().subList(10, 14));
      assertEquals(OrgParameters.OPTIONAL, GovernanceEngine.parameters().subList(14, 15));
      assertEquals(ServiceParameters.ALL, GovernanceEngine.parameters().subList(15, 19));
      assertEquals(io.propgov.governance.credit.CreditParameters.ALL, GovernanceEngine.parameters().subList(19, 31));
      assertEquals(io.propgov.governance.credit.CreditParameters.OPTIONAL, GovernanceEngine.parameters().subList(31, 34));
      assertEquals(io.propgov.governance.subsidy.SubsidyParameters.ALL, GovernanceEngine.parameters().subList(34, 36));
      assertEquals(io.propgov.governance.money.MoneyParameters.ALL, GovernanceEngine.parameters().subList(36, 42));
      assertEquals(io.propgov.governance.money.MoneyParameters.OPTIONAL, GovernanceEngine.parameters().subList(42, 43));
      assertEquals(io.propgov.governance.owners.OwnersParameters.ALL, GovernanceEngine.parameters().subList(43, 52));
      assertEquals(io.propgov.governance.owners.OwnersParameters.OPTIONAL, GovernanceEngine.parameters().subList(52, 54));
      assertEquals(io.propgov.governance.workorder.WorkOrderParameters.ALL, GovernanceEngine.parameters().subList(58, 64));
      assertEquals(io.propgov.governance.metrics.MetricsParameters.ALL, GovernanceEngine.parameters().subList(64, 65));
    }

    @Test
    void policyWithoutOrganisationParametersIsAcceptedButJudgesNoTrees() {
      assertFalse(HierarchyRules.isConfigured(CN_DEFAULT));
      assertFalse(ENGINE.judgesHierarchy());
      IllegalStateException e = assertThrows(IllegalStateException.class, ENGINE::hierarchy);
      for (ParameterKey<?> key : OrgParameters.ALL) {
        assertTrue(e.getMessage().contains(key.id()), e.getMessage());
      }
      assertTrue(e.getMessage().contains("cn-default@2026.1"), e.getMessage());
      HierarchyFacts facts = new HierarchyFacts(List.of(), List.of(), List.of(), List.of());
      assertThrows(IllegalStateException.class, () -> ENGINE.validate(facts, AS_OF));
      assertThrows(IllegalStateException.class, () -> ENGINE.rates(facts, AS_OF));
      assertThrows(IllegalStateException.class, () -> ENGINE.report(facts, "u", AS_OF));
    }

    @Test
    void policyWithEveryOrganisationParameterJudgesTrees() {
      assertTrue(GovernanceEngine.check(CN_DEFAULT_WITH_ORG).isEmpty());
      GovernanceEngine engine = GovernanceEngine.create(CN_DEFAULT_WITH_ORG);
      assertTrue(engine.judgesHierarchy());
      assertEquals(WUHAN_LEVELS, engine.hierarchy().template(AS_OF));
    }
  }

  @Nested
  class EstateStatuses {

    @Test
    void estateWithoutAValidRoundHasNoValidRating() {
      assertEquals(EstateStatus.NO_VALID_RATING, status(ENGINE, List.of(), List.of()));
      assertEquals(EstateStatus.NO_VALID_RATING, status(ENGINE, List.of(invalid("a", date("2024-06-30"))), List.of()));
    }

    @Test
    void estateWhoseLatestValidRoundPassedIsSatisfactory() {
      assertEquals(EstateStatus.SATISFACTORY, status(ENGINE,
          List.of(failed("a", date("2024-03-31")), passed("b", date("2024-06-30")), invalid("c", date("2024-09-30"))),
          List.of()));
    }

    @Test
    void oneFailureIsBelowThePassLineWhenThePolicyRequiresTwo() {
      GovernanceEngine twoFailures = GovernanceEngine.create(cnDefaultWith(SatisfactionParameters.FAILURES_FOR_DISMISSAL, 2));
      Decision<EstateAssessment> d = assess(twoFailures, List.of(failed("a", date("2024-06-30"))), List.of());
      assertEquals(EstateStatus.BELOW_PASS_LINE, d.value().status());
      assertEquals("estate.BELOW_PASS_LINE", d.value().messageKey());
      assertEquals(EstateStatus.DISMISSAL_MAY_START, status(twoFailures,
          List.of(failed("a", date("2024-06-30")), failed("b", date("2024-09-30"))), List.of()));
    }

    @Test
    void oneFailureLetsADismissalStartUnderTheDefaultPolicy() {
      assertEquals(EstateStatus.DISMISSAL_MAY_START, status(ENGINE, List.of(failed("a", date("2024-06-30"))), List.of()));
    }

    @Test
    void passedDismissalVoteDecidesTheDismissalWithTheContractEnd() {
      Decision<EstateAssessment> d = assess(ENGINE, List.of(failed("a", date("2024-03-31"))),
          List.of(clearVote("v1", Matter.DISMISS_COMPANY, date("2024-05-20"))));
      assertEquals(EstateStatus.DISMISSAL_DECIDED, d.value().status());
      assertEquals(date("2024-07-19"), d.value().contractEnd());
    }

    @Test
    void laterPassedHireVoteClearsTheDismissalAndTheNewCompanyIsNotYetRated() {
      Decision<EstateAssessment> d = assess(ENGINE, List.of(passed("a", date("2024-03-31"))), List.of(
          clearVote("hire", Matter.HIRE_COMPANY, date("2024-09-01")),
          clearVote("dismiss", Matter.DISMISS_COMPANY, date("2024-05-20"))));
      assertEquals(EstateStatus.NO_VALID_RATING, d.value().status());
      assertEquals(List.of(), d.value().satisfaction().value().rounds());
      assertNull(d.value().contractEnd());
      assertEquals(List.of("dismiss", "hire"), d.value().votes().stream().map(v -> v.value().voteId()).toList());
    }

    @Test
    void earlierHireVoteDoesNotClearALaterDismissal() {
      assertEquals(EstateStatus.DISMISSAL_DECIDED, status(ENGINE, List.of(), List.of(
          clearVote("dismiss", Matter.DISMISS_COMPANY, date("2024-05-20")),
          clearVote("hire", Matter.HIRE_COMPANY, date("2023-01-10")))));
    }

    @Test
    void rejectedOrLaterDismissalVotesDecideNothing() {
      OwnersVote rejected = vote("no", Matter.DISMISS_COMPANY, date("2024-05-20"), 30, "3000",
          ballots("f", 10, "100", BallotChoice.FOR), ballots("a", 10, "100", BallotChoice.AGAINST));
      OwnersVote later = clearVote("later", Matter.DISMISS_COMPANY, date("2025-01-02"));
      Decision<EstateAssessment> d = assess(ENGINE, List.of(failed("a", date("2024-03-31"))), List.of(rejected, later));
      assertEquals(EstateStatus.DISMISSAL_MAY_START, d.value().status());
      assertEquals(1, d.value().votes().size(), "the vote after the as-of date is left out");
    }

    @Test
    void decisionCarriesThePolicyAndTheAsOfDateAndNestsItsParts() {
      Decision<EstateAssessment> d = assess(ENGINE, List.of(failed("a", date("2024-03-31"))),
          List.of(clearVote("v1", Matter.DISMISS_COMPANY, date("2024-05-20"))));
      assertEquals(new PolicyRef("cn-default", "2026.1"), d.policy());
      assertEquals(AS_OF, d.asOf());
      assertEquals("e1", d.value().estateId());
      assertEquals(2, d.value().parts().size());
      assertTrue(d.value().parts().stream().allMatch(p -> p.policy().equals(d.policy()) && p.asOf().equals(AS_OF)));
    }

    @Test
    void latestValidRoundFailedIsNeverSatisfactory() {
      GovernanceEngine reset = GovernanceEngine.create(
          cnDefaultWith(SatisfactionParameters.INVALID_ROUNDS, InvalidRoundHandling.RESET));
      assertEquals(EstateStatus.BELOW_PASS_LINE, status(reset,
          List.of(failed("a", date("2024-03-31")), invalid("b", date("2024-06-30"))), List.of()));
    }

    @Test
    void estateCanBeAssessedAsOfADateBeforeTheSatisfactionRulesStart() {
      Estate estate = estate("old", List.of(), List.of(vote("v2016", Matter.DISMISS_COMPANY, date("2016-05-20"), 100,
          "10000", ballots("f", 51, "100", BallotChoice.FOR))));
      Decision<EstateAssessment> d = assertDoesNotThrow(() -> ENGINE.assess(estate, date("2016-12-31")));
      assertEquals(EstateStatus.DISMISSAL_DECIDED, d.value().status());
      assertEquals(date("2016-07-19"), d.value().contractEnd());
    }

    @Test
    void roundsBeforeAHireDoNotCountAgainstTheNewCompany() {
      assertEquals(EstateStatus.NO_VALID_RATING, status(ENGINE, List.of(failed("a", date("2024-03-31"))), List.of(
          clearVote("dismiss", Matter.DISMISS_COMPANY, date("2024-05-20")),
          clearVote("hire", Matter.HIRE_COMPANY, date("2024-09-01")))));
    }
  }

  @Nested
  class InvalidFacts {

    @Test
    void everyProblemWithAnEstateIsReportedWithItsPointer() {
      Estate bad = estate("bad", List.of(round("r", date("2018-06-30"), 10, 10, "80")), List.of(
          clearVote("v", Matter.DISMISS_COMPANY, date("2024-05-20")),
          vote("v", Matter.DISMISS_COMPANY, date("2024-06-20"), 1, "100", ballots("f", 2, "100", BallotChoice.FOR))));
      InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> ENGINE.assess(bad, AS_OF));
      assertEquals(List.of("/surveyRounds/0/date", "/votes/1/id", "/votes/1/totalOwners", "/votes/1/totalArea"),
          e.errors().stream().map(InputError::pointer).toList());
    }

    @Test
    void batchGivesOneResultPerEstateInOrderWithRejectionsPrefixed() {
      Estate good = estate("good", List.of(passed("a", date("2024-06-30"))), List.of());
      Estate badRound = estate("bad-round", List.of(round("r", date("2024-06-30"), 1, 2, "80")), List.of());
      Estate failing = estate("failing", List.of(failed("a", date("2024-06-30"))), List.of());
      Estate badVote = estate("bad-vote", List.of(), List.of(vote("v", Matter.DISMISS_COMPANY, date("2024-05-20"), 30,
          "3000", List.of(ballot("o", "100", BallotChoice.FOR), ballot("o", "50", BallotChoice.AGAINST)))));
      List<Result<EstateAssessment>> results = ENGINE.assessAll(List.of(good, badRound, failing, badVote), AS_OF);

      assertEquals(4, results.size());
      assertEquals(List.of(0, 1, 2, 3), results.stream().map(Result::index).toList());
      assertEquals(List.of("good", "bad-round", "failing", "bad-vote"), results.stream().map(Result::id).toList());
      assertEquals(List.of(true, false, true, false), results.stream().map(Result::isDecided).toList());
      Result<EstateAssessment> first = results.get(0);
      assertEquals(ENGINE.assess(good, AS_OF), first.decision());
      assertTrue(first.errors().isEmpty());
      Result<EstateAssessment> second = results.get(1);
      assertEquals(List.of("/estates/1/surveyRounds/0/households"),
          second.errors().stream().map(InputError::pointer).toList());
      assertThrows(NoSuchElementException.class, second::decision);
      assertEquals(EstateStatus.DISMISSAL_MAY_START, results.get(2).decision().value().status());
      assertEquals(List.of("/estates/3/votes/0/ballots/1/choice"),
          results.get(3).errors().stream().map(InputError::pointer).toList());
    }

    @Test
    void emptyBatchGivesNoResults() {
      assertTrue(ENGINE.assessAll(List.of(), AS_OF).isEmpty());
    }
  }

  @Nested
  class ThreadSafety {

    @Test
    void sameEstatesAssessedFromEightThreadsGiveEqualDecisions() throws Exception {
      List<Estate> estates = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        estates.add(estate("e" + i, List.of(passed("a", date("2024-03-31")),
            i % 2 == 0 ? failed("b", date("2024-06-30")) : invalid("b", date("2024-06-30"))),
            i % 3 == 0 ? List.of(clearVote("v", Matter.DISMISS_COMPANY, date("2024-08-01"))) : List.of()));
      }
      List<Result<EstateAssessment>> expected = ENGINE.assessAll(estates, AS_OF);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        CountDownLatch start = new CountDownLatch(1);
        Callable<List<List<Result<EstateAssessment>>>> task = () -> {
          start.await();
          List<List<Result<EstateAssessment>>> runs = new ArrayList<>();
          for (int run = 0; run < 25; run++) {
            runs.add(ENGINE.assessAll(estates, AS_OF));
          }
          return runs;
        };
        List<Future<List<List<Result<EstateAssessment>>>>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          futures.add(pool.submit(task));
        }
        start.countDown();
        for (Future<List<List<Result<EstateAssessment>>>> f : futures) {
          for (List<Result<EstateAssessment>> run : f.get(60, TimeUnit.SECONDS)) {
            assertEquals(expected, run);
          }
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
