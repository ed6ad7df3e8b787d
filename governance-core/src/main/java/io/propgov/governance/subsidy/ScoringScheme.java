package io.propgov.governance.subsidy;

import java.math.BigDecimal;

/**
 * How a programme scores an application: any of fee collection, inspections and safety, added
 * up (Caolu, every six months: fee collection 40 points with a 10-point bonus, monthly
 * inspections 40, safety 20).
 *
 * @param feeCollection points for fee collection, or null when not scored
 * @param inspectionMax the most points inspections give (the application states the points
 *     won), or null when not scored
 * @param safety points for safety, or null when not scored
 * @since 0.1.0
 */
public record ScoringScheme(FeeCollectionScore feeCollection, BigDecimal inspectionMax, SafetyScore safety) {

  /** Checks that something is scored. */
  public ScoringScheme {
    if (feeCollection == null && inspectionMax == null && safety == null) {
      throw new IllegalArgumentException("a scoring scheme scores at least one of feeCollection, inspections, safety");
    }
    if (inspectionMax != null && inspectionMax.signum() < 0) {
      throw new IllegalArgumentException("inspectionMax must not be negative, was " + inspectionMax);
    }
  }
}
