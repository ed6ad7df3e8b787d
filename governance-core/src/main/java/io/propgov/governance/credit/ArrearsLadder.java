package io.propgov.governance.credit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A policy's arrears ladder: the steps a company takes against a household that will not pay, in
 * order, each once (national practice: reminder, public notice, mediation, lawsuit or payment
 * order, judgment, then consumption restriction and the dishonest-debtor list).
 *
 * @param steps the steps, in order, each action once, at least one
 * @since 0.1.0
 */
public record ArrearsLadder(List<LadderStep> steps) {

  /** Copies the steps and checks that each action appears once. */
  public ArrearsLadder {
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("an arrears ladder has at least one step");
    }
    Set<ArrearsAction> seen = new HashSet<>();
    for (LadderStep step : steps) {
      if (!seen.add(step.action())) {
        throw new IllegalArgumentException("ladder step " + step.action() + " appears twice");
      }
    }
  }

  /**
   * Returns the position of an action on the ladder.
   *
   * @param action the action, not null
   * @return its index, or -1 when it is not a step of this ladder
   */
  public int indexOf(ArrearsAction action) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).action().equals(action)) {
        return i;
      }
    }
    return -1;
  }
}
