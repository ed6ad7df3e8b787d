package io.propgov.governance.subsidy;

import io.propgov.governance.constraint.NotBlankText;
import io.propgov.governance.constraint.WholeFen;
import io.propgov.governance.internal.FactsLists;
import io.propgov.governance.internal.FactsStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.immutables.value.Value;

/**
 * The cost of works in an estate to be split between government and the owners who benefit.
 *
 * @param id the cost share's id, never blank
 * @param kind the kind of work, a kind of the policy's cost-sharing rule, never blank
 * @param estateId the estate, or null when not named
 * @param total the cost in CNY, whole fen, not negative, never null
 * @param households the households that share the owners' part, ids unique, at least one, never null
 * @since 0.1.0
 */
@FactsStyle
@Value.Builder
public record CostShare(@NotNull @NotBlankText String id, @NotNull @NotBlankText String kind,
    @NotBlankText String estateId, @NotNull @DecimalMin("0") @WholeFen BigDecimal total,
    @Size(min = 1) List<@NotNull @Valid HouseholdArea> households) implements WithCostShare {

  /**
   * Normalises only (a total in whole fen gets two decimals); the field constraints are checked
   * by {@code FactsConstraints}, all at once.
   */
  public CostShare {
    if (total != null && total.signum() >= 0 && total.stripTrailingZeros().scale() <= 2) {
      total = total.setScale(2, RoundingMode.UNNECESSARY);
    }
    households = FactsLists.copy(households);
  }

  /**
   * Returns a builder that never throws; build, then check the constraints.
   *
   * @return a new, empty builder
   */
  public static CostShareBuilder builder() {
    return new CostShareBuilder();
  }
}
