package io.propgov.governance.money;

import io.propgov.governance.constraint.NotBlankText;
import io.propgov.governance.internal.FactsLists;
import io.propgov.governance.internal.FactsStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a host knows about money in the open for one estate: what the serving company published
 * and when, the fee standards it published and the fees it charged, the owners' maintenance fund,
 * the income from common parts and the estate's yearly account.
 *
 * @param estateId the estate, never blank
 * @param companyId the company that owes the disclosures, or null when none is named (then no
 *     credit event is proposed)
 * @param servingSince the first day the company served the estate: the first period whose
 *     disclosures are due is the one holding this date; null when no disclosure is judged
 * @param disclosures what was published, in any order, never null
 * @param fees each published fee standard and fee charged, by company, item and tier, never null
 * @param fund the owners' maintenance fund, or null when not known
 * @param commonIncome the income from common parts, never null
 * @param ledger the estate's yearly income and cost, or null when not known
 * @since 0.3.0
 */
@FactsStyle
@Value.Builder
public record EstateMoney(@NotNull @NotBlankText String estateId, @NotBlankText String companyId,
    LocalDate servingSince, List<@NotNull @Valid Disclosure> disclosures, List<@NotNull @Valid FeeLine> fees,
    @Valid MaintenanceFund fund, List<@NotNull @Valid CommonIncome> commonIncome, @Valid Ledger ledger)
    implements WithEstateMoney {

  /** Normalises only (null lists become empty); the field constraints are checked by {@code FactsConstraints}. */
  public EstateMoney {
    disclosures = FactsLists.copy(disclosures);
    fees = FactsLists.copy(fees);
    commonIncome = FactsLists.copy(commonIncome);
  }

  /**
   * Returns a builder that never throws; build, then check the constraints.
   *
   * @return a new, empty builder
   */
  public static EstateMoneyBuilder builder() {
    return new EstateMoneyBuilder();
  }
}
