package io.propgov.governance.money;

import java.util.List;

/**
 * The stable ids of the transparency and money rules: each names a rule in a decision's reasons
 * and, with an outcome, its message {@code <ruleId>.<OUTCOME>}. The ids are published API and
 * never change.
 *
 * @since 0.3.0
 */
public final class MoneyRuleIds {

  /** Whether an item due for a period was published by its due date, late, or is missing. */
  public static final String DISCLOSURE = "money.disclosure";

  /** A credit event proposed for a missing disclosure. */
  public static final String CREDIT_EVENT = "money.disclosure.credit-event";

  /** Whether a fee charged has a published standard. */
  public static final String FEE_PUBLISHED = "money.fee.published";

  /** Whether a fee charged is within its published standard. */
  public static final String FEE_WITHIN_STANDARD = "money.fee.within-standard";

  /** Whether co-managing companies publish equal standards for the same item. */
  public static final String FEE_UNIFIED = "money.fee.unified";

  /** The first deposit an owner owes into the maintenance fund, and whether it was paid in full. */
  public static final String FIRST_DEPOSIT = "money.fund.first-deposit";

  /** Whether an owner's balance is at or above the top-up line. */
  public static final String TOP_UP = "money.fund.top-up";

  /** Whether an ordinary use of the fund was approved by the owners' vote the law requires on its date. */
  public static final String USE_VOTE = "money.fund.use.vote";

  /** Whether an emergency use of the fund took every step of the emergency procedure. */
  public static final String USE_EMERGENCY = "money.fund.use.emergency";

  /** Whether the cost claimed against common-part income is within the policy's cap. */
  public static final String INCOME_COST = "money.common-income.cost";

  /** Whether common-part income and the owners' share were disclosed. */
  public static final String INCOME_DISCLOSED = "money.common-income.disclosed";

  /** Whether the estate's income covers its cost for the year. */
  public static final String BREAK_EVEN = "money.break-even";

  /** Whether the estate collects property fees. */
  public static final String COLLECTS_FEES = "money.collects-fees";

  /** The share of estates that break even, over a unit's subtree. */
  public static final String RATE_BREAK_EVEN = "money.rates.break-even";

  /** The share of estates that collect fees, over a unit's subtree. */
  public static final String RATE_COLLECTING = "money.rates.collecting";

  private MoneyRuleIds() {}

  /**
   * Returns every rule id of this area.
   *
   * @return the ids in the order declared here, never null
   */
  public static List<String> all() {
    return List.of(DISCLOSURE, CREDIT_EVENT, FEE_PUBLISHED, FEE_WITHIN_STANDARD, FEE_UNIFIED, FIRST_DEPOSIT, TOP_UP,
        USE_VOTE, USE_EMERGENCY, INCOME_COST, INCOME_DISCLOSED, BREAK_EVEN, COLLECTS_FEES, RATE_BREAK_EVEN,
        RATE_COLLECTING);
  }
}
