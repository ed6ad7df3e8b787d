package io.propgov.governance.workorder;

/**
 * What a set of rates or a ranking is about.
 *
 * @since 0.3.0
 */
public enum SubjectKind {
  /** A unit of the organisation tree: its own orders and, with a tree, those of every unit below it. */
  UNIT,
  /** A property company: the orders it handles. */
  COMPANY
}
