package io.propgov.governance.credit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A step of the arrears ladder already taken against a household, with its date.
 *
 * @param action the step, never null
 * @param date the day it was taken, never null
 * @since 0.1.0
 */
public record StepTaken(ArrearsAction action, LocalDate date) {

  /** Checks the parts. */
  public StepTaken {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(date, "date");
  }
}
