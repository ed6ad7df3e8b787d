package io.propgov.governance.metrics;

import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Figure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The city rates of one unit over every estate of its subtree: one ratio for each rate the policy
 * defines ({@code metrics.rates}), in the policy's order. A policy that defines no rates gives
 * none. The six documented rates (Wuhan's "stabilise coverage, widen participation, raise fee
 * collection, raise satisfaction", with coverage split into coverage by any management mode and
 * professional coverage, and Chuxiong's committee coverage) keep an accessor each.
 *
 * @since 0.1.0
 */
public final class UnitRates implements Conclusion {

  private final String unitId;
  private final int estates;
  private final List<RateDefinition> definitions;
  private final Ratio[] ratios;

  /**
   * Creates a unit's rates.
   *
   * @param unitId the unit, not null
   * @param estates the estates in its subtree
   * @param rates each defined rate with its ratio, in the policy's order, not null
   * @since 0.3.0
   */
  public UnitRates(String unitId, int estates, List<Rate> rates) {
    this(unitId, estates, rates.stream().map(Rate::definition).toList(),
        rates.stream().map(Rate::ratio).toArray(Ratio[]::new));
  }

  /** The rates of one unit; the definitions are shared by every unit of a roll-up, the ratios are this unit's own. */
  UnitRates(String unitId, int estates, List<RateDefinition> definitions, Ratio[] ratios) {
    this.unitId = Objects.requireNonNull(unitId, "unitId");
    this.estates = estates;
    this.definitions = definitions;
    this.ratios = ratios;
    for (Ratio ratio : ratios) {
      Objects.requireNonNull(ratio, "ratio");
    }
  }

  /**
   * Returns the unit.
   *
   * @return the unit id, never null
   */
  public String unitId() {
    return unitId;
  }

  /**
   * Returns the estates in the unit's subtree.
   *
   * @return the count, 0 or more
   */
  public int estates() {
    return estates;
  }

  /**
   * Returns every defined rate with its ratio, in the policy's order.
   *
   * @return the rates, empty when the policy defines none, never null
   * @since 0.3.0
   */
  public List<Rate> rates() {
    List<Rate> rates = new ArrayList<>(ratios.length);
    for (int i = 0; i < ratios.length; i++) {
      rates.add(new Rate(definitions.get(i), ratios[i]));
    }
    return rates;
  }

  /**
   * Returns the ratio of the rate the policy defines under an id.
   *
   * @param id the rate's id, such as {@code COVERAGE}, not null
   * @return the ratio, empty when the policy defines no rate of that id
   * @since 0.3.0
   */
  public Optional<Ratio> rate(String id) {
    Objects.requireNonNull(id, "id");
    for (int i = 0; i < ratios.length; i++) {
      if (definitions.get(i).id().equals(id)) {
        return Optional.of(ratios[i]);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns coverage: estates with property service under any management mode / all estates.
   *
   * @return the ratio of the rate {@code COVERAGE}, {@link Ratio#NONE} when the policy defines none
   */
  public Ratio coverage() {
    return rate("COVERAGE").orElse(Ratio.NONE);
  }

  /**
   * Returns professional coverage: estates served by a market company (市场接管) / all estates.
   *
   * @return the ratio of the rate {@code PROFESSIONAL_COVERAGE}, {@link Ratio#NONE} when the policy defines none
   */
  public Ratio professionalCoverage() {
    return rate("PROFESSIONAL_COVERAGE").orElse(Ratio.NONE);
  }

  /**
   * Returns committee coverage: estates with an owners' or property management committee / all estates.
   *
   * @return the ratio of the rate {@code COMMITTEE_COVERAGE}, {@link Ratio#NONE} when the policy defines none
   */
  public Ratio committeeCoverage() {
    return rate("COMMITTEE_COVERAGE").orElse(Ratio.NONE);
  }

  /**
   * Returns participation: households that took part in the latest survey or vote / households.
   *
   * @return the ratio of the rate {@code PARTICIPATION}, {@link Ratio#NONE} when the policy defines none
   */
  public Ratio participation() {
    return rate("PARTICIPATION").orElse(Ratio.NONE);
  }

  /**
   * Returns fee collection: fees collected / fees billed, in CNY.
   *
   * @return the ratio of the rate {@code FEE_COLLECTION}, {@link Ratio#NONE} when the policy defines none
   */
  public Ratio feeCollection() {
    return rate("FEE_COLLECTION").orElse(Ratio.NONE);
  }

  /**
   * Returns the share of estates rated satisfactory: estates whose latest valid rating passed /
   * estates with a valid rating (not the published 满意率, the share of satisfied respondents).
   *
   * @return the ratio of the rate {@code RATED_SATISFACTORY}, {@link Ratio#NONE} when the policy defines none
   */
  public Ratio ratedSatisfactory() {
    return rate("RATED_SATISFACTORY").orElse(Ratio.NONE);
  }

  /** Adds the rates of another set of estates under the same definitions: numerators and denominators add. */
  UnitRates plus(UnitRates other) {
    if (other.estates == 0 && other.allEmpty()) {
      return this;
    }
    if (estates == 0 && allEmpty()) {
      // Nothing of its own yet (most units of a large tree): take the other's ratios, never changed, as they are.
      return new UnitRates(unitId, other.estates, definitions, other.ratios);
    }
    Ratio[] sum = new Ratio[ratios.length];
    for (int i = 0; i < ratios.length; i++) {
      sum[i] = ratios[i].plus(other.ratios[i]);
    }
    return new UnitRates(unitId, estates + other.estates, definitions, sum);
  }

  private boolean allEmpty() {
    for (Ratio ratio : ratios) {
      if (!ratio.isEmpty()) {
        return false;
      }
    }
    return true;
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

  /** Equal when the unit, the estates and every rate (definition and ratio) are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof UnitRates other && unitId.equals(other.unitId) && estates == other.estates
        && rates().equals(other.rates()) && definitionsOf(this).equals(definitionsOf(other));
  }

  private static List<List<Object>> definitionsOf(UnitRates rates) {
    return new RateDefinitions(rates.definitions).definitions();
  }

  @Override
  public int hashCode() {
    return Objects.hash(unitId, estates, Arrays.hashCode(ratios));
  }

  @Override
  public String toString() {
    return "UnitRates[unitId=" + unitId + ", estates=" + estates + ", rates=" + rates() + "]";
  }
}
