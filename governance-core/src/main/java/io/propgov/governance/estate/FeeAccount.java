package io.propgov.governance.estate;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Property fees billed to an estate's households over a period and what was collected, in CNY.
 *
 * @param billed the fees billed, not negative, never null
 * @param collected the fees collected, not negative, never null
 * @since 0.1.0
 */
public record FeeAccount(BigDecimal billed, BigDecimal collected) {

  /** Checks that both amounts are given and not negative. */
  public FeeAccount {
    Objects.requireNonNull(billed, "billed");
    Objects.requireNonNull(collected, "collected");
    if (billed.signum() < 0 || collected.signum() < 0) {
      throw new IllegalArgumentException("fees must not be negative, were billed " + billed.toPlainString()
          + " and collected " + collected.toPlainString());
    }
  }
}
