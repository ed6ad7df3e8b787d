package io.propgov.governance.credit;

/**
 * Why a company was put on the blacklist.
 *
 * @since 0.1.0
 */
public enum ListingCause {
  /** A serious violation ("one-vote veto"). */
  SERIOUS_VIOLATION,
  /** Too many assessment cycles in a row graded in the lowest band. */
  LOWEST_GRADES
}
