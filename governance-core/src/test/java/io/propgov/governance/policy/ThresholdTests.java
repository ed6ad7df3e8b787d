package io.propgov.governance.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdTests {

  private static final Threshold AT_LEAST_TWO_THIRDS = Threshold.atLeast(Fraction.of(2, 3));
  private static final Threshold MORE_THAN_HALF = Threshold.moreThan(Fraction.of(1, 2));

  /**
   * Each boundary both ways, as parts of wholes: at least 2/3 holds at exactly 2/3 (also of areas
   * given to the cent) and above, fails one unit below; more than half fails at exactly half and
   * holds one unit above; at least nothing holds for nothing out of something; more than all never
   * holds; a zero whole never meets a threshold.
   */
  @ParameterizedTest(name = "{0} {1}: met by {2}; not by {3}")
  @CsvSource(delimiter = '|', textBlock = """
      AT_LEAST | 2/3 | 2 of 3, 200 of 300, 2000.02 of 3000.03, 201 of 300, 3 of 3 | 199 of 300, 1999.99 of 3000, 0 of 0
      AT_LEAST | 0 | 0 of 10 | 0 of 0
      MORE_THAN | 1/2 | 51 of 100, 2 of 3, 1500.01 of 3000 | 1 of 2, 50 of 100, 1500.00 of 3000, 5 of 0
      MORE_THAN | 1 | | 10 of 10
      """)
  void isMetExactlyOnItsSideOfTheBoundary(Comparison comparison, String share, String metBy, String notMetBy) {
    Threshold threshold = new Threshold(comparison, Fraction.parse(share));
    for (String[] partOfWhole : partsOfWholes(metBy)) {
      assertTrue(threshold.isMetBy(Fraction.parse(partOfWhole[0]), Fraction.parse(partOfWhole[1])),
          String.join(" of ", partOfWhole));
    }
    for (String[] partOfWhole : partsOfWholes(notMetBy)) {
      assertFalse(threshold.isMetBy(Fraction.parse(partOfWhole[0]), Fraction.parse(partOfWhole[1])),
          String.join(" of ", partOfWhole));
    }
  }

  /** Reads "2 of 3, 200 of 300" as the pairs {2, 3} and {200, 300}; none where the column is empty. */
  private static List<String[]> partsOfWholes(String text) {
    return text == null ? List.of()
        : Arrays.stream(text.split(",")).map(pair -> pair.strip().split(" of ")).toList();
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
