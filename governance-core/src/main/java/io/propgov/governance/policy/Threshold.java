package io.propgov.governance.policy;

import java.util.Objects;

/**
 * A share that an actual figure must reach: "at least 2/3", "more than 1/2".
 *
 * @param comparison how the actual figure is compared: {@link Comparison#AT_LEAST} or {@link Comparison#MORE_THAN}, never null
 * @param share the threshold share between 0 and 1 inclusive, never null
 * @since 0.1.0
 */
public record Threshold(Comparison comparison, Fraction share) {

  /** Checks that both parts are given, the comparison is a lower bound and the share lies between 0 and 1. */
  public Threshold {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(share, "share");
    if (comparison == Comparison.AT_MOST) {
      // Shares of owners, area or answers are lower bounds in every rule that uses them.
      throw new IllegalArgumentException("a share threshold is at least or more than a share, not at most");
    }
    if (share.signum() < 0 || share.compareTo(Fraction.ONE) > 0) {
      throw new IllegalArgumentException("threshold share must be between 0 and 1, was " + share);
    }
  }

  /** Returns "at least {@code share}". @param share between 0 and 1 @return the threshold */
  public static Threshold atLeast(Fraction share) {
    return new Threshold(Comparison.AT_LEAST, share);
  }

  /** Returns "more than {@code share}". @param share between 0 and 1 @return the threshold */
  public static Threshold moreThan(Fraction share) {
    return new Threshold(Comparison.MORE_THAN, share);
  }

  /**
   * Returns whether {@code part / whole} meets this threshold, compared exactly by
   * cross-multiplication. A whole of zero never meets a threshold.
   *
   * @param part the part observed, not null
   * @param whole the whole it is a share of, not null
   * @return true when met
   */
  public boolean isMetBy(Fraction part, Fraction whole) {
    if (whole.signum() == 0) {
      return false;
    }
    return comparison.holds(part.dividedBy(whole), share);
  }

  /** Returns e.g. {@code "≥ 2/3"}. */
  @Override
  public String toString() {
    return comparison.symbol() + " " + share;
  }
}
