package io.propgov.governance.workorder;

/**
 * What counts as resolved in the resolution rate.
 *
 * @since 0.3.0
 */
public enum ResolutionBasis {
  /**
   * The caller said at the follow-up that the matter was solved (解决); the rate counts the
   * orders whose caller answered. This is how Beijing's 12345 asks the caller.
   */
  CALLER_CONFIRMED,
  /**
   * The handler resolved the order by its resolution deadline; the rate counts the orders
   * resolved or past their deadline.
   */
  ON_TIME
}
