package io.propgov.governance.metrics;

import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Figure;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Wuhan's four city rates for one unit, over every estate of its subtree: "stabilise coverage,
 * widen participation, raise fee collection, raise satisfaction".
 *
 * @param unitId the unit, never null
 * @param estates the estates in its subtree
 * @param coverage estates with professional or organised service / all estates, never null
 * @param participation households that took part in the latest survey or vote / households, never null
 * @param feeCollection fees collected / fees billed, in CNY, never null
 * @param satisfaction estates whose latest valid rating passed / estates with a valid rating, never null
 * @since 0.1.0
 */
public record UnitRates(String unitId, int estates, Ratio coverage, Ratio participation, Ratio feeCollection,
    Ratio satisfaction) implements Conclusion {

  /** Checks the parts. */
  public UnitRates {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(participation, "participation");
    Objects.requireNonNull(feeCollection, "feeCollection");
    Objects.requireNonNull(satisfaction, "satisfaction");
  }

  /** Adds the rates of another set of estates: numerators and denominators add. */
  UnitRates plus(UnitRates other) {
    if (other.estates == 0 && other.coverage.isEmpty() && other.participation.isEmpty()
        && other.feeCollection.isEmpty() && other.satisfaction.isEmpty()) {
      return this;
    }
    return new UnitRates(unitId, estates + other.estates, coverage.plus(other.coverage),
        participation.plus(other.participation), feeCollection.plus(other.feeCollection),
        satisfaction.plus(other.satisfaction));
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
