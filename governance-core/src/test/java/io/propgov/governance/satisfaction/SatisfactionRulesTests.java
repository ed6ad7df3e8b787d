package io.propgov.governance.satisfaction;

import io.propgov.governance.area.Valid;
import static io.propgov.governance.Fixtures.CN_DEFAULT;
import static io.propgov.governance.Fixtures.PASS_LINE_SOURCE;
import static io.propgov.governance.Fixtures.QUORUM_SOURCE;
import static io.propgov.governance.Fixtures.TEST_SOURCE;
import static io.propgov.governance.Fixtures.answer;
import static io.propgov.governance.Fixtures.cnDefaultWith;
import static io.propgov.governance.Fixtures.cnDefaultWithout;
import static io.propgov.governance.Fixtures.committee;
import static io.propgov.governance.Fixtures.community;
import static io.propgov.governance.Fixtures.date;
import static io.propgov.governance.Fixtures.households;
import static io.propgov.governance.Fixtures.round;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.Threshold;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SatisfactionRulesTests {

  private static final LocalDate CLOSED = date("2024-06-30");
  private static final LocalDate AS_OF = date("2024-12-31");
  private static final SatisfactionRules RULES = new SatisfactionRules(CN_DEFAULT);

  static Fraction figure(Reason reason, String name) {
    return reason.figure(name).orElseThrow(() -> new AssertionError(reason.ruleId() + " has no figure " + name)).amount();
  }

  static Reason reason(Decision<?> decision, String ruleId) {
    return decision.reason(ruleId).orElseThrow(() -> new AssertionError("no reason " + ruleId + " in " + decision));
  }

  private static Decision<RoundRating> rate(SurveyRound round) {
    return RULES.rate(round, AS_OF);
  }

  @Nested
  class PassLine {

    @Test
    void roundPassesWhenScoreIsExactlyAtPassLine() {
      // 59.99, 60.01 and four 60s: a mean of exactly 60
      Decision<RoundRating> d = rate(round("r", CLOSED, 10, List.of(answer("a", RespondentGroup.HOUSEHOLD, "59.99"),
          answer("b", RespondentGroup.HOUSEHOLD, "60.01")), households(4, "60")));
      assertEquals(RoundStatus.PASSED, d.value().status());
      assertEquals(Fraction.of(60), d.value().weightedScore().orElseThrow());
      Reason passLine = reason(d, "satisfaction.pass-line");
      assertEquals(Outcome.MET, passLine.outcome());
      assertEquals(Comparison.AT_LEAST, passLine.comparison());
      assertEquals("score", passLine.actual());
      assertEquals("passLine", passLine.threshold());
      assertEquals(Fraction.of(60), figure(passLine, "score"));
      assertEquals(Fraction.of(60), figure(passLine, "passLine"));
      assertEquals(PASS_LINE_SOURCE, passLine.citation());
    }

    @Test
    void roundFailsWhenScoreIsAHairBelowPassLine() {
      // 59.98, 60.00 and four 59.99s: a mean of exactly 59.99
      Decision<RoundRating> d = rate(round("r", CLOSED, 10, List.of(answer("a", RespondentGroup.HOUSEHOLD, "59.98"),
          answer("b", RespondentGroup.HOUSEHOLD, "60.00")), households(4, "59.99")));
      assertEquals(RoundStatus.FAILED, d.value().status());
      assertEquals(Fraction.parse("59.99"), d.value().score());
      Reason passLine = reason(d, "satisfaction.pass-line");
      assertEquals(Outcome.NOT_MET, passLine.outcome());
      assertEquals(Fraction.parse("59.99"), figure(passLine, "score"));
    }

    @Test
    void passLineIsReadOnTheDayTheRoundClosed() {
      GovernancePolicy raised = cnDefaultWithout(SatisfactionParameters.PASS_LINE)
          .set(SatisfactionParameters.PASS_LINE, date("2019-01-01"), new BigDecimal("60"), PASS_LINE_SOURCE)
          .set(SatisfactionParameters.PASS_LINE, date("2024-07-01"), new BigDecimal("70"), TEST_SOURCE).build();
      SatisfactionRules rules = new SatisfactionRules(raised);
      assertEquals(RoundStatus.PASSED, rules.rate(round("r", date("2024-06-30"), 10, 10, "65"), AS_OF).value().status());
      Decision<RoundRating> later = rules.rate(round("r", date("2024-07-01"), 10, 10, "65"), AS_OF);
      assertEquals(RoundStatus.FAILED, later.value().status());
      assertEquals(TEST_SOURCE, reason(later, "satisfaction.pass-line").citation());
    }
  }

  @Nested
  class Quorum {

    @Test
    void roundIsValidWhenQuorumIsExactlyMet() {
      Decision<RoundRating> d = rate(round("r", CLOSED, 10, 6, "80"));
      assertEquals(RoundStatus.PASSED, d.value().status());
      assertEquals(0, d.value().missingAnswers());
      Reason quorum = reason(d, "satisfaction.quorum");
      assertEquals(Outcome.MET, quorum.outcome());
      assertEquals(Fraction.of(3, 5), figure(quorum, "answeredShare"));
      assertEquals(Fraction.of(3, 5), figure(quorum, "requiredShare"));
      assertEquals(Fraction.of(6), figure(quorum, "householdAnswers"));
      assertEquals(Fraction.of(10), figure(quorum, "households"));
      assertEquals(Fraction.ZERO, figure(quorum, "missingAnswers"));
      assertEquals(QUORUM_SOURCE, quorum.citation());
    }

    @Test
    void roundIsInvalidOneAnswerShortOfQuorum() {
      Decision<RoundRating> d = rate(round("r", CLOSED, 10, 5, "20"));
      RoundRating rating = d.value();
      assertEquals(RoundStatus.INVALID, rating.status());
      assertEquals(1, rating.missingAnswers());
      assertEquals(5, rating.householdAnswers());
      assertEquals(10, rating.households());
      Reason quorum = reason(d, "satisfaction.quorum");
      assertEquals(Outcome.NOT_MET, quorum.outcome());
      assertEquals(Fraction.ONE, figure(quorum, "missingAnswers"));
      assertEquals(Outcome.NOT_APPLICABLE, reason(d, "satisfaction.pass-line").outcome(),
          "an invalid round is neither passed nor failed, whatever its score");
    }

    @Test
    void onlyHouseholdAnswersCountTowardsQuorum() {
      Decision<RoundRating> d = rate(round("r", CLOSED, 10, households(5, "80"), committee(3, "80"), community(2, "80")));
      assertEquals(RoundStatus.INVALID, d.value().status());
      assertEquals(1, d.value().missingAnswers());
    }

    @Test
    void fractionalQuorumIsRoundedUpToWholeAnswers() {
      // 60% of 7 households is 4.2: five answers are needed
      assertEquals(RoundStatus.PASSED, rate(round("r", CLOSED, 7, 5, "80")).value().status());
      Decision<RoundRating> short4 = rate(round("r", CLOSED, 7, 4, "80"));
      assertEquals(RoundStatus.INVALID, short4.value().status());
      assertEquals(1, short4.value().missingAnswers());
    }

    @Test
    void moreThanQuorumFailsAtExactlyItsShare() {
      SatisfactionRules rules = new SatisfactionRules(
          cnDefaultWith(SatisfactionParameters.QUORUM, Threshold.moreThan(Fraction.of(1, 2))));
      RoundRating half = rules.rate(round("r", CLOSED, 10, 5, "80"), AS_OF).value();
      assertEquals(RoundStatus.INVALID, half.status());
      assertEquals(1, half.missingAnswers());
      assertEquals(RoundStatus.PASSED, rules.rate(round("r", CLOSED, 10, 6, "80"), AS_OF).value().status());
    }
  }

  @Nested
  class GroupWeighting {

    @Test
    void equalWeightsAverageTheGroupMeansNotTheAnswers() {
      // group means 90, 65 and 40 weigh equally: 65 (the mean of all nine answers would be 83.33)
      Decision<RoundRating> d = rate(round("r", CLOSED, 10, households(6, "90"),
          List.of(answer("oc1", RespondentGroup.OWNERS_COMMITTEE, "60"), answer("oc2", RespondentGroup.OWNERS_COMMITTEE, "70")),
          community(1, "40")));
      assertEquals(Fraction.of(65), d.value().score());
      assertEquals(RoundStatus.PASSED, d.value().status());
    }

    @Test
    void groupWithoutAnswersIsLeftOutOfTheWeighting() {
      Decision<RoundRating> d = rate(round("r", CLOSED, 10, households(6, "50"), committee(1, "80")));
      assertEquals(Fraction.of(65), d.value().score(), "(50 + 80) / 2, the silent community counts nothing");
      assertEquals(RoundStatus.PASSED, d.value().status());
    }

    @Test
    void unequalWeightsAreRelative() {
      GovernancePolicy policy = cnDefaultWith(SatisfactionParameters.GROUP_WEIGHTS, new GroupWeights(Map.of(
          RespondentGroup.HOUSEHOLD, Fraction.of(1, 2), RespondentGroup.OWNERS_COMMITTEE, Fraction.of(1, 4),
          RespondentGroup.COMMUNITY, Fraction.of(1, 4))));
      RoundRating r = new SatisfactionRules(policy).rate(round("r", CLOSED, 10, households(6, "50"),
          committee(1, "80"), community(1, "90")), AS_OF).value();
      assertEquals(Fraction.parse("67.5"), r.score());
    }

    @Test
    void groupWithZeroWeightDoesNotCount() {
      GovernancePolicy policy = cnDefaultWith(SatisfactionParameters.GROUP_WEIGHTS, new GroupWeights(Map.of(
          RespondentGroup.HOUSEHOLD, Fraction.ONE, RespondentGroup.OWNERS_COMMITTEE, Fraction.ZERO)));
      RoundRating r = new SatisfactionRules(policy).rate(round("r", CLOSED, 10, households(6, "50"),
          committee(1, "100"), community(1, "100")), AS_OF).value();
      assertEquals(Fraction.of(50), r.score());
      assertEquals(RoundStatus.FAILED, r.status());
    }

    @Test
    void roundWithoutAnyWeightedAnswerIsInvalidAndHasNoScore() {
      GovernancePolicy policy = cnDefaultWith(SatisfactionParameters.GROUP_WEIGHTS,
          new GroupWeights(Map.of(RespondentGroup.COMMUNITY, Fraction.ONE)));
      Decision<RoundRating> d = new SatisfactionRules(policy).rate(round("r", CLOSED, 10, 10, "90"), AS_OF);
      assertEquals(RoundStatus.INVALID, d.value().status());
      assertTrue(d.value().weightedScore().isEmpty());
      assertEquals(Outcome.MET, reason(d, "satisfaction.quorum").outcome());
      assertTrue(d.reason("satisfaction.pass-line").isEmpty());
    }

    @Test
    void invalidRoundWithoutWeightedAnswersDoesNotBlameTheQuorum() {
      GovernancePolicy policy = cnDefaultWith(SatisfactionParameters.GROUP_WEIGHTS,
          new GroupWeights(Map.of(RespondentGroup.COMMUNITY, Fraction.ONE)));
      Decision<RoundRating> d = new SatisfactionRules(policy).rate(round("r", CLOSED, 10, 10, "90"), AS_OF);
      String headline = d.headline(Locale.ENGLISH);
      assertFalse(headline.contains("0 more answers were needed"), headline);
    }

    @Test
    void weightsMustBeNonNegativeWithOnePositive() {
      assertThrows(IllegalArgumentException.class,
          () -> new GroupWeights(Map.of(RespondentGroup.HOUSEHOLD, Fraction.of(-1))));
      assertThrows(IllegalArgumentException.class,
          () -> new GroupWeights(Map.of(RespondentGroup.HOUSEHOLD, Fraction.ZERO)));
      assertEquals(Fraction.ZERO, new GroupWeights(Map.of(RespondentGroup.HOUSEHOLD, Fraction.ONE))
          .of(RespondentGroup.COMMUNITY));
    }
  }

  /** Asserts that there is exactly one error, at this pointer with this code, its message naming each text. */
  private static void assertOnlyError(List<InputError> errors, String pointer, String code, String... named) {
    assertEquals(1, errors.size(), errors.toString());
    InputError error = errors.get(0);
    assertEquals(pointer, error.pointer());
    assertEquals(code, error.code());
    for (String text : named) {
      assertTrue(error.message().contains(text), error.message());
    }
  }

  @Nested
  class FactsValidation {

    @Test
    void roundBeforeThePolicyHasValuesIsRejectedAtItsDate() {
      InvalidFactsException e = assertThrows(InvalidFactsException.class,
          () -> RULES.assess(List.of(round("old", date("2018-12-31"), 10, 10, "80")), AS_OF));
      assertOnlyError(e.errors(), "/0/date", "no-value-in-force", "2019-01-01", "cn-default");
    }

    @Test
    void roundOnTheFirstDayOfThePolicyIsAccepted() {
      assertEquals(RoundStatus.PASSED,
          RULES.rate(round("first", date("2019-01-01"), 10, 10, "80"), AS_OF).value().status());
    }

    @Test
    void everyProblemWithTheRoundsIsReportedTogether() {
      SurveyRound bad = round("r1", CLOSED, 3, List.of(answer("h1", RespondentGroup.HOUSEHOLD, "80"),
          answer("h1", RespondentGroup.HOUSEHOLD, "70"), answer("h2", RespondentGroup.HOUSEHOLD, "100.01"),
          answer("h3", RespondentGroup.HOUSEHOLD, "-1"), answer("h4", RespondentGroup.HOUSEHOLD, "50")));
      SurveyRound sameId = round("r1", date("2024-01-31"), 10, 10, "80");
      InvalidFactsException e = assertThrows(InvalidFactsException.class,
          () -> RULES.assess(List.of(bad, sameId), AS_OF));
      assertEquals(List.of("/0/answers/1/respondentId", "/0/answers/2/score", "/0/answers/3/score", "/0/households",
          "/1/id"), e.errors().stream().map(InputError::pointer).toList());
      assertEquals(List.of("duplicate", "range", "range", "range", "duplicate"),
          e.errors().stream().map(InputError::code).toList());
      assertTrue(e.errors().get(1).message().contains("between 0 and 100"), e.errors().get(1).message());
      assertTrue(e.errors().get(3).message().contains("5 household answers"), e.errors().get(3).message());
    }

    @Test
    void scoresAtBothEndsOfTheScaleAreAccepted() {
      assertTrue(RULES.validate(List.of(round("r", CLOSED, 2, households(1, "0"),
          List.of(answer("h9", RespondentGroup.HOUSEHOLD, "100")))), "", CLOSED).isValid());
    }

    @Test
    void validatePrefixesPointersWithTheCallersPointer() {
      List<InputError> errors = Valid.errors(RULES.validate(List.of(round("r", date("2018-06-30"), 10, 10, "80")),
          "/surveyRounds", date("2018-06-30")));
      assertEquals("/surveyRounds/0/date", errors.get(0).pointer());
    }

    @Test
    void ratingARoundClosedAfterTheAsOfDateIsRejected() {
      InvalidFactsException e = assertThrows(InvalidFactsException.class,
          () -> RULES.rate(round("r", date("2025-01-01"), 10, 10, "80"), AS_OF));
      assertEquals("/date", e.errors().get(0).pointer());
      assertEquals("after-as-of", e.errors().get(0).code());
    }
  }

  @Nested
  class PolicyCheck {

    @Test
    void passLineOffTheScaleIsReported() {
      InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> new SatisfactionRules(
          cnDefaultWith(SatisfactionParameters.PASS_LINE, new BigDecimal("120"))));
      assertOnlyError(e.errors(), "/parameters/satisfaction.pass-line/0/value", "range", "120", "0–100");
    }

    @Test
    void passLineAtTheTopOfTheScaleIsAccepted() {
      assertTrue(SatisfactionRules.check(cnDefaultWith(SatisfactionParameters.PASS_LINE, new BigDecimal("100"))).isEmpty());
    }

    @Test
    void passLineLeftOffTheScaleByALaterScaleChangeIsReported() {
      GovernancePolicy policy = cnDefaultWithout(SatisfactionParameters.SCALE)
          .set(SatisfactionParameters.SCALE, date("2019-01-01"), new Scale(BigDecimal.ZERO, new BigDecimal("100")), TEST_SOURCE)
          .set(SatisfactionParameters.SCALE, date("2023-01-01"), new Scale(BigDecimal.ZERO, BigDecimal.TEN), TEST_SOURCE)
          .build();
      List<InputError> errors = SatisfactionRules.check(policy);
      assertEquals(1, errors.size(), errors.toString());
      assertEquals("range", errors.get(0).code());
      assertTrue(errors.get(0).message().contains("2023-01-01"), errors.get(0).message());
    }

    @Test
    void scaleNeedsMinBelowMax() {
      assertThrows(IllegalArgumentException.class, () -> new Scale(BigDecimal.TEN, BigDecimal.TEN));
      assertTrue(new Scale(BigDecimal.ZERO, BigDecimal.TEN).contains(new BigDecimal("10.00")));
      assertFalse(new Scale(BigDecimal.ZERO, BigDecimal.TEN).contains(new BigDecimal("10.01")));
    }
  }
}
