package io.propgov.governance.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdTests {

  private static final Threshold AT_LEAST_TWO_THIRDS = Threshold.atLeast(Fraction.of(2, 3));
  private static final Threshold MORE_THAN_HALF = Threshold.moreThan(Fraction.of(1, 2));

  /**
   * Each boundary both ways: at least 2/3 holds at exactly 2/3 (also of areas given to the cent)
   * and above, fails one unit below; more than half fails at exactly half, holds one unit above;
   * at least nothing holds for nothing out of something, more than all never holds; a zero whole
   * never meets a threshold.
   */
  @ParameterizedTest(name = "{0} {1}: {2} of {3} -> {4}")
  @CsvSource(delimiter = '|', textBlock = """
      AT_LEAST  | 2/3 | 2       | 3       | true
      AT_LEAST  | 2/3 | 200     | 300     | true
      AT_LEAST  | 2/3 | 2000.02 | 3000.03 | true
      AT_LEAST  | 2/3 | 199     | 300     | false
      AT_LEAST  | 2/3 | 1999.99 | 3000    | false
      AT_LEAST  | 2/3 | 201     | 300     | true
      AT_LEAST  | 2/3 | 3       | 3       | true
      AT_LEAST  | 0   | 0       | 10      | true
      MORE_THAN | 1/2 | 1       | 2       | false
      MORE_THAN | 1/2 | 50      | 100     | false
      MORE_THAN | 1/2 | 1500.00 | 3000    | false
      MORE_THAN | 1/2 | 51      | 100     | true
      MORE_THAN | 1/2 | 2       | 3       | true
      MORE_THAN | 1/2 | 1500.01 | 3000    | true
      MORE_THAN | 1   | 10      | 10      | false
      AT_LEAST  | 0   | 0       | 0       | false
      AT_LEAST  | 2/3 | 0       | 0       | false
      MORE_THAN | 1/2 | 5       | 0       | false
      """)
  void isMetExactlyOnItsSideOfTheBoundary(Comparison comparison, String share, String part, String whole,
      boolean met) {
    Threshold threshold = new Threshold(comparison, Fraction.parse(share));
    assertEquals(met, threshold.isMetBy(Fraction.parse(part), Fraction.parse(whole)));
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
