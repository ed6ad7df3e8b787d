package io.propgov.governance.subsidy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An application's score, part by part. A part the programme does not score is null.
 *
 * @param feeCollection the points for fee collection, or null
 * @param feeBonus the bonus points for fee collection, or null
 * @param inspection the points for inspections, or null
 * @param safety the points for safety, or null
 * @param total the sum of the parts, never null
 * @since 0.1.0
 */
public record Score(BigDecimal feeCollection, BigDecimal feeBonus, BigDecimal inspection, BigDecimal safety,
    BigDecimal total) {

  /** Checks that the total is given. */
  public Score {
    Objects.requireNonNull(total, "total");
  }
}
