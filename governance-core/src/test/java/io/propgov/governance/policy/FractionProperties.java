package io.propgov.governance.policy;

import static io.propgov.governance.testing.Generators.fraction;
import static io.propgov.governance.testing.Generators.ints;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class FractionProperties {

  @Test
  void addingThenSubtractingGivesBackTheValue() {
    qt().withExamples(200).forAll(fraction(), fraction()).checkAssert((a, b) -> {
      assertEquals(a, a.plus(b).minus(b));
      assertEquals(a.plus(b), b.plus(a));
    });
  }

  @Test
  void multiplyingThenDividingGivesBackTheValue() {
    qt().withExamples(200).forAll(fraction(), fraction()).checkAssert((a, b) -> {
      if (b.signum() != 0) {
        assertEquals(a, a.times(b).dividedBy(b));
      }
    });
  }

  @Test
  void canonicalTextParsesBackToAnEqualValue() {
    qt().withExamples(200).forAll(fraction()).checkAssert(x -> assertEquals(x, Fraction.parse(x.toString())));
  }

  @Test
  void compareToIsConsistentWithEquals() {
    qt().withExamples(200).forAll(fraction(), fraction(), ints(1, 1000)).checkAssert((x, y, k) -> {
      assertEquals(x.compareTo(y) == 0, x.equals(y));
      assertEquals(Integer.signum(x.compareTo(y)), -Integer.signum(y.compareTo(x)));
      Fraction scaled = Fraction.of(x.numerator().multiply(BigInteger.valueOf(k)),
          x.denominator().multiply(BigInteger.valueOf(k)));
      assertEquals(0, x.compareTo(scaled));
      assertEquals(x, scaled);
      assertEquals(x.hashCode(), scaled.hashCode());
    });
  }

  @Test
  void fractionIsAlwaysInLowestTermsWithAPositiveDenominator() {
    qt().withExamples(200).forAll(fraction()).checkAssert(x -> {
      assertEquals(1, x.denominator().signum());
      assertEquals(BigInteger.ONE, x.numerator().gcd(x.denominator()));
    });
  }

  @Test
  void ceilingIsTheSmallestWholeNumberNotBelow() {
    qt().withExamples(200).forAll(fraction()).checkAssert(x -> {
      Fraction c = Fraction.of(x.ceiling(), BigInteger.ONE);
      assertTrue(c.compareTo(x) >= 0, "ceiling " + c + " of " + x + " is below it");
      assertTrue(c.minus(Fraction.ONE).compareTo(x) < 0, "ceiling " + c + " of " + x + " is not the smallest");
    });
  }
}
