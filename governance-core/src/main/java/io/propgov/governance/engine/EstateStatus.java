package io.propgov.governance.engine;

/**
 * Where an estate stands with its property company on a date.
 *
 * @since 0.1.0
 */
public enum EstateStatus {
  /** No valid survey round yet: nothing to judge the company by. */
  NO_VALID_RATING,
  /** The latest valid round passed. */
  SATISFACTORY,
  /** The latest valid rounds failed, but not yet often enough to start a dismissal. */
  BELOW_PASS_LINE,
  /** Enough consecutive rounds failed: the owners may start a dismissal vote. */
  DISMISSAL_MAY_START,
  /** The owners voted to dismiss the company; the contract ends after the notice period. */
  DISMISSAL_DECIDED
}
