package io.propgov.governance.explain;

import static io.propgov.governance.testing.Generators.fraction;
import static io.propgov.governance.testing.Generators.ints;
import static io.propgov.governance.testing.Generators.oneOf;
import static io.propgov.governance.testing.Generators.threshold;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;

import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.Threshold;
import org.junit.jupiter.api.Test;

/**
 * A margin is the rule's own comparison told in its unit: it is met exactly when the rule is, it is
 * 0 exactly on the line, and its flip is the smallest whole change that flips the outcome (one step
 * less does not).
 */
class MarginProperties {

  @Test
  void aShareOfWholeOwnersFlipsWithItsStatedChangeAndNotOneLess() {
    qt().withExamples(2_000).forAll(threshold(), ints(1, 400, 1, 2, 3, 9, 10, 12), ints(0, 400))
        .checkAssert((threshold, whole, p) -> shareOfOwners(threshold, whole, p % (whole + 1)));
  }

  private static void shareOfOwners(Threshold threshold, int whole, int part) {
    Fraction w = Fraction.of(whole);
    Fraction p = Fraction.of(part);
    Margin margin = Margin.ofShare(threshold, p, w, MarginUnit.OWNERS);
    String at = part + " of " + whole + " against " + threshold;
    boolean met = threshold.isMetBy(p, w);
    assertEquals(met, margin.met(), at);
    assertEquals(p.minus(threshold.share().times(w)), margin.value(), at);
    assertEquals(p.dividedBy(w).equals(threshold.share()), margin.value().signum() == 0, at);
    if (margin.flip() == null) {
      // No whole change within 0..whole flips it: every part on the other side is out of reach.
      for (int q = 0; q <= whole; q++) {
        assertEquals(met, threshold.isMetBy(Fraction.of(q), w), at + ": " + q + " flips it, yet no flip was given");
      }
      return;
    }
    int flip = margin.flip().numerator().intValueExact();
    assertEquals(Fraction.ONE, Fraction.of(margin.flip().denominator().longValue()), at);
    assertNotEquals(met, threshold.isMetBy(Fraction.of(part + flip), w), at + ": the flip " + flip + " flips it");
    int oneLess = flip - Integer.signum(flip);
    assertEquals(met, threshold.isMetBy(Fraction.of(part + oneLess), w), at + ": one less than the flip does not");
    assertEquals(met ? Outcome.NOT_MET : Outcome.MET, margin.flipsTo(), at);
  }

  @Test
  void aScoreAgainstAPassLineIsZeroExactlyOnItAndMetThere() {
    qt().withExamples(2_000).forAll(fraction(), fraction(), oneOf(Comparison.class))
        .checkAssert((score, line, comparison) -> {
          Margin margin = Margin.of(score, comparison, line, MarginUnit.POINTS);
          assertEquals(comparison.holds(score, line), margin.met());
          assertEquals(score.equals(line), margin.value().signum() == 0);
          assertNull(margin.flip(), "points are not counted in steps");
          Fraction distance = comparison == Comparison.AT_MOST ? line.minus(score) : score.minus(line);
          assertEquals(distance, margin.value());
          Margin onTheLine = Margin.of(line, comparison, line, MarginUnit.POINTS);
          assertEquals(Fraction.ZERO, onTheLine.value());
          assertEquals(comparison != Comparison.MORE_THAN, onTheLine.met());
        });
  }

  @Test
  void wholeDaysAgainstAnyLineFlipWithTheirStatedChangeAndNotOneLess() {
    qt().withExamples(2_000).forAll(ints(-400, 400), fraction(), oneOf(Comparison.class))
        .checkAssert((days, line, comparison) -> {
          Fraction actual = Fraction.of(days);
          Margin margin = Margin.of(actual, comparison, line, MarginUnit.WORKING_DAYS);
          boolean met = comparison.holds(actual, line);
          assertEquals(met, margin.met());
          assertNotNull(margin.flip(), "an unbounded whole figure can always be flipped");
          assertNotEquals(met, comparison.holds(actual.plus(margin.flip()), line));
          Fraction step = Fraction.of(margin.flip().signum());
          assertEquals(met, comparison.holds(actual.plus(margin.flip()).minus(step), line));
        });
  }

  @Test
  void moneyFlipsInWholeFen() {
    qt().withExamples(1_000).forAll(ints(0, 1_000_000), ints(0, 1_000_000), oneOf(Comparison.class))
        .checkAssert((fen, lineFen, comparison) -> {
          Fraction actual = Fraction.of(fen, 100);
          Fraction line = Fraction.of(lineFen, 300); // a line that need not fall on a fen
          Margin margin = Margin.of(actual, comparison, line, MarginUnit.CNY, Fraction.ZERO, null);
          boolean met = comparison.holds(actual, line);
          if (margin.flip() == null) {
            // Only the floor of 0 CNY stops a flip: nothing down to 0 flips it.
            assertEquals(met, comparison.holds(Fraction.ZERO, line));
            return;
          }
          Fraction fenStep = Fraction.of(margin.flip().signum(), 100);
          assertEquals(Fraction.ZERO, margin.flip().times(Fraction.of(100)).minus(
              Fraction.of(margin.flip().times(Fraction.of(100)).ceiling(), java.math.BigInteger.ONE)), "whole fen");
          assertNotEquals(met, comparison.holds(actual.plus(margin.flip()), line));
          assertEquals(met, comparison.holds(actual.plus(margin.flip()).minus(fenStep), line));
        });
  }
}
