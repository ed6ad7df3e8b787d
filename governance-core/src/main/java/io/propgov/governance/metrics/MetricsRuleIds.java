package io.propgov.governance.metrics;

import java.util.List;

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
        RATED_SATISFACTORY);
  }
}
