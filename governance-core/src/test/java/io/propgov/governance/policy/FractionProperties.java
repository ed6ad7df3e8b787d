package io.propgov.governance.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class FractionProperties {

  @Provide
  Arbitrary<Fraction> fractions() {
    Arbitrary<Long> numerators = Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
        .edgeCases(c -> c.add(0L));
    Arbitrary<Long> denominators = Arbitraries.longs().between(1, 1_000_000_000L)
        .flatMap(d -> Arbitraries.of(d, -d));
    return Combinators.combine(numerators, denominators).as(Fraction::of);
  }

  @Property(tries = 200)
  void addingThenSubtractingGivesBackTheValue(@ForAll("fractions") Fraction a, @ForAll("fractions") Fraction b) {
    assertEquals(a, a.plus(b).minus(b));
    assertEquals(a.plus(b), b.plus(a));
  }

  @Property(tries = 200)
  void multiplyingThenDividingGivesBackTheValue(@ForAll("fractions") Fraction a, @ForAll("fractions") Fraction b) {
    if (b.signum() != 0) {
      assertEquals(a, a.times(b).dividedBy(b));
    }
  }

  @Property(tries = 200)
  void canonicalTextParsesBackToAnEqualValue(@ForAll("fractions") Fraction x) {
    assertEquals(x, Fraction.parse(x.toString()));
  }

  @Property(tries = 200)
  void compareToIsConsistentWithEquals(@ForAll("fractions") Fraction x, @ForAll("fractions") Fraction y,
      @ForAll @IntRange(min = 1, max = 1000) int k) {
    assertEquals(x.compareTo(y) == 0, x.equals(y));
    assertEquals(Integer.signum(x.compareTo(y)), -Integer.signum(y.compareTo(x)));
    Fraction scaled = Fraction.of(x.numerator().multiply(java.math.BigInteger.valueOf(k)),
        x.denominator().multiply(java.math.BigInteger.valueOf(k)));
    assertEquals(0, x.compareTo(scaled));
    assertEquals(x, scaled);
    assertEquals(x.hashCode(), scaled.hashCode());
  }

  @Property(tries = 200)
  void fractionIsAlwaysInLowestTermsWithAPositiveDenominator(@ForAll("fractions") Fraction x) {
    assertEquals(1, x.denominator().signum());
    assertEquals(java.math.BigInteger.ONE, x.numerator().gcd(x.denominator()));
  }

  @Property(tries = 200)
  void ceilingIsTheSmallestWholeNumberNotBelow(@ForAll("fractions") Fraction x) {
    Fraction c = Fraction.of(x.ceiling(), java.math.BigInteger.ONE);
    assertEquals(true, c.compareTo(x) >= 0);
    assertEquals(true, c.minus(Fraction.ONE).compareTo(x) < 0);
  }
}
