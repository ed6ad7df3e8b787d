package io.propgov.governance.contract;

import java.util.List;

/**
 * The stable ids of the contract-end rules: each names a rule in a decision's reasons and, with
 * an outcome, its message {@code <ruleId>.<OUTCOME>}. The ids are published API and never change.
 *
 * @since 0.3.0
 */
public final class ContractRuleIds {

  /** Whether a company that will not renew gave its notice in time (Civil Code art. 947). */
  public static final String NON_RENEWAL_NOTICE = "contract.non-renewal-notice";

  /** How a contract with no fixed term ends: on written notice (Civil Code art. 948). */
  public static final String OPEN_ENDED = "contract.open-ended";

  /** The day the contract ends, or that it has not ended. */
  public static final String END = "contract.end";

  /** Whether the outgoing company left and handed over in time (Civil Code art. 949). */
  public static final String EXIT = "contract.exit";

  /**
   * Whether the last day to leave and hand over, counted to a statutory rest day, moved to the day
   * after the rest days end (Civil Code art. 203).
   *
   * @since 0.3.0
   */
  public static final String EXIT_LAST_DAY = "contract.exit-last-day";

  /** Which fees after the end the outgoing company may claim (Civil Code arts. 949 and 950). */
  public static final String FEES = "contract.fees";

  private ContractRuleIds() {}

  /**
   * Returns every rule id of this area.
   *
   * @return the ids in the order declared here, never null
   */
  public static List<String> all() {
    return List.of(NON_RENEWAL_NOTICE, OPEN_ENDED, END, EXIT, EXIT_LAST_DAY, FEES);
  }
}
