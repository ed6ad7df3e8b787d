package io.propgov.governance.workorder;

import io.propgov.governance.policy.Fraction;
import java.util.Objects;

/**
 * How units and companies are ranked each month: by a score that weighs the three rates, with a
 * top list and a bottom list of policy-defined sizes. Only subjects with at least
 * {@code minimumOrders} orders in the month and all three rates defined are ranked.
 *
 * @param responseWeight the weight of the response rate, 0 to 1, never null
 * @param resolutionWeight the weight of the resolution rate, 0 to 1, never null
 * @param satisfactionWeight the weight of the satisfaction rate, 0 to 1, never null; the three add up to 1
 * @param minimumOrders the fewest orders in the month for a subject to be ranked, at least 1
 * @param topSize how many places the top list names, 0 or more
 * @param bottomSize how many places the bottom list names, 0 or more
 * @since 0.3.0
 */
public record RankingRule(Fraction responseWeight, Fraction resolutionWeight, Fraction satisfactionWeight,
    int minimumOrders, int topSize, int bottomSize) {

  /** Checks the weights and sizes. */
  public RankingRule {
    Objects.requireNonNull(responseWeight, "responseWeight");
    Objects.requireNonNull(resolutionWeight, "resolutionWeight");
    Objects.requireNonNull(satisfactionWeight, "satisfactionWeight");
    for (Fraction w : new Fraction[] {responseWeight, resolutionWeight, satisfactionWeight}) {
      if (w.signum() < 0 || w.compareTo(Fraction.ONE) > 0) {
        throw new IllegalArgumentException("a ranking weight must lie between 0 and 1, was " + w);
      }
    }
    Fraction sum = responseWeight.plus(resolutionWeight).plus(satisfactionWeight);
    if (!sum.equals(Fraction.ONE)) {
      throw new IllegalArgumentException("the three ranking weights must add up to 1, added up to " + sum);
    }
    if (minimumOrders < 1) {
      throw new IllegalArgumentException("minimumOrders must be at least 1, was " + minimumOrders);
    }
    if (topSize < 0 || bottomSize < 0) {
      throw new IllegalArgumentException("topSize and bottomSize must be 0 or more, were " + topSize + " and "
          + bottomSize);
    }
  }

  /**
   * Returns the score of three rates: their weighted sum, exact.
   *
   * @param response the response rate, not null
   * @param resolution the resolution rate, not null
   * @param satisfaction the satisfaction rate, not null
   * @return the score, between 0 and 1
   */
  public Fraction score(Fraction response, Fraction resolution, Fraction satisfaction) {
    return responseWeight.times(response).plus(resolutionWeight.times(resolution))
        .plus(satisfactionWeight.times(satisfaction));
  }
}
