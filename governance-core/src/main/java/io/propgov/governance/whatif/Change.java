package io.propgov.governance.whatif;

import io.propgov.governance.explain.Decision;
import java.util.List;
import java.util.Objects;

/**
 * One decision that differs between two evaluations of the same facts.
 *
 * @param entity the id of the entity judged, such as an estate id, never null
 * @param path where in the entity's decision tree the decision sits: empty for the entity's own
 *     decision, else the kinds and ids of the decisions down to it, such as
 *     {@code satisfaction.assessment/satisfaction.round[2024-H1]}, never null
 * @param before the decision before, or null when there was none
 * @param after the decision after, or null when there is none now
 * @param flips the rules whose outcome differs, in the order they were applied, never null
 * @since 0.1.0
 */
public record Change(String entity, String path, Decision<?> before, Decision<?> after, List<RuleFlip> flips) {

  /** Checks the ids and copies the flips. */
  public Change {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(path, "path");
    flips = List.copyOf(flips);
  }

  /**
   * Returns the outcome before as its message key, such as {@code estate.SATISFACTORY}.
   *
   * @return the key, or {@code -} when there was no decision
   */
  public String beforeOutcome() {
    return before == null ? "-" : before.value().messageKey();
  }

  /**
   * Returns the outcome after as its message key, such as {@code estate.DISMISSAL_MAY_START}.
   *
   * @return the key, or {@code -} when there is no decision
   */
  public String afterOutcome() {
    return after == null ? "-" : after.value().messageKey();
  }
}
