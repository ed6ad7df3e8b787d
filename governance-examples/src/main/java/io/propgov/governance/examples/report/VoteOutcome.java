package io.propgov.governance.examples.report;

import io.propgov.governance.explain.Label;
import io.propgov.governance.vote.VoteResult;

/**
 * How an owners' vote ended, for a summary.
 *
 * @since 0.2.0
 */
public enum VoteOutcome {
  /** The motion was carried. */
  PASSED("passed"),
  /** Enough owners took part, but the motion was not carried. */
  REJECTED("rejected"),
  /** Too few owners or too little area took part: the vote decided nothing. */
  NO_QUORUM("no-quorum");

  private final String code;

  VoteOutcome(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code, such as {@code no-quorum}.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the outcome's name in English and Chinese.
   *
   * @return the label, never null
   */
  public Label label() {
    return ReportText.label("vote." + code);
  }

  /**
   * Returns how a vote ended.
   *
   * @param result the vote's result, not null
   * @return the outcome, never null
   */
  public static VoteOutcome of(VoteResult result) {
    if (result.quorumMissed()) {
      return NO_QUORUM;
    }
    return result.passed() ? PASSED : REJECTED;
  }
}
