package io.propgov.governance.subsidy;

import java.util.List;

/**
 * The credit consequences in force for a company on a date, supplied by the credit rules or the
 * host; the subsidy rules never derive them.
 *
 * @param consequences the consequences in force, never null (empty: a clean record)
 * @since 0.1.0
 */
public record CreditStanding(List<CreditConsequence> consequences) {

  /** A company with no credit consequence in force. */
  public static final CreditStanding CLEAN = new CreditStanding(List.of());

  /** Copies the list. */
  public CreditStanding {
    consequences = List.copyOf(consequences);
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
