package io.propgov.governance.metrics;

import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Figure;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The city rates for one unit, over every estate of its subtree: Wuhan's four ("stabilise
 * coverage, widen participation, raise fee collection, raise satisfaction"), with coverage split
 * into coverage by any management mode and professional coverage, and Chuxiong's committee
 * coverage. Each rate is named for what it counts.
 *
 * @param unitId the unit, never null
 * @param estates the estates in its subtree
 * @param coverage estates with property service under any management mode / all estates, never null
 * @param professionalCoverage estates served by a market company (市场接管) / all estates, never null
 * @param committeeCoverage estates with an owners' committee or a property management committee /
 *     all estates, never null
 * @param participation households that took part in the latest survey or vote / households, never null
 * @param feeCollection fees collected / fees billed, in CNY, never null
 * @param ratedSatisfactory estates whose latest valid rating passed / estates with a valid rating
 *     (the share of estates rated satisfactory, not the published 满意率, which is the share of
 *     satisfied respondents), never null
 * @since 0.1.0
 */
public record UnitRates(String unitId, int estates, Ratio coverage, Ratio professionalCoverage,
    Ratio committeeCoverage, Ratio participation, Ratio feeCollection, Ratio ratedSatisfactory)
    implements Conclusion {

  /** Checks the parts. */
  public UnitRates {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(professionalCoverage, "professionalCoverage");
    Objects.requireNonNull(committeeCoverage, "committeeCoverage");
    Objects.requireNonNull(participation, "participation");
    Objects.requireNonNull(feeCollection, "feeCollection");
    Objects.requireNonNull(ratedSatisfactory, "ratedSatisfactory");
  }

  /** Adds the rates of another set of estates: numerators and denominators add. */
  UnitRates plus(UnitRates other) {
    if (other.estates == 0 && other.coverage.isEmpty() && other.participation.isEmpty()
        && other.feeCollection.isEmpty() && other.ratedSatisfactory.isEmpty()) {
      return this;
    }
    return new UnitRates(unitId, estates + other.estates, coverage.plus(other.coverage),
        professionalCoverage.plus(other.professionalCoverage), committeeCoverage.plus(other.committeeCoverage),
        participation.plus(other.participation), feeCollection.plus(other.feeCollection),
        ratedSatisfactory.plus(other.ratedSatisfactory));
  }

  @Override
  public String messageKey() {
    return "metrics.rates";
  }

  @Override
  public Map<String, String> headlineLiterals() {
    return Map.of("unit", unitId);
  }

  @Override
  public List<Figure> headlineFigures() {
    return List.of(Figure.count("estates", estates));
  }
}
