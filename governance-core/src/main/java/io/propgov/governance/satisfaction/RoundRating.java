package io.propgov.governance.satisfaction;

import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.policy.Fraction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on one survey round.
 *
 * @param roundId the round's id, never null
 * @param date the date the round closed, never null
 * @param status passed, failed or invalid, never null
 * @param score the exact weighted score, or null when no weighted group answered
 * @param householdAnswers the households that answered
 * @param households the households entitled to answer
 * @param missingAnswers how many more household answers the quorum needed; 0 when it was met
 * @since 0.1.0
 */
public record RoundRating(String roundId, LocalDate date, RoundStatus status, Fraction score,
    int householdAnswers, int households, int missingAnswers) implements Conclusion {

  /** Checks that the required parts are given. */
  public RoundRating {
    Objects.requireNonNull(roundId, "roundId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(status, "status");
  }

  /** Returns the weighted score. @return the score, empty when no weighted group answered */
  public Optional<Fraction> weightedScore() {
    return Optional.ofNullable(score);
  }

  @Override
  public String messageKey() {
    if (status == RoundStatus.INVALID && missingAnswers == 0) {
      return "satisfaction.round.NO_WEIGHTED_ANSWERS";
    }
    return "satisfaction.round." + status;
  }

  @Override
  public java.util.Map<String, String> headlineLiterals() {
    return java.util.Map.of("round", roundId);
  }

  @Override
  public List<Figure> headlineFigures() {
    List<Figure> figures = new ArrayList<>(List.of(Figure.count("householdAnswers", householdAnswers),
        Figure.count("households", households), Figure.count("missingAnswers", missingAnswers),
        Figure.date("date", date)));
    if (score != null) {
      figures.add(Figure.of("score", score, Unit.NUMBER));
    }
    return figures;
  }
}
