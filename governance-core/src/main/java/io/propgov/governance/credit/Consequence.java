package io.propgov.governance.credit;

/**
 * A joint reward or punishment (守信联合激励和失信联合惩戒) that a company's grade or listing brings.
 * The codes are the SDK's, so that other rule areas (subsidies, bidding) can ask for one by name;
 * which grades bring which is the policy's.
 *
 * @since 0.1.0
 */
public enum Consequence {
  /** Barred from bidding for property projects. */
  BARRED_FROM_BIDDING(false),
  /** Barred from awards and honours. */
  BARRED_FROM_AWARDS(false),
  /** Barred from government subsidies and funds. */
  BARRED_FROM_SUBSIDIES(false),
  /** Inspected more often. */
  MORE_INSPECTIONS(false),
  /** Priority for government funds and awards. */
  PRIORITY_FOR_FUNDS(true),
  /** Bonus points when bidding. */
  BIDDING_BONUS(true),
  /** Inspected less often. */
  FEWER_INSPECTIONS(true),
  /** Published on the red list of trustworthy companies. */
  RED_LIST(true);

  private final boolean reward;

  Consequence(boolean reward) {
    this.reward = reward;
  }

  /** Returns whether this is a reward rather than a punishment. @return true for a reward */
  public boolean reward() {
    return reward;
  }
}
