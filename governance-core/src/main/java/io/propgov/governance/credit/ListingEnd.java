package io.propgov.governance.credit;

/**
 * How a listing on the blacklist ended.
 *
 * @since 0.1.0
 */
public enum ListingEnd {
  /** It ran its term. */
  EXPIRED,
  /** It ended early by credit repair. */
  REPAIRED
}
