package io.propgov.governance.owners;

/**
 * Where an estate's first owners' assembly stands on a date.
 *
 * @since 0.3.0
 */
public enum AssemblyStatus {
  /** Its condition is not met yet (or no delivery is known), and it has not met. */
  NOT_DUE,
  /** Its condition is met and it has not met, but its deadline has not passed. */
  DUE,
  /** Its condition is met, it has not met and its deadline has passed. */
  OVERDUE,
  /** It met, on or before its deadline (or before its condition was met). */
  HELD,
  /** It met after its deadline. */
  HELD_LATE
}
