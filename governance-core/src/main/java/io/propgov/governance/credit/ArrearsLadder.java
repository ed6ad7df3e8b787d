package io.propgov.governance.credit;

import io.propgov.governance.internal.Keyed;
import java.util.List;

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
    steps = Keyed.uniqueNonEmpty(steps, LadderStep::action, "an arrears ladder has at least one step",
        "ladder step %s appears twice");
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
