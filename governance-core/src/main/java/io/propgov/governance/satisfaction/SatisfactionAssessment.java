package io.propgov.governance.satisfaction;

import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import java.util.List;

/**
 * Where an estate's satisfaction history stands on a date: every round rated, the current run
 * of consecutive failures, and whether owners may now start a dismissal.
 *
 * @param rounds the rounds up to the as-of date, oldest first, each with its own reasons, never null
 * @param consecutiveFailures the failed rounds in the current run, counted back from the latest
 * @param failuresRequired how many the policy requires before a dismissal may start
 * @param dismissalMayStart whether {@code consecutiveFailures >= failuresRequired}
 * @since 0.1.0
 */
public record SatisfactionAssessment(List<Decision<RoundRating>> rounds, int consecutiveFailures,
    int failuresRequired, boolean dismissalMayStart) implements Conclusion {

  /** Copies the rounds. */
  public SatisfactionAssessment {
    rounds = List.copyOf(rounds);
  }

  @Override
  public String messageKey() {
    return "satisfaction.assessment." + (dismissalMayStart ? "DISMISSAL_MAY_START" : "NO_DISMISSAL");
  }

  @Override
  public List<Figure> headlineFigures() {
    return List.of(Figure.count("consecutiveFailures", consecutiveFailures),
        Figure.count("failuresRequired", failuresRequired), Figure.count("rounds", rounds.size()));
  }

  @Override
  public List<Decision<?>> parts() {
    return List.copyOf(rounds);
  }
}
