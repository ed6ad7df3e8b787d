package io.propgov.governance.explain;

import io.propgov.governance.policy.Fraction;

/**
 * The unit people count a {@link Margin} in: owners and households for votes and surveys, square
 * metres for area, points for scores, CNY for money, days for deadlines. A unit is whole when
 * its figures are counted in whole steps (one owner, one day, one fen); a whole unit gives a
 * margin its smallest flipping change.
 *
 * @since 0.2.0
 */
public enum MarginUnit {
  /** Owners, each counted once (Civil Code art. 278 counts owners by head). */
  OWNERS(true),
  /** Households, such as those answering a satisfaction survey. */
  HOUSEHOLDS(true),
  /** Exclusive floor area in square metres, not counted in steps. */
  SQUARE_METRES(false),
  /** Points of a score or a grade band, not counted in steps. */
  POINTS(false),
  /** Percentage points, only where the rule's own figure is a percentage. */
  PERCENTAGE_POINTS(false),
  /** Money in CNY, counted in whole fen (0.01 CNY). */
  CNY(true),
  /** Calendar days. */
  DAYS(true),
  /** Working days, as the work calendar counts them. */
  WORKING_DAYS(true),
  /** Whole months, such as months of arrears. */
  MONTHS(true),
  /** Rounds of a survey, such as consecutive failed rounds. */
  ROUNDS(true),
  /** Assessment cycles, such as cycles graded lowest in a row. */
  CYCLES(true),
  /** Party members. */
  MEMBERS(true),
  /** Whole items counted, such as events or grades in a row. */
  ITEMS(true),
  /**
   * A unit the policy names, such as the minutes or hours of a service standard: shown by the
   * margin's {@link Margin#unitName()}, not counted in steps.
   */
  LABELLED(false);

  private final boolean whole;

  MarginUnit(boolean whole) {
    this.whole = whole;
  }

  /**
   * Returns whether figures in this unit move in whole steps ({@link #step()}), so that a
   * smallest flipping change exists.
   *
   * @return true for counts, days and money
   */
  public boolean isWhole() {
    return whole;
  }

  /**
   * Returns the smallest step of a whole unit: one owner, one day, one fen (0.01 CNY).
   *
   * @return the step, or null for a unit not counted in steps
   */
  public Fraction step() {
    if (!whole) {
      return null;
    }
    return this == CNY ? FEN : Fraction.ONE;
  }

  /** One fen: a hundredth of a yuan. */
  private static final Fraction FEN = Fraction.of(1, 100);
}
