package io.propgov.governance.credit;

import io.propgov.governance.constraint.WholeFen;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment a household made towards its fees. A part payment is the debtor agreeing to pay, which
 * interrupts the limitation period (Civil Code art. 195 (2)); the payment after which nothing is
 * owed takes a listed household off the dishonest-debtor list.
 *
 * @param date the day it was paid, never null
 * @param amount the amount paid in CNY, more than 0, at most 2 decimals, never null
 * @since 0.1.0
 */
public record Payment(@NotNull LocalDate date,
    @NotNull @DecimalMin(value = "0", inclusive = false) @WholeFen BigDecimal amount) {

  /**
   * Checks nothing; the field constraints are checked by {@code FactsConstraints}, all at once.
   */
  public Payment {
  }
}
