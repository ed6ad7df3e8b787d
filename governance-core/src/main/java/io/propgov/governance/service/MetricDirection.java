package io.propgov.governance.service;

import io.propgov.governance.policy.Comparison;

/**
 * Which way a service metric gets better: more hotline hours are better, fewer minutes to
 * respond on site are better.
 *
 * @since 0.1.0
 */
public enum MetricDirection {
  /** A higher figure is better: a standard is a minimum ("at least"). */
  HIGHER_IS_BETTER(Comparison.AT_LEAST),
  /** A lower figure is better: a standard is a maximum ("at most"). */
  LOWER_IS_BETTER(Comparison.AT_MOST);

  private final Comparison comparison;

  MetricDirection(Comparison comparison) {
    this.comparison = comparison;
  }

  /**
   * Returns how a measured figure is compared with a standard.
   *
   * @return {@link Comparison#AT_LEAST} or {@link Comparison#AT_MOST}
   */
  public Comparison comparison() {
    return comparison;
  }
}
