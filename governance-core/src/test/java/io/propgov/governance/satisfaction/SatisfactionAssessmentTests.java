package io.propgov.governance.satisfaction;

import static io.propgov.governance.Fixtures.CN_DEFAULT;
import static io.propgov.governance.Fixtures.FAILURES_SOURCE;
import static io.propgov.governance.Fixtures.INVALID_ROUNDS_SOURCE;
import static io.propgov.governance.Fixtures.TEST_SOURCE;
import static io.propgov.governance.Fixtures.cnDefaultWith;
import static io.propgov.governance.Fixtures.date;
import static io.propgov.governance.Fixtures.failed;
import static io.propgov.governance.Fixtures.invalid;
import static io.propgov.governance.Fixtures.passed;
import static io.propgov.governance.satisfaction.SatisfactionRulesTests.figure;
import static io.propgov.governance.satisfaction.SatisfactionRulesTests.reason;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.policy.PolicyRef;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SatisfactionAssessmentTests {

  private static final LocalDate AS_OF = date("2024-12-31");
  private static final SatisfactionRules RULES = new SatisfactionRules(CN_DEFAULT);
  private static final SatisfactionRules TWO_FAILURES = new SatisfactionRules(
      cnDefaultWith(SatisfactionParameters.FAILURES_FOR_DISMISSAL, 2));
  private static final SatisfactionRules RESET = new SatisfactionRules(
      cnDefaultWith(SatisfactionParameters.INVALID_ROUNDS, InvalidRoundHandling.RESET));

  private static Decision<SatisfactionAssessment> assess(SatisfactionRules rules, SurveyRound... rounds) {
    return rules.assess(List.of(rounds), AS_OF);
  }

  /** A failed round, an invalid one, and another failed round, one quarter apart. */
  private static Decision<SatisfactionAssessment> failedInvalidFailed(SatisfactionRules rules) {
    return assess(rules, failed("a", date("2024-03-31")), invalid("b", date("2024-06-30")),
        failed("c", date("2024-09-30")));
  }

  @Nested
  class ConsecutiveFailures {

    @Test
    void twoFailedRoundsInARowCountTwo() {
      Decision<SatisfactionAssessment> d = assess(RULES, failed("2024-H1", date("2024-06-30")),
          failed("2024-H2", date("2024-12-31")));
      assertEquals(2, d.value().consecutiveFailures());
      assertEquals(1, d.value().failuresRequired());
      assertTrue(d.value().dismissalMayStart());
      Reason r = reason(d, "satisfaction.consecutive-failures");
      assertEquals(Outcome.MET, r.outcome());
      assertEquals(Comparison.AT_LEAST, r.comparison());
      assertEquals(Fraction.of(2), figure(r, "consecutiveFailures"));
      assertEquals(Fraction.ONE, figure(r, "failuresRequired"));
      assertEquals(Fraction.of(2), figure(r, "roundsRated"));
      assertEquals(Fraction.ZERO, figure(r, "roundsAfterAsOf"));
      assertEquals(FAILURES_SOURCE, r.citation());
    }

    @Test
    void passedRoundAfterAFailureResetsTheRun() {
      Decision<SatisfactionAssessment> d = assess(RULES, failed("a", date("2024-03-31")),
          passed("b", date("2024-06-30")));
      assertEquals(0, d.value().consecutiveFailures());
      assertFalse(d.value().dismissalMayStart());
      assertEquals(Outcome.NOT_MET, reason(d, "satisfaction.consecutive-failures").outcome());
    }

    @Test
    void onlyFailuresAfterTheLatestPassCount() {
      Decision<SatisfactionAssessment> d = assess(RULES, failed("a", date("2023-06-30")),
          failed("b", date("2023-12-31")), passed("c", date("2024-03-31")), failed("d", date("2024-06-30")));
      assertEquals(1, d.value().consecutiveFailures());
    }

    @Test
    void invalidRoundBetweenFailuresIsPassedOverUnderSkip() {
      Decision<SatisfactionAssessment> d = failedInvalidFailed(RULES);
      assertEquals(2, d.value().consecutiveFailures());
      Reason skip = reason(d, "satisfaction.invalid-rounds.skip");
      assertEquals(Outcome.MET, skip.outcome());
      assertEquals(Fraction.ONE, figure(skip, "invalidRounds"));
      assertEquals(INVALID_ROUNDS_SOURCE, skip.citation());
    }

    @Test
    void invalidRoundBetweenFailuresEndsTheRunUnderReset() {
      Decision<SatisfactionAssessment> d = failedInvalidFailed(RESET);
      assertEquals(1, d.value().consecutiveFailures());
      Reason reset = reason(d, "satisfaction.invalid-rounds.reset");
      assertEquals(Outcome.MET, reset.outcome());
      assertEquals(TEST_SOURCE, reset.citation());
      assertTrue(d.reason("satisfaction.invalid-rounds.skip").isEmpty());
    }

    @Test
    void invalidRoundRuleIsNotApplicableWhenNoRoundIsInvalid() {
      Reason skip = reason(assess(RULES, failed("a", date("2024-03-31"))), "satisfaction.invalid-rounds.skip");
      assertEquals(Outcome.NOT_APPLICABLE, skip.outcome());
      assertEquals(Fraction.ZERO, figure(skip, "invalidRounds"));
    }

    @Test
    void noRoundsMeansNoFailures() {
      Decision<SatisfactionAssessment> d = RULES.assess(List.of(), AS_OF);
      assertEquals(0, d.value().consecutiveFailures());
      assertFalse(d.value().dismissalMayStart());
      assertTrue(d.value().rounds().isEmpty());
    }
  }

  @Nested
  class FailuresForDismissal {

    @Test
    void oneFailureIsNotEnoughWhenThePolicyRequiresTwo() {
      Decision<SatisfactionAssessment> d = assess(TWO_FAILURES, failed("a", date("2024-06-30")));
      assertEquals(1, d.value().consecutiveFailures());
      assertEquals(2, d.value().failuresRequired());
      assertFalse(d.value().dismissalMayStart());
      assertEquals("satisfaction.assessment.NO_DISMISSAL", d.value().messageKey());
      assertEquals(Outcome.NOT_MET, reason(d, "satisfaction.consecutive-failures").outcome());
    }

    @Test
    void twoFailuresLetADismissalStartWhenThePolicyRequiresTwo() {
      Decision<SatisfactionAssessment> d = assess(TWO_FAILURES, failed("a", date("2024-06-30")),
          failed("b", date("2024-12-31")));
      assertTrue(d.value().dismissalMayStart());
      assertEquals("satisfaction.assessment.DISMISSAL_MAY_START", d.value().messageKey());
      assertEquals(TEST_SOURCE, reason(d, "satisfaction.consecutive-failures").citation());
    }

    @Test
    void oneFailureIsEnoughUnderTheDefaultPolicy() {
      assertTrue(assess(RULES, failed("a", date("2024-06-30"))).value().dismissalMayStart());
    }
  }

  @Nested
  class AsOfAndOrder {

    @Test
    void roundsClosedAfterTheAsOfDateAreLeftOut() {
      Decision<SatisfactionAssessment> d = RULES.assess(List.of(failed("a", date("2024-06-30")),
          passed("b", date("2025-01-01"))), AS_OF);
      assertEquals(1, d.value().consecutiveFailures());
      assertEquals(1, d.value().rounds().size());
      assertEquals(Fraction.ONE, figure(reason(d, "satisfaction.consecutive-failures"), "roundsAfterAsOf"));
    }

    @Test
    void roundClosedOnTheAsOfDateIsKnown() {
      assertEquals(0, RULES.assess(List.of(failed("a", date("2024-06-30")), passed("b", AS_OF)), AS_OF)
          .value().consecutiveFailures());
    }

    @Test
    void orderOfTheInputRoundsDoesNotMatter() {
      List<SurveyRound> rounds = new ArrayList<>(List.of(passed("a", date("2023-06-30")),
          failed("b", date("2023-12-31")), invalid("c", date("2024-03-31")), failed("d", date("2024-06-30")),
          failed("e", date("2024-06-30")), passed("f", date("2025-06-30"))));
      Decision<SatisfactionAssessment> expected = RULES.assess(rounds, AS_OF);
      Random random = new Random(278);
      for (int i = 0; i < 20; i++) {
        Collections.shuffle(rounds, random);
        assertEquals(expected, RULES.assess(rounds, AS_OF));
      }
      assertEquals(3, expected.value().consecutiveFailures());
    }

    @Test
    void roundsAreListedOldestFirstEachWithItsOwnDecision() {
      Decision<SatisfactionAssessment> d = RULES.assess(List.of(failed("later", date("2024-06-30")),
          passed("earlier", date("2024-03-31"))), AS_OF);
      assertEquals(List.of("earlier", "later"), d.value().rounds().stream().map(r -> r.value().roundId()).toList());
      assertEquals(List.of(RoundStatus.PASSED, RoundStatus.FAILED),
          d.value().rounds().stream().map(r -> r.value().status()).toList());
      assertTrue(d.value().rounds().stream().allMatch(r -> r.asOf().equals(AS_OF)));
      assertEquals(new PolicyRef("cn-default", "2026.1"), d.policy());
      assertEquals(AS_OF, d.asOf());
      assertEquals(List.copyOf(d.value().rounds()), d.value().parts());
    }

    @Test
    void roundsAfterTheAsOfDateAreStillValidated() {
      InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> RULES.assess(
          List.of(passed("a", date("2024-06-30")), passed("a", date("2025-06-30"))), AS_OF));
      assertEquals("/1/id", e.errors().get(0).pointer());
    }

    @Test
    void assessingNoRoundsBeforeThePolicyStartsDoesNotThrow() {
      Decision<SatisfactionAssessment> d = assertDoesNotThrow(() -> RULES.assess(List.of(), date("2018-06-30")));
      assertEquals(0, d.value().consecutiveFailures());
      assertFalse(d.value().dismissalMayStart());
    }
  }
}
