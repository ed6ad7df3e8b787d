package io.propgov.governance.contract;

/**
 * Where a service contract stands on the decision's date.
 *
 * @since 0.3.0
 */
public enum ContractState {
  /** Its term runs and nothing yet ends it. */
  RUNNING,
  /** Its term is over without a decision, and it runs without a fixed term (art. 948). */
  OPEN_ENDED,
  /** Its end is fixed, on a later day. */
  ENDING,
  /** It has ended; the outgoing company is still within its time to leave. */
  WINDING_UP,
  /** It has ended and the outgoing company handed over in time. */
  HANDED_OVER,
  /** It has ended and the outgoing company did not leave in time (art. 949). */
  EXIT_OVERDUE
}
