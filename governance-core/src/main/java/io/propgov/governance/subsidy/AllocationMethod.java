package io.propgov.governance.subsidy;

/**
 * How a programme shares its budget when eligible amounts exceed it.
 *
 * @since 0.1.0
 */
public enum AllocationMethod {
  /**
   * Each applicant gets its amount times budget over demand, rounded down to the fen; the fen
   * left over go one each to the largest remainders, ties to the lower application id.
   */
  PRO_RATA,
  /** Applicants are paid in full in order of score, highest first, until the budget runs out. */
  PRIORITY_BY_SCORE
}
