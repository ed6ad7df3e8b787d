package io.propgov.governance.subsidy;

import io.propgov.governance.policy.Fraction;
import java.math.BigDecimal;

/**
 * The share of the base amount paid at a score: Caolu pays 100% at 80 points or more and 80% at
 * 70 or more.
 *
 * @param minScore the score the application must reach, never null
 * @param share the share of the base amount paid, between 0 and 1, never null
 * @since 0.1.0
 */
public record PayoutBand(BigDecimal minScore, Fraction share) {

  /** Checks both parts. */
  public PayoutBand {
    if (minScore == null) {
      throw new NullPointerException("minScore is required");
    }
    if (share == null || share.signum() < 0 || share.compareTo(Fraction.ONE) > 0) {
      throw new IllegalArgumentException("share must be between 0 and 1, was " + share);
    }
  }
}
