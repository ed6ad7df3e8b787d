package io.propgov.governance.satisfaction;

/**
 * The verdict on one survey round.
 *
 * @since 0.1.0
 */
public enum RoundStatus {
  /** The quorum was met and the weighted score is at or above the pass line. */
  PASSED,
  /** The quorum was met and the weighted score is below the pass line. */
  FAILED,
  /** The quorum was missed (or no weighted group answered): the round neither passes nor fails. */
  INVALID
}
