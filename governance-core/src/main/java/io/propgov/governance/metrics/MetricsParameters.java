package io.propgov.governance.metrics;

import io.propgov.governance.policy.ParameterKey;
import java.util.List;

/**
 * The policy parameters of the city rates. Optional: a policy that sets none reports no rates
 * for the units of its trees.
 *
 * @since 0.3.0
 */
public final class MetricsParameters {

  /**
   * The city rates the hierarchy reports for every unit: each rate's id, names, numerator and
   * denominator (from the {@link Measure} vocabulary), the management modes it counts and its
   * source. A child policy that sets them adds to its parent's.
   */
  public static final ParameterKey<RateDefinitions> RATES = ParameterKey.of("metrics.rates", RateDefinitions.class,
      "the city rates: id, English and Chinese names, numerator and denominator measures, modes and source",
      r -> null);

  /** Every key of this area. */
  public static final List<ParameterKey<?>> ALL = List.of(RATES);

  private MetricsParameters() {}
}
