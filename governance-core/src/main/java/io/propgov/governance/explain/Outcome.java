package io.propgov.governance.explain;

/**
 * What applying one rule gave.
 *
 * @since 0.1.0
 */
public enum Outcome {
  /** The rule's condition holds (a threshold is reached, a requirement is satisfied). */
  MET,
  /** The rule's condition does not hold. */
  NOT_MET,
  /** The rule did not apply to these facts (for example a notice period when nothing passed). */
  NOT_APPLICABLE;

  /**
   * Returns {@link #MET} when {@code condition} holds, {@link #NOT_MET} otherwise.
   *
   * @param condition whether the rule's condition holds
   * @return the outcome
   */
  public static Outcome of(boolean condition) {
    return condition ? MET : NOT_MET;
  }
}
