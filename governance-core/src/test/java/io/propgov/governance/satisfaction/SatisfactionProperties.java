package io.propgov.governance.satisfaction;

import static io.propgov.governance.Fixtures.CN_DEFAULT;
import static io.propgov.governance.Fixtures.cnDefaultWith;
import static io.propgov.governance.Fixtures.date;
import static io.propgov.governance.Fixtures.failed;
import static io.propgov.governance.Fixtures.invalid;
import static io.propgov.governance.Fixtures.passed;
import static io.propgov.governance.testing.Generators.booleans;
import static io.propgov.governance.testing.Generators.ints;
import static io.propgov.governance.testing.Generators.lists;
import static io.propgov.governance.testing.Generators.longs;
import static io.propgov.governance.testing.Generators.oneOf;
import static io.propgov.governance.testing.Generators.surveyRound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SatisfactionProperties {

  private static final LocalDate CLOSED = date("2024-06-30");
  private static final LocalDate AS_OF = date("2030-12-31");
  private static final BigDecimal MAX = BigDecimal.valueOf(100);
  private static final SatisfactionRules SKIP = new SatisfactionRules(CN_DEFAULT);
  private static final SatisfactionRules RESET = new SatisfactionRules(
      cnDefaultWith(SatisfactionParameters.INVALID_ROUNDS, InvalidRoundHandling.RESET));

  @Test
  void raisingAnyAnswerNeverLowersTheScoreNorTurnsAPassIntoAFailure() {
    qt().withExamples(200).forAll(surveyRound(CLOSED), ints(0, 1000), raises())
        .checkAssert(SatisfactionProperties::raisingNeverLowers);
  }

  private static void raisingNeverLowers(SurveyRound round, int pick, BigDecimal raise) {
    int i = pick % round.answers().size();
    List<SurveyAnswer> raised = new ArrayList<>(round.answers());
    SurveyAnswer a = raised.get(i);
    raised.set(i, new SurveyAnswer(a.respondentId(), a.group(), a.score().add(raise).min(MAX)));
    RoundRating before = SKIP.rate(round, AS_OF).value();
    RoundRating after = SKIP.rate(new SurveyRound(round.id(), round.date(), round.households(), raised), AS_OF).value();

    assertTrue(after.score().compareTo(before.score()) >= 0, before.score() + " became " + after.score());
    if (before.status() == RoundStatus.PASSED) {
      assertEquals(RoundStatus.PASSED, after.status());
    }
    assertEquals(before.status() == RoundStatus.INVALID, after.status() == RoundStatus.INVALID,
        "a score never changes whether the quorum is met");
  }

  /** Raises of 0.01 to 100.00 points. */
  private static Gen<BigDecimal> raises() {
    return longs(1, 100_00).map(h -> BigDecimal.valueOf(h, 2));
  }

  @Test
  void passedRoundAfterTheLatestRoundResetsConsecutiveFailures() {
    qt().withExamples(200).forAll(lists(oneOf(RoundStatus.class), 0, 12), booleans())
        .checkAssert(SatisfactionProperties::passResetsFailures);
  }

  private static void passResetsFailures(List<RoundStatus> history, boolean reset) {
    SatisfactionRules rules = reset ? RESET : SKIP;
    List<SurveyRound> rounds = new ArrayList<>();
    LocalDate month = date("2019-01-31");
    for (int i = 0; i < history.size(); i++) {
      rounds.add(switch (history.get(i)) {
        case PASSED -> passed("r" + i, month);
        case FAILED -> failed("r" + i, month);
        case INVALID -> invalid("r" + i, month);
      });
      month = month.plusMonths(1);
    }
    int failuresBefore = rules.assess(rounds, AS_OF).value().consecutiveFailures();
    rounds.add(passed("last", month));
    SatisfactionAssessment after = rules.assess(rounds, AS_OF).value();
    assertEquals(0, after.consecutiveFailures());
    assertEquals(false, after.dismissalMayStart());
    if (!history.isEmpty() && history.get(history.size() - 1) == RoundStatus.FAILED) {
      assertNotEquals(0, failuresBefore);
    }
  }
}
