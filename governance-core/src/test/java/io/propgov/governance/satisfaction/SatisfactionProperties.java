package io.propgov.governance.satisfaction;

import static io.propgov.governance.Fixtures.CN_DEFAULT;
import static io.propgov.governance.Fixtures.cnDefaultWith;
import static io.propgov.governance.Fixtures.date;
import static io.propgov.governance.Fixtures.failed;
import static io.propgov.governance.Fixtures.invalid;
import static io.propgov.governance.Fixtures.passed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class SatisfactionProperties {

  private static final LocalDate CLOSED = date("2024-06-30");
  private static final LocalDate AS_OF = date("2030-12-31");
  private static final BigDecimal MAX = BigDecimal.valueOf(100);
  private static final SatisfactionRules SKIP = new SatisfactionRules(CN_DEFAULT);
  private static final SatisfactionRules RESET = new SatisfactionRules(
      cnDefaultWith(SatisfactionParameters.INVALID_ROUNDS, InvalidRoundHandling.RESET));

  /** A round of 1 to 20 households with up to that many household answers and a few from the committees. */
  @Provide
  Arbitrary<SurveyRound> rounds() {
    Arbitrary<BigDecimal> scores = Arbitraries.bigDecimals().between(BigDecimal.ZERO, MAX).ofScale(2)
        .edgeCases(c -> c.add(BigDecimal.valueOf(60)));
    return Arbitraries.integers().between(1, 20).flatMap(households -> Combinators.combine(
        scores.list().ofMinSize(1).ofMaxSize(households), scores.list().ofMaxSize(3), scores.list().ofMaxSize(3))
        .as((h, oc, c) -> {
          List<SurveyAnswer> answers = new ArrayList<>();
          add(answers, "h", RespondentGroup.HOUSEHOLD, h);
          add(answers, "oc", RespondentGroup.OWNERS_COMMITTEE, oc);
          add(answers, "c", RespondentGroup.COMMUNITY, c);
          return new SurveyRound("r", CLOSED, households, answers);
        }));
  }

  private static void add(List<SurveyAnswer> answers, String prefix, RespondentGroup group, List<BigDecimal> scores) {
    for (int i = 0; i < scores.size(); i++) {
      answers.add(new SurveyAnswer(prefix + i, group, scores.get(i)));
    }
  }

  @Property(tries = 200)
  void raisingAnyAnswerNeverLowersTheScoreNorTurnsAPassIntoAFailure(@ForAll("rounds") SurveyRound round,
      @ForAll("indexes") int pick, @ForAll("raises") BigDecimal raise) {
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

  @Provide
  Arbitrary<Integer> indexes() {
    return Arbitraries.integers().between(0, 1000);
  }

  @Provide
  Arbitrary<BigDecimal> raises() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), MAX).ofScale(2);
  }

  @Property(tries = 200)
  void passedRoundAfterTheLatestRoundResetsConsecutiveFailures(
      @ForAll @Size(max = 12) List<RoundStatus> history, @ForAll boolean reset) {
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
