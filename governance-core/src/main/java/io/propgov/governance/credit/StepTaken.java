package io.propgov.governance.credit;

import io.propgov.governance.internal.FactsStyle;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A step of the arrears ladder already taken against a household, with its date and the facts that
 * decide what it did: whether a demand reached the debtor, when proceedings ended, and on which
 * ground and for how long a court listed the household as a dishonest debtor.
 *
 * @param action the step, never null
 * @param date the day it was taken, never null
 * @param reachedDebtor whether it is shown to have reached the debtor (a demand interrupts the
 *     limitation period only then); null when not stated, which counts as not shown
 * @param endedOn the day the proceedings it began ended (a lawsuit withdrawn or dismissed, a
 *     mediation closed), not before {@code date}; null while they run or when a later judgment
 *     ended them
 * @param ground for the dishonest-debtor list only, and required there: the ground of listing, 1 to 6,
 *     of art. 1 of the Supreme People's Court provisions on publishing the list of dishonest
 *     judgment debtors (2017): 1 is a debtor able to pay who refuses; null for other steps
 * @param extendedYears for a listing on grounds 2 to 6 only: the years, 1 to 3, by which the court
 *     extended the 2-year term for repeated or serious conduct (art. 2); null when not extended
 * @since 0.1.0
 */
@FactsStyle
@Value.Builder
public record StepTaken(@NotNull ArrearsAction action, @NotNull LocalDate date, Boolean reachedDebtor,
    LocalDate endedOn, @Min(1) @Max(6) Integer ground, @Min(1) @Max(3) Integer extendedYears) implements WithStepTaken {

  /**
   * Checks nothing; the field constraints are checked by {@code FactsConstraints}, all at once.
   */
  public StepTaken {
  }

  /**
   * Returns a builder that never throws; build, then check the constraints.
   *
   * @return a new, empty builder
   */
  public static StepTakenBuilder builder() {
    return new StepTakenBuilder();
  }

  /**
   * A step taken with no further facts stated.
   *
   * @param action the step, not null
   * @param date the day it was taken, not null
   */
  public StepTaken(ArrearsAction action, LocalDate date) {
    this(action, date, null, null, null, null);
  }

  /**
   * Returns whether the step is shown to have reached the debtor.
   *
   * @return true only when stated so
   */
  public boolean reached() {
    return Boolean.TRUE.equals(reachedDebtor);
  }
}
