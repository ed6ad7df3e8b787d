package io.propgov.governance.subsidy;

import io.propgov.governance.policy.Fraction;
import java.math.BigDecimal;

/**
 * Points given for a rate at or above a share: Caolu gives 40 points at a fee collection of at
 * least 65%.
 *
 * @param atLeast the share the rate must reach, at least 0, never null
 * @param points the points given, not negative, never null
 * @since 0.1.0
 */
public record ScoreBand(Fraction atLeast, BigDecimal points) {

  /** Checks both parts. */
  public ScoreBand {
    if (atLeast == null || atLeast.signum() < 0) {
      throw new IllegalArgumentException("atLeast must be a share of at least 0, was " + atLeast);
    }
    if (points == null || points.signum() < 0) {
      throw new IllegalArgumentException("points must not be negative, was " + points);
    }
  }
}
