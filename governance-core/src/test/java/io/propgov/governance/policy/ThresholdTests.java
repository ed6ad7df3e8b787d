package io.propgov.governance.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ThresholdTests {

  private static final Threshold AT_LEAST_TWO_THIRDS = Threshold.atLeast(Fraction.of(2, 3));
  private static final Threshold MORE_THAN_HALF = Threshold.moreThan(Fraction.of(1, 2));

  private static boolean met(Threshold t, long part, long whole) {
    return t.isMetBy(Fraction.of(part), Fraction.of(whole));
  }

  @Nested
  class AtLeast {

    @Test
    void atLeastTwoThirdsHoldsAtExactlyTwoThirds() {
      assertTrue(met(AT_LEAST_TWO_THIRDS, 2, 3));
      assertTrue(met(AT_LEAST_TWO_THIRDS, 200, 300));
      assertTrue(AT_LEAST_TWO_THIRDS.isMetBy(Fraction.of(new BigDecimal("2000.02")), Fraction.of(new BigDecimal("3000.03"))));
    }

    @Test
    void atLeastTwoThirdsFailsOneUnitBelow() {
      assertFalse(met(AT_LEAST_TWO_THIRDS, 199, 300));
      assertFalse(AT_LEAST_TWO_THIRDS.isMetBy(Fraction.of(new BigDecimal("1999.99")), Fraction.of(3000)));
    }

    @Test
    void atLeastTwoThirdsHoldsAbove() {
      assertTrue(met(AT_LEAST_TWO_THIRDS, 201, 300));
      assertTrue(met(AT_LEAST_TWO_THIRDS, 3, 3));
    }

    @Test
    void atLeastZeroHoldsForNothingOutOfSomething() {
      assertTrue(met(Threshold.atLeast(Fraction.ZERO), 0, 10));
    }
  }

  @Nested
  class MoreThan {

    @Test
    void moreThanHalfFailsAtExactlyHalf() {
      assertFalse(met(MORE_THAN_HALF, 1, 2));
      assertFalse(met(MORE_THAN_HALF, 50, 100));
      assertFalse(MORE_THAN_HALF.isMetBy(Fraction.of(new BigDecimal("1500.00")), Fraction.of(3000)));
    }

    @Test
    void moreThanHalfHoldsOneUnitAbove() {
      assertTrue(met(MORE_THAN_HALF, 51, 100));
      assertTrue(met(MORE_THAN_HALF, 2, 3));
      assertTrue(MORE_THAN_HALF.isMetBy(Fraction.of(new BigDecimal("1500.01")), Fraction.of(3000)));
    }

    @Test
    void moreThanAllNeverHolds() {
      assertFalse(met(Threshold.moreThan(Fraction.ONE), 10, 10));
    }
  }

  @Test
  void zeroWholeNeverMeetsAThreshold() {
    assertFalse(met(Threshold.atLeast(Fraction.ZERO), 0, 0));
    assertFalse(met(AT_LEAST_TWO_THIRDS, 0, 0));
    assertFalse(met(MORE_THAN_HALF, 5, 0));
  }

  @Test
  void shareOutsideZeroToOneIsRejectedNamingIt() {
    IllegalArgumentException above = assertThrows(IllegalArgumentException.class,
        () -> Threshold.atLeast(Fraction.of(3, 2)));
    assertTrue(above.getMessage().contains("1.5"), above.getMessage());
    IllegalArgumentException below = assertThrows(IllegalArgumentException.class,
        () -> Threshold.moreThan(Fraction.of(-1, 2)));
    assertTrue(below.getMessage().contains("-0.5"), below.getMessage());
    assertThrows(NullPointerException.class, () -> new Threshold(null, Fraction.ONE));
    assertThrows(NullPointerException.class, () -> new Threshold(Comparison.AT_LEAST, null));
  }

  @Test
  void thresholdIsWrittenWithItsSymbol() {
    assertEquals("≥ 2/3", AT_LEAST_TWO_THIRDS.toString());
    assertEquals("> 0.5", MORE_THAN_HALF.toString());
  }

  @Nested
  class Comparisons {

    @Test
    void atLeastHoldsWhenEqualOrGreater() {
      assertTrue(Comparison.AT_LEAST.holds(Fraction.of(2, 3), Fraction.of(4, 6)));
      assertTrue(Comparison.AT_LEAST.holds(Fraction.ONE, Fraction.of(2, 3)));
      assertFalse(Comparison.AT_LEAST.holds(Fraction.of(1, 2), Fraction.of(2, 3)));
      assertEquals("≥", Comparison.AT_LEAST.symbol());
    }

    @Test
    void moreThanHoldsOnlyWhenStrictlyGreater() {
      assertFalse(Comparison.MORE_THAN.holds(Fraction.of(1, 2), Fraction.of(2, 4)));
      assertTrue(Comparison.MORE_THAN.holds(Fraction.of(501, 1000), Fraction.of(1, 2)));
      assertFalse(Comparison.MORE_THAN.holds(Fraction.of(499, 1000), Fraction.of(1, 2)));
      assertEquals(">", Comparison.MORE_THAN.symbol());
    }
  }
}
