package io.propgov.governance.explain;

import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.Threshold;
import java.math.BigInteger;
import java.util.Objects;

/**
 * How far a figure a rule compared lies from the rule's line, in the unit people count in
 * (owners, households, m², points, CNY, days), and the smallest whole change that would flip the
 * outcome where one exists: "short by 1 owner", "3.2 points above the pass line".
 *
 * <p>Computed exactly from the figures the rule compared, never from a rounded share. The
 * {@code value} is signed so that a positive margin is on the side the rule asks for (above a
 * minimum, below a maximum), a negative one on the other side, zero on the line. On the line the
 * comparison decides: "at least 2/3" is met with a margin of 0, "more than half" is not.
 *
 * <p>The {@code flip} is the change of the compared figure itself (plus for more, minus for less)
 * that flips the outcome, counted in whole steps of a whole unit ({@link MarginUnit#step()}): with
 * 5 of 10 owners for and "more than half" required, the flip is +1 owner; with 6 it is -1. A
 * share's flip keeps the base as it is (an owner who abstained voting for instead), and exists
 * only while the figure stays between its bounds (no more owners for than the base holds). A
 * unit not counted in steps (m², points) has no flip; its value says how far the line is.
 *
 * @param value the signed distance from the line in {@code unit}, exact, never null
 * @param unit the unit the distance is counted in, never null
 * @param unitName the unit's name in English and Chinese when {@code unit} is
 *     {@link MarginUnit#LABELLED} (a policy's "minutes" / 分钟), null otherwise
 * @param comparison how the rule compared the figure with its line, never null
 * @param flip the smallest change of the figure, in whole steps of {@code unit}, that flips the
 *     outcome; null when the unit has no steps or no such change stays within the figure's bounds
 * @since 0.2.0
 */
public record Margin(Fraction value, MarginUnit unit, Label unitName, Comparison comparison, Fraction flip) {

  /**
   * Checks that the parts are given, that a labelled unit and only it has a name, and that a flip,
   * when there is one, changes something.
   */
  public Margin {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(comparison, "comparison");
    if ((unit == MarginUnit.LABELLED) != (unitName != null)) {
      throw new IllegalArgumentException("a LABELLED margin, and only it, names its unit");
    }
    if (flip != null && flip.signum() == 0) {
      throw new IllegalArgumentException("a flip changes the figure; it is never 0");
    }
  }

  /**
   * Returns the margin of a figure compared with a line in the same unit, with no bound on the
   * figure.
   *
   * @param actual the figure the rule compared, in {@code unit}, not null
   * @param comparison how it was compared, not null
   * @param line the line it was compared with, in {@code unit}, not null
   * @param unit the unit, not null
   * @return the margin, never null
   */
  public static Margin of(Fraction actual, Comparison comparison, Fraction line, MarginUnit unit) {
    return of(actual, comparison, line, unit, null, null);
  }

  /**
   * Returns the margin of a figure compared with a line in the same unit, the figure lying between
   * two bounds (a count of owners for between 0 and the owners counted).
   *
   * @param actual the figure the rule compared, in {@code unit}, not null
   * @param comparison how it was compared, not null
   * @param line the line it was compared with, in {@code unit}, not null
   * @param unit the unit, not null
   * @param lowest the smallest value the figure can take, or null for none
   * @param highest the largest value the figure can take, or null for none
   * @return the margin, never null
   */
  public static Margin of(Fraction actual, Comparison comparison, Fraction line, MarginUnit unit, Fraction lowest,
      Fraction highest) {
    boolean upper = comparison == Comparison.AT_MOST;
    Fraction value = upper ? line.minus(actual) : actual.minus(line);
    Fraction step = unit.step();
    Fraction flip = null;
    if (step != null) {
      boolean met = comparison.holds(actual, line);
      // Steps from the figure to the line: the flip is the first whole step across it, or onto it
      // where the line itself gives the other outcome.
      Fraction steps = value.signum() < 0 ? value.negate().dividedBy(step) : value.dividedBy(step);
      boolean lineMeets = comparison != Comparison.MORE_THAN;
      BigInteger k = met == lineMeets ? floor(steps).add(BigInteger.ONE) : steps.ceiling();
      Fraction change = Fraction.of(k, BigInteger.ONE).times(step);
      // Failing a minimum or meeting a maximum needs more; the other two need less.
      flip = met == upper ? change : change.negate();
      Fraction moved = actual.plus(flip);
      if ((lowest != null && moved.compareTo(lowest) < 0) || (highest != null && moved.compareTo(highest) > 0)) {
        flip = null;
      }
    }
    return new Margin(value, unit, null, comparison, flip);
  }

  /**
   * Returns the margin of a figure in a unit the policy names (a service standard's minutes),
   * compared with a line in the same unit; such a unit has no steps, so the margin has no flip.
   *
   * @param actual the figure the rule compared, not null
   * @param comparison how it was compared, not null
   * @param line the line it was compared with, not null
   * @param unitName the unit's name in English and Chinese, not null
   * @return the margin, never null
   */
  public static Margin of(Fraction actual, Comparison comparison, Fraction line, Label unitName) {
    Fraction value = comparison == Comparison.AT_MOST ? line.minus(actual) : actual.minus(line);
    return new Margin(value, MarginUnit.LABELLED, Objects.requireNonNull(unitName, "unitName"), comparison, null);
  }

  /**
   * Returns the margin of a part compared, as a share of a whole, with a threshold: the line is
   * the threshold's share of the whole, in the part's unit, and the part lies between 0 and the
   * whole.
   *
   * @param threshold the threshold the share was compared with, not null
   * @param part the part counted, not null
   * @param whole the whole it is a share of, not null
   * @param unit the unit of part and whole, not null
   * @return the margin, or null when the whole is 0 (no share to speak of)
   */
  public static Margin ofShare(Threshold threshold, Fraction part, Fraction whole, MarginUnit unit) {
    if (whole.signum() == 0) {
      return null;
    }
    return of(part, threshold.comparison(), threshold.share().times(whole), unit, Fraction.ZERO, whole);
  }

  /**
   * Returns whether the figure meets the rule's line: above it, or on it when the comparison
   * includes the line ("at least", "at most").
   *
   * @return true when met
   */
  public boolean met() {
    int sign = value.signum();
    return sign > 0 || (sign == 0 && comparison != Comparison.MORE_THAN);
  }

  /**
   * Returns the outcome the flip leads to: the opposite of this margin's.
   *
   * @return {@link Outcome#NOT_MET} when met, {@link Outcome#MET} otherwise
   */
  public Outcome flipsTo() {
    return met() ? Outcome.NOT_MET : Outcome.MET;
  }

  private static BigInteger floor(Fraction nonNegative) {
    BigInteger ceiling = nonNegative.ceiling();
    return nonNegative.equals(Fraction.of(ceiling, BigInteger.ONE)) ? ceiling : ceiling.subtract(BigInteger.ONE);
  }
}
