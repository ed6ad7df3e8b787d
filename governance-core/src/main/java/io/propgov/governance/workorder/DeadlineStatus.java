package io.propgov.governance.workorder;

/**
 * Where an order stands against one of its deadlines on the as-of date.
 *
 * @since 0.3.0
 */
public enum DeadlineStatus {
  /** Done on or before the due date (a deadline met on its last day is on time). */
  ON_TIME,
  /** Done after the due date, or still not done after it. */
  LATE,
  /** Not done yet, and the due date has not passed. */
  PENDING
}
