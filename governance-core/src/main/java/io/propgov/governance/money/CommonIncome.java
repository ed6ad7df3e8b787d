package io.propgov.governance.money;

import io.propgov.governance.constraint.NotBlankText;
import io.propgov.governance.constraint.WholeFen;
import io.propgov.governance.internal.FactsStyle;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Income from the owners' common parts over one period (Civil Code art. 282): advertising,
 * parking, rooms let, and the cost claimed against it.
 *
 * @param id the entry's id, such as {@code 2024-parking}, never blank
 * @param kind what earned it, never null
 * @param income the income, CNY, whole fen, not negative, never null
 * @param cost the cost claimed against it, CNY, whole fen, not negative, never null
 * @param disclosed whether the income and its use were disclosed to the owners
 * @since 0.3.0
 */
@FactsStyle
@Value.Builder
public record CommonIncome(@NotNull @NotBlankText String id, @NotNull IncomeKind kind,
    @NotNull @DecimalMin("0") @WholeFen BigDecimal income, @NotNull @DecimalMin("0") @WholeFen BigDecimal cost,
    boolean disclosed) implements WithCommonIncome {

  /**
   * Returns a builder that never throws; build, then check the constraints.
   *
   * @return a new, empty builder
   */
  public static CommonIncomeBuilder builder() {
    return new CommonIncomeBuilder();
  }
}
