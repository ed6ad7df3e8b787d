package io.propgov.governance.subsidy;

import io.propgov.governance.constraint.NotBlankText;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * A household that shares a cost, with its exclusive floor area.
 *
 * @param id the household's id, never blank
 * @param area its exclusive floor area in m², more than 0, never null
 * @since 0.1.0
 */
public record HouseholdArea(@NotNull @NotBlankText String id, @NotNull @DecimalMin(value = "0",
    inclusive = false) BigDecimal area) {

  /**
   * Checks nothing; the field constraints are checked by {@code FactsConstraints}, all at once.
   */
  public HouseholdArea {
  }
}
