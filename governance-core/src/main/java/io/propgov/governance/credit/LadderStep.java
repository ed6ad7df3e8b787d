package io.propgov.governance.credit;

import java.util.Objects;

/**
 * One step of the arrears ladder and how long after the step before it (for the first step, after
 * the oldest claimable month fell due) it may be taken. What taking it does to the limitation
 * period is the action's own ({@link ArrearsAction#limitation()}, defined in
 * {@code arrears.actions}).
 *
 * @param action the step, by id, never null
 * @param waitDays the days to wait, 0 or more (after a reminder: its deadline)
 * @since 0.1.0
 */
public record LadderStep(ArrearsAction action, int waitDays) {

  /** Checks the parts. */
  public LadderStep {
    Objects.requireNonNull(action, "action");
    if (waitDays < 0) {
      throw new IllegalArgumentException("ladder step " + action + ": waitDays must be 0 or more, was " + waitDays);
    }
  }
}
