package io.propgov.governance.credit;

import java.util.Objects;

/**
 * One step of the arrears ladder, how long after the step before it (for the first step, after the
 * oldest claimable month fell due) it may be taken, and what it does to the limitation period.
 *
 * @param action the step, never null
 * @param waitDays the days to wait, 0 or more (after a reminder: its deadline)
 * @param limitation what taking the step does to the limitation period, never null
 * @since 0.1.0
 */
public record LadderStep(ArrearsAction action, int waitDays, LimitationEffect limitation) {

  /** Checks the parts. */
  public LadderStep {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(limitation, "limitation");
    if (waitDays < 0) {
      throw new IllegalArgumentException("ladder step " + action + ": waitDays must be 0 or more, was " + waitDays);
    }
  }
}
