package io.propgov.governance.internal;

import io.propgov.governance.message.ConstraintMessages;
import java.util.function.Function;

/**
 * The constraints of parameters whose values are whole numbers in a range, each with the message
 * that says what is legal, such as "must be a whole number of years from 1 to 10, was 12".
 */
public final class WholeNumbers {

  private WholeNumbers() {}

  /**
   * A lower bound.
   *
   * @param min the least legal value
   * @return the constraint: null for a legal value, else the message
   */
  public static Function<Integer, String> atLeast(int min) {
    return atLeast(min, "");
  }

  /**
   * A lower bound on a count of units.
   *
   * @param min the least legal value
   * @param unit what is counted, such as {@code days}, or empty
   * @return the constraint: null for a legal value, else the message
   */
  public static Function<Integer, String> atLeast(int min, String unit) {
    return n -> n >= min ? null : unit.isEmpty() ? ConstraintMessages.en("text.atLeast", "min", min, "value", n)
        : ConstraintMessages.en("text.atLeastUnit", "unit", unit, "min", min, "value", n);
  }

  /**
   * Both bounds.
   *
   * @param min the least legal value
   * @param max the greatest legal value
   * @return the constraint: null for a legal value, else the message
   */
  public static Function<Integer, String> between(int min, int max) {
    return between(min, max, "");
  }

  /**
   * Both bounds on a count of units.
   *
   * @param min the least legal value
   * @param max the greatest legal value
   * @param unit what is counted, such as {@code years}, or empty
   * @return the constraint: null for a legal value, else the message
   */
  public static Function<Integer, String> between(int min, int max, String unit) {
    return n -> n >= min && n <= max ? null : unit.isEmpty()
        ? ConstraintMessages.en("text.between", "min", min, "max", max, "value", n)
        : ConstraintMessages.en("text.betweenUnit", "unit", unit, "min", min, "max", max, "value", n);
  }
}
