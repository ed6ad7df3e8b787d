package io.propgov.governance.metrics;

import io.propgov.governance.service.ServiceMode;
import java.util.List;
import java.util.Map;

/**
 * The stable ids of the city-wide rate metrics: each names a rule in a decision's reasons and,
 * with an outcome, its message {@code <ruleId>.<OUTCOME>}. The ids are published API and never
 * change.
 *
 * @since 0.1.0
 */
public final class MetricsRuleIds {

  /** The share of estates with property service under any mode. */
  public static final String COVERAGE = "metrics.coverage";

  /** The share of estates served by a market company. */
  public static final String PROFESSIONAL_COVERAGE = "metrics.professional-coverage";

  /** The share of estates with an owners' or property management committee. */
  public static final String COMMITTEE_COVERAGE = "metrics.committee-coverage";

  /** The share of households that took part in the latest survey or vote. */
  public static final String PARTICIPATION = "metrics.participation";

  /** The share of billed fees collected. */
  public static final String FEE_COLLECTION = "metrics.fee-collection";

  /** The share of validly rated estates that passed their latest round. */
  public static final String RATED_SATISFACTORY = "metrics.rated-satisfactory";

  /**
   * A rate a policy defines under an id of its own: its message shows the names the policy gives.
   *
   * @since 0.3.0
   */
  public static final String RATE = "metrics.rate";

  /** The documented rates: the id a policy defines each under, its rule id and the measures its messages describe. */
  private record Documented(String ruleId, Measure numerator, Measure denominator, List<ServiceMode> modes) {}

  private static final Map<String, Documented> DOCUMENTED = Map.of(
      "COVERAGE", new Documented(COVERAGE, Measure.COVERED_ESTATES, Measure.ESTATES, List.of()),
      "PROFESSIONAL_COVERAGE", new Documented(PROFESSIONAL_COVERAGE, Measure.ESTATES_IN_MODES, Measure.ESTATES,
          List.of(ServiceMode.MARKET)),
      "COMMITTEE_COVERAGE", new Documented(COMMITTEE_COVERAGE, Measure.ESTATES_WITH_COMMITTEE, Measure.ESTATES,
          List.of()),
      "PARTICIPATION", new Documented(PARTICIPATION, Measure.PARTICIPATING_HOUSEHOLDS, Measure.HOUSEHOLDS, List.of()),
      "FEE_COLLECTION", new Documented(FEE_COLLECTION, Measure.FEES_COLLECTED, Measure.FEES_BILLED, List.of()),
      "RATED_SATISFACTORY", new Documented(RATED_SATISFACTORY, Measure.ESTATES_RATED_PASSED, Measure.RATED_ESTATES,
          List.of()));

  private MetricsRuleIds() {}

  /**
   * Returns every rule id of this area.
   *
   * @return the ids in the order declared here, never null
   */
  public static List<String> all() {
    return List.of(
        COVERAGE,
        PROFESSIONAL_COVERAGE,
        COMMITTEE_COVERAGE,
        PARTICIPATION,
        FEE_COLLECTION,
        RATED_SATISFACTORY,
        RATE);
  }

  /** The rule id of a rate defined under {@code id}: a documented rate's own, else {@link #RATE}. */
  static String of(String id) {
    Documented documented = DOCUMENTED.get(id);
    return documented == null ? RATE : documented.ruleId();
  }

  /**
   * Why a definition under a documented id does not count what that rate's messages say, or null
   * when it does or the id is a city's own.
   */
  static String documentedMismatch(RateDefinition rate) {
    Documented d = DOCUMENTED.get(rate.id());
    if (d == null || d.numerator() == rate.numerator() && d.denominator() == rate.denominator()
        && d.modes().equals(rate.modes())) {
      return null;
    }
    return "rate id '" + rate.id() + "' is the documented rate " + d.ruleId() + ": it counts " + d.numerator()
        + (d.modes().isEmpty() ? "" : " in modes " + d.modes()) + " of " + d.denominator()
        + "; define it so, or give a rate of your own another id";
  }
}
