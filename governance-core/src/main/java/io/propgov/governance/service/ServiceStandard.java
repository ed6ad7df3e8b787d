package io.propgov.governance.service;

import io.propgov.governance.policy.Fraction;
import java.util.Objects;

/**
 * A tier's requirement on one metric: the figure an estate must reach, compared in the metric's
 * {@link MetricDirection} (at least for higher-is-better, at most for lower-is-better).
 *
 * @param metric the metric's code, never blank
 * @param target the figure to reach, exact, never null
 * @since 0.1.0
 */
public record ServiceStandard(String metric, Fraction target) {

  /** Checks that both parts are given. */
  public ServiceStandard {
    Catalogues.requireCode(metric, "service metric");
    Objects.requireNonNull(target, "target");
  }
}
