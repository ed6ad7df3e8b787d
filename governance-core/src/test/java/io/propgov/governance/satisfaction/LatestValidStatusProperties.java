package io.propgov.governance.satisfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.propgov.governance.Fixtures;
import io.propgov.governance.explain.Decision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class LatestValidStatusProperties {

  private static final SatisfactionRules RULES = new SatisfactionRules(Fixtures.CN_DEFAULT);
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  /** The fast path the roll-ups use gives the status the full, explained assessment gives. */
  @Property(tries = 200)
  void latestValidStatusAgreesWithTheExplainedAssessment(
      @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 10) Integer> answered,
      @ForAll @IntRange(min = 0, max = 100) int score, @ForAll @IntRange(min = 0, max = 400) int spread) {
    List<SurveyRound> rounds = new ArrayList<>();
    for (int i = 0; i < answered.size(); i++) {
      rounds.add(Fixtures.round("r" + i, LocalDate.of(2024, 1, 1).plusDays((long) i * spread % 500), 10,
          answered.get(i), String.valueOf((score + 17 * i) % 101)));
    }
    Optional<RoundStatus> expected = Optional.empty();
    for (Decision<RoundRating> round : RULES.assessValid(rounds, AS_OF).value().rounds()) {
      if (round.value().status() != RoundStatus.INVALID) {
        expected = Optional.of(round.value().status());
      }
    }
    assertEquals(expected, RULES.latestValidStatus(rounds, AS_OF));
  }
}
