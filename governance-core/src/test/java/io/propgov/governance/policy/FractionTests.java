package io.propgov.governance.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FractionTests {

  @Nested
  class Construction {

    @Test
    void fractionIsReducedToLowestTerms() {
      Fraction f = Fraction.of(6, 8);
      assertEquals(BigInteger.valueOf(3), f.numerator());
      assertEquals(BigInteger.valueOf(4), f.denominator());
    }

    @Test
    void denominatorIsAlwaysPositiveAndCarriesNoSign() {
      Fraction f = Fraction.of(1, -2);
      assertEquals(BigInteger.valueOf(-1), f.numerator());
      assertEquals(BigInteger.TWO, f.denominator());
      assertEquals(Fraction.of(1, 2), Fraction.of(-2, -4));
      assertEquals(-1, f.signum());
    }

    @Test
    void zeroOverAnythingIsZeroOverOne() {
      assertEquals(Fraction.ZERO, Fraction.of(0, -7));
      assertEquals(BigInteger.ONE, Fraction.of(0, 5).denominator());
      assertEquals(0, Fraction.of(0, 5).signum());
    }

    @Test
    void zeroDenominatorIsRejected() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fraction.of(3, 0));
      assertTrue(e.getMessage().contains("denominator must not be zero"), e.getMessage());
    }

    @Test
    void decimalIsTakenExactly() {
      assertEquals(Fraction.of(3, 5), Fraction.of(new BigDecimal("0.6")));
      assertEquals(Fraction.of(5999, 100), Fraction.of(new BigDecimal("59.99")));
      assertEquals(Fraction.of(1000), Fraction.of(new BigDecimal("1E+3")));
      assertEquals(Fraction.of(60), Fraction.of(new BigDecimal("60.000")));
    }
  }

  @Nested
  class Parsing {

    @ParameterizedTest(name = "\"{0}\" is {1}/{2}")
    @CsvSource(delimiter = ';', value = {
        "2/3;2;3", "4/6;2;3", " 2 / 3 ;2;3", "-1/2;-1;2", "1/-2;-1;2",
        "0.6;3;5", "60;60;1", "-0.25;-1;4",
        "60%;3;5", "12.5%;1;8", "100%;1;1", "0%;0;1", "66.67%;6667;10000"})
    void parsesFractionsDecimalsAndPercentages(String text, long numerator, long denominator) {
      assertEquals(Fraction.of(numerator, denominator), Fraction.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\" is rejected")
    @ValueSource(strings = {"", "abc", "two thirds", "2/3x", "1/2/3", "60%%", "%", "0,6", "/3", "2/"})
    void badTextIsRejectedNamingTheText(String text) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fraction.parse(text));
      assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
      assertTrue(e.getMessage().contains("2/3") && e.getMessage().contains("60%"),
          "the message says which forms are legal: " + e.getMessage());
    }

    @Test
    void zeroDenominatorInTextIsRejectedNamingTheText() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fraction.parse("2/0"));
      assertTrue(e.getMessage().contains("'2/0'"), e.getMessage());
    }
  }

  @Nested
  class Ordering {

    @Test
    void compareToOrdersByValue() {
      assertTrue(Fraction.of(1, 3).compareTo(Fraction.of(1, 2)) < 0);
      assertTrue(Fraction.of(2, 3).compareTo(Fraction.of(3, 5)) > 0);
      assertTrue(Fraction.of(-1, 2).compareTo(Fraction.of(1, 3)) < 0);
      assertTrue(Fraction.of(-1, 2).compareTo(Fraction.of(-1, 3)) < 0);
      assertEquals(0, Fraction.of(2, 4).compareTo(Fraction.of(1, 2)));
    }

    @Test
    void equalValuesAreEqualWithEqualHashCodes() {
      assertEquals(Fraction.of(2, 4), Fraction.parse("0.5"));
      assertEquals(Fraction.of(2, 4).hashCode(), Fraction.parse("50%").hashCode());
      assertNotEquals(Fraction.of(1, 2), Fraction.of(1, 3));
      assertNotEquals(Fraction.of(1, 2), "1/2");
    }
  }

  @Nested
  class Arithmetic {

    @Test
    void sumDifferenceProductAndQuotientAreExact() {
      Fraction third = Fraction.of(1, 3);
      Fraction half = Fraction.of(1, 2);
      assertEquals(Fraction.of(5, 6), third.plus(half));
      assertEquals(Fraction.of(-1, 6), third.minus(half));
      assertEquals(Fraction.of(1, 6), third.times(half));
      assertEquals(Fraction.of(2, 3), third.dividedBy(half));
      assertEquals(Fraction.of(-1, 3), third.negate());
      assertEquals(Fraction.ONE, third.plus(third).plus(third));
    }

    @Test
    void divisionByZeroIsRejected() {
      assertThrows(IllegalArgumentException.class, () -> Fraction.ONE.dividedBy(Fraction.ZERO));
    }
  }

  @Nested
  class Rounding {

    @ParameterizedTest(name = "ceiling of {0}/{1} is {2}")
    @CsvSource({"5,2,3", "4,2,2", "20,3,7", "18,3,6", "-5,2,-2", "-1,3,0", "0,1,0", "1,1000,1"})
    void ceilingIsTheSmallestWholeNumberNotBelow(long numerator, long denominator, long ceiling) {
      assertEquals(BigInteger.valueOf(ceiling), Fraction.of(numerator, denominator).ceiling());
    }

    @ParameterizedTest(name = "{0}/{1} to {2} places is {3}")
    @CsvSource({"2,3,2,0.67", "1,3,2,0.33", "1,200,2,0.01", "1,201,2,0", "-1,200,2,-0.01", "3,5,4,0.6",
        "100,1,2,100", "119999,2000,2,60", "5999,100,2,59.99", "1,8,2,0.13", "0,1,2,0"})
    void toDecimalRoundsHalfUpAndDropsTrailingZeros(long numerator, long denominator, int scale, String expected) {
      assertEquals(expected, Fraction.of(numerator, denominator).toDecimal(scale).toPlainString());
    }

    @Test
    void terminatingDecimalsHaveOnlyTwosAndFivesInTheDenominator() {
      assertTrue(Fraction.of(3, 5).isTerminatingDecimal());
      assertTrue(Fraction.of(1, 8).isTerminatingDecimal());
      assertTrue(Fraction.of(7).isTerminatingDecimal());
      assertFalse(Fraction.of(2, 3).isTerminatingDecimal());
      assertFalse(Fraction.of(1, 15).isTerminatingDecimal());
    }
  }

  @Nested
  class CanonicalText {

    @ParameterizedTest(name = "{0}/{1} is written \"{2}\"")
    @CsvSource({"2,3,2/3", "4,6,2/3", "-2,3,-2/3", "7,6,7/6", "3,5,0.6", "-3,5,-0.6", "1,8,0.125", "4,2,2",
        "0,9,0", "-60,1,-60", "6000,100,60", "5999,100,59.99"})
    void toStringIsAWholeNumberAPlainDecimalOrAFraction(long numerator, long denominator, String text) {
      Fraction f = Fraction.of(numerator, denominator);
      assertEquals(text, f.toString());
      assertEquals(f, Fraction.parse(text));
    }
  }
}
