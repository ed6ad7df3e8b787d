package io.propgov.governance.org;

/**
 * How a response deadline counts days.
 *
 * @since 0.1.0
 */
public enum DayCount {
  /** Every calendar day counts. */
  CALENDAR,
  /** Only working days count: weekdays that are not holidays, plus make-up working days. */
  WORKING
}
