package io.propgov.governance.subsidy;

import java.util.List;

/**
 * The stable ids of the subsidy and cost-sharing rules: each names a rule in a decision's reasons
 * and, with an outcome, its message {@code <ruleId>.<OUTCOME>}. The ids are published API and
 * never change.
 *
 * @since 0.1.0
 */
public final class SubsidyRuleIds {

  /** Whether an application was filed within the programme's period. */
  public static final String PERIOD = "subsidy.period";

  /** Whether a company's credit standing was supplied. */
  public static final String CREDIT_STANDING = "subsidy.credit-standing";

  /** Whether an estate was built before the programme's cut-off year. */
  public static final String OLD_ESTATE = "subsidy.old-estate";

  /** Whether the applying company serves the estate. */
  public static final String COMPANY_SERVES = "subsidy.company-serves";

  /** Whether the company bears none of the credit consequences that bar the programme. */
  public static final String CREDIT = "subsidy.credit";

  /** Whether the estate's latest valid satisfaction round meets the programme. */
  public static final String SATISFACTION = "subsidy.satisfaction";

  /** Whether the fee collection rate reaches the programme's minimum. */
  public static final String FEE_COLLECTION = "subsidy.fee-collection";

  /** Whether the company has a party organisation, a joint branch or an instructor. */
  public static final String PARTY = "subsidy.party";

  /** The points the fee collection rate earns. */
  public static final String SCORE_FEE_COLLECTION = "subsidy.score.fee-collection";

  /** The bonus points a high fee collection rate earns. */
  public static final String SCORE_FEE_BONUS = "subsidy.score.fee-bonus";

  /** The points the inspections earn. */
  public static final String SCORE_INSPECTION = "subsidy.score.inspection";

  /** The safety points left after incident deductions. */
  public static final String SCORE_SAFETY = "subsidy.score.safety";

  /** The application's total score. */
  public static final String SCORE = "subsidy.score";

  /** The share of the base amount the score's payout band pays. */
  public static final String PAYOUT = "subsidy.payout";

  /** The flat base amount of an application. */
  public static final String BASE_FLAT = "subsidy.base.flat";

  /** The base amount the floor area's band gives. */
  public static final String BASE_AREA = "subsidy.base.area";

  /** The amount granted: the base amount times the payout share. */
  public static final String AMOUNT = "subsidy.amount";

  /** Whether the eligible amounts fit within the budget. */
  public static final String ALLOCATION_BUDGET = "subsidy.allocation.budget";

  /** That an application is paid in full. */
  public static final String ALLOCATION_IN_FULL = "subsidy.allocation.in-full";

  /** An application's pro-rata share of a short budget. */
  public static final String ALLOCATION_PRO_RATA = "subsidy.allocation.pro-rata";

  /** How the fen left over after rounding are handed out. */
  public static final String ALLOCATION_REMAINDER = "subsidy.allocation.remainder";

  /** The order in which applications are paid. */
  public static final String ALLOCATION_ORDER = "subsidy.allocation.order";

  /** What an application is paid, highest score first, from what is left. */
  public static final String ALLOCATION_PRIORITY = "subsidy.allocation.priority";

  /** The government's share of a cost. */
  public static final String COST_SHARE_GOVERNMENT = "cost-share.government";

  /** The owners' share of a cost, by exclusive area. */
  public static final String COST_SHARE_OWNERS = "cost-share.owners";

  /** One household's part of the owners' share. */
  public static final String COST_SHARE_HOUSEHOLD = "cost-share.household";

  private SubsidyRuleIds() {}

  /**
   * Returns every rule id of this area.
   *
   * @return the ids in the order declared here, never null
   */
  public static List<String> all() {
    return List.of(
        PERIOD,
        CREDIT_STANDING,
        OLD_ESTATE,
        COMPANY_SERVES,
        CREDIT,
        SATISFACTION,
        FEE_COLLECTION,
        PARTY,
        SCORE_FEE_COLLECTION,
        SCORE_FEE_BONUS,
        SCORE_INSPECTION,
        SCORE_SAFETY,
        SCORE,
        PAYOUT,
        BASE_FLAT,
        BASE_AREA,
        AMOUNT,
        ALLOCATION_BUDGET,
        ALLOCATION_IN_FULL,
        ALLOCATION_PRO_RATA,
        ALLOCATION_REMAINDER,
        ALLOCATION_ORDER,
        ALLOCATION_PRIORITY,
        COST_SHARE_GOVERNMENT,
        COST_SHARE_OWNERS,
        COST_SHARE_HOUSEHOLD);
  }
}
