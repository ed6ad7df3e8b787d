package io.propgov.governance.money;

import io.propgov.governance.constraint.NotBlankText;
import io.propgov.governance.constraint.WholeFen;
import io.propgov.governance.internal.FactsStyle;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One owner's account in the maintenance fund.
 *
 * @param ownerId the owner (or unit), never blank
 * @param area the floor area of the owner's unit, m², more than 0, never null
 * @param firstDeposit what the owner first deposited, CNY, whole fen, or null when not known
 *     (then the first deposit due stands in for it)
 * @param balance the account's balance, CNY, whole fen, not negative, never null
 * @since 0.3.0
 */
@FactsStyle
@Value.Builder
public record FundAccount(@NotNull @NotBlankText String ownerId,
    @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal area,
    @DecimalMin("0") @WholeFen BigDecimal firstDeposit, @NotNull @DecimalMin("0") @WholeFen BigDecimal balance)
    implements WithFundAccount {

  /**
   * Returns a builder that never throws; build, then check the constraints.
   *
   * @return a new, empty builder
   */
  public static FundAccountBuilder builder() {
    return new FundAccountBuilder();
  }
}
