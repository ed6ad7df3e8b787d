package io.propgov.governance.owners;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Exclusive floor area handed over to buyers on one day (交付), counted towards the share that
 * makes the first owners' assembly due.
 *
 * @param date the day the area was delivered, never null
 * @param area the exclusive floor area delivered that day in m², more than 0, never null
 * @since 0.3.0
 */
public record Delivery(@NotNull LocalDate date, @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal area) {

  /** Checks nothing; the field constraints are checked by {@code FactsConstraints}, all at once. */
  public Delivery {
  }
}
