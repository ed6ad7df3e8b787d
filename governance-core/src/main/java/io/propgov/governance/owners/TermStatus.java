package io.propgov.governance.owners;

/**
 * Where an owners' committee's term stands on a date. A term's last day is its re-election date:
 * the committee is still in office on that day and overdue from the next.
 *
 * @since 0.3.0
 */
public enum TermStatus {
  /** The estate has no sitting owners' committee. */
  NO_COMMITTEE,
  /** The term runs, and the re-election notice period has not begun. */
  RUNNING,
  /** The term runs, within the months before its last day in which the re-election is prepared. */
  ENDING,
  /** The term's last day has passed without a new election. */
  OVERDUE
}
