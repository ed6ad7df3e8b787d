package io.propgov.governance.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A payment a household made towards its fees. A part payment is the debtor agreeing to pay, which
 * interrupts the limitation period (Civil Code art. 195 (2)); the payment after which nothing is
 * owed takes a listed household off the dishonest-debtor list.
 *
 * @param date the day it was paid, never null
 * @param amount the amount paid in CNY, more than 0, at most 2 decimals, never null
 * @since 0.1.0
 */
public record Payment(LocalDate date, BigDecimal amount) {

  /** Checks the parts. */
  public Payment {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amount, "amount");
    if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("payment of " + date + ": the amount must be more than 0 CNY with at most 2"
          + " decimals, was " + amount.toPlainString());
    }
  }
}
