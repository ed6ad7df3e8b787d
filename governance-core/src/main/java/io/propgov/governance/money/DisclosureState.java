package io.propgov.governance.money;

/**
 * Where an item due for one period stands on the as-of date.
 *
 * @since 0.3.0
 */
public enum DisclosureState {
  /** Published on or before its due date. */
  ON_TIME,
  /** Published after its due date. */
  LATE,
  /** Not published, and its due date has passed. */
  MISSING,
  /** Not yet published, and not yet late: its due date is the as-of date or later. */
  PENDING
}
