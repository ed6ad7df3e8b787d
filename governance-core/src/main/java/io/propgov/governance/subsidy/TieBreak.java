package io.propgov.governance.subsidy;

/**
 * How applicants with equal scores are ordered for a priority allocation.
 *
 * @since 0.1.0
 */
public enum TieBreak {
  /** The application filed first goes first; on the same day, the lower application id. */
  FILED_FIRST,
  /** The lower application id goes first. */
  APPLICATION_ID
}
