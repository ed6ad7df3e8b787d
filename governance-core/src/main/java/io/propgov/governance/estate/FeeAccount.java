package io.propgov.governance.estate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * Property fees billed to an estate's households over a period and what was collected, in CNY.
 *
 * @param billed the fees billed, not negative, never null
 * @param collected the fees collected, not negative, never null
 * @since 0.1.0
 */
public record FeeAccount(@NotNull @DecimalMin("0") BigDecimal billed, @NotNull @DecimalMin("0") BigDecimal collected) {

  /**
   * Checks nothing; the field constraints are checked by {@code FactsConstraints}, all at once.
   */
  public FeeAccount {
  }
}
