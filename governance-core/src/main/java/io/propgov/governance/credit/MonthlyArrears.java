package io.propgov.governance.credit;

import io.propgov.governance.constraint.WholeFen;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The unpaid property fee of one month; it falls due on the month's last day.
 *
 * @param month the month billed, never null
 * @param amount the amount unpaid in CNY, more than 0, at most 2 decimals
 * @since 0.1.0
 */
public record MonthlyArrears(@NotNull YearMonth month,
    @NotNull @DecimalMin(value = "0", inclusive = false) @WholeFen BigDecimal amount) {

  /**
   * Checks nothing; the field constraints are checked by {@code FactsConstraints}, all at once.
   */
  public MonthlyArrears {
  }

  /** Returns the day the fee fell due: the month's last day. @return the date, never null */
  public LocalDate dueOn() {
    return month.atEndOfMonth();
  }
}
