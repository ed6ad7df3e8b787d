package io.propgov.governance.money;

import io.propgov.governance.internal.FactsLists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;

/**
 * The owners' residential maintenance fund of one estate (住宅专项维修资金).
 *
 * @param constructionCost the local construction and installation cost of housing, CNY per m² of
 *     floor area, more than 0, never null
 * @param accounts each owner's account, never null
 * @param uses each use of the fund, never null
 * @since 0.3.0
 */
public record MaintenanceFund(@NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal constructionCost,
    List<@NotNull @Valid FundAccount> accounts, List<@NotNull @Valid FundUse> uses) {

  /** Normalises only (null lists become empty); the field constraints are checked by {@code FactsConstraints}. */
  public MaintenanceFund {
    accounts = FactsLists.copy(accounts);
    uses = FactsLists.copy(uses);
  }
}
