package io.propgov.governance.subsidy;

import io.propgov.governance.internal.FactsLists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The credit consequences in force for a company on a date, supplied by the credit rules or the
 * host; the subsidy rules never derive them.
 *
 * @param consequences the consequences in force, never null (empty: a clean record)
 * @since 0.1.0
 */
public record CreditStanding(List<@NotNull @Valid CreditConsequence> consequences) {

  /** A company with no credit consequence in force. */
  public static final CreditStanding CLEAN = new CreditStanding(List.of());

  /**
   * Normalises only; the field constraints are checked by {@code FactsConstraints}, all at once.
   */
  public CreditStanding {
    consequences = FactsLists.copy(consequences);
  }

  /**
   * Returns the consequences whose code is among {@code codes}, in the order held.
   *
   * @param codes the codes that bar, not null
   * @return the barring consequences, never null
   */
  public List<CreditConsequence> barring(List<String> codes) {
    return consequences.stream().filter(c -> codes.contains(c.code())).toList();
  }
}
