package io.propgov.governance.satisfaction;

import io.propgov.governance.area.Valid;
import static io.propgov.governance.testing.Generators.ints;
import static io.propgov.governance.testing.Generators.lists;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.propgov.governance.Fixtures;
import io.propgov.governance.explain.Decision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LatestValidStatusProperties {

  private static final SatisfactionRules RULES = new SatisfactionRules(Fixtures.CN_DEFAULT);
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  /** The fast path the roll-ups use gives the status the full, explained assessment gives. */
  @Test
  void latestValidStatusAgreesWithTheExplainedAssessment() {
    qt().withExamples(200).forAll(lists(ints(0, 10), 0, 6), ints(0, 100, 59, 60), ints(0, 400))
        .checkAssert(LatestValidStatusProperties::agrees);
  }

  private static void agrees(List<Integer> answered, int score, int spread) {
    List<SurveyRound> rounds = new ArrayList<>();
    for (int i = 0; i < answered.size(); i++) {
      rounds.add(Fixtures.round("r" + i, LocalDate.of(2024, 1, 1).plusDays((long) i * spread % 500), 10,
          answered.get(i), String.valueOf((score + 17 * i) % 101)));
    }
    Optional<RoundStatus> expected = Optional.empty();
    for (Decision<RoundRating> round : RULES.assess(rounds, AS_OF).value().rounds()) {
      if (round.value().status() != RoundStatus.INVALID) {
        expected = Optional.of(round.value().status());
      }
    }
    assertEquals(expected, RULES.latestValidStatus(Valid.orThrow(RULES.validate(rounds, "", AS_OF)), null, AS_OF));
  }
}
