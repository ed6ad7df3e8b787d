package io.propgov.governance.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The unpaid property fee of one month; it falls due on the month's last day.
 *
 * @param month the month billed, never null
 * @param amount the amount unpaid in CNY, more than 0, at most 2 decimals
 * @since 0.1.0
 */
public record MonthlyArrears(YearMonth month, BigDecimal amount) {

  /** Checks the parts. */
  public MonthlyArrears {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(amount, "amount");
    if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("arrears of " + month + ": the amount must be more than 0 CNY with at most 2"
          + " decimals, was " + amount.toPlainString());
    }
  }

  /** Returns the day the fee fell due: the month's last day. @return the date, never null */
  public LocalDate dueOn() {
    return month.atEndOfMonth();
  }
}
