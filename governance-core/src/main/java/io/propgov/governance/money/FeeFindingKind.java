package io.propgov.governance.money;

/**
 * What is wrong with a fee.
 *
 * @since 0.3.0
 */
public enum FeeFindingKind {
  /** A fee charged for an item with no published standard. */
  UNPUBLISHED,
  /** A fee charged above its published standard. */
  ABOVE_STANDARD,
  /** Co-managing companies publish different standards for the same item. */
  UNEQUAL
}
