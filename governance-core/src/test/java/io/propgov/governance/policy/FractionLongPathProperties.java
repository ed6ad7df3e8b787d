package io.propgov.governance.policy;

import static io.propgov.governance.testing.Generators.anyLong;
import static io.propgov.governance.testing.Generators.bigIntegers;
import static io.propgov.governance.testing.Generators.booleans;
import static io.propgov.governance.testing.Generators.ints;
import static io.propgov.governance.testing.Generators.longs;
import static io.propgov.governance.testing.Generators.oneOf;
import static io.propgov.governance.testing.Generators.withEdges;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link Fraction}'s long fast paths against a plain BigInteger reference ({@link Ref}, the
 * implementation before the fast paths), on values concentrated where a long overflows: 0, ±1,
 * around 2^31, 2^62, Long.MAX_VALUE and Long.MIN_VALUE, products past 2^63, huge common factors,
 * decimals of 17 to 20 digits with scales from -20 to 20.
 */
class FractionLongPathProperties {

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** The reference: a reduced BigInteger pair with a positive denominator, computed the slow, obvious way. */
  record Ref(BigInteger n, BigInteger d) {

    static Ref of(BigInteger n, BigInteger d) {
      if (d.signum() == 0) {
        throw new IllegalArgumentException("denominator must not be zero (numerator " + n + ")");
      }
      if (d.signum() < 0) {
        n = n.negate();
        d = d.negate();
      }
      BigInteger g = n.gcd(d);
      return new Ref(n.divide(g), d.divide(g));
    }

    static Ref of(long n, long d) {
      return of(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }

    static Ref of(BigDecimal v) {
      return v.scale() <= 0 ? of(v.toBigIntegerExact(), BigInteger.ONE)
          : of(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
    }

    Ref plus(Ref o) {
      return of(n.multiply(o.d).add(o.n.multiply(d)), d.multiply(o.d));
    }

    Ref minus(Ref o) {
      return of(n.multiply(o.d).subtract(o.n.multiply(d)), d.multiply(o.d));
    }

    Ref times(Ref o) {
      return of(n.multiply(o.n), d.multiply(o.d));
    }

    Ref dividedBy(Ref o) {
      return of(n.multiply(o.d), d.multiply(o.n));
    }

    int compareTo(Ref o) {
      return n.multiply(o.d).compareTo(o.n.multiply(d));
    }

    BigInteger ceiling() {
      BigInteger[] qr = n.divideAndRemainder(d);
      return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }

    BigDecimal toDecimal(int scale, RoundingMode rounding) {
      BigDecimal v = new BigDecimal(n).divide(new BigDecimal(d), scale, rounding).stripTrailingZeros();
      return v.scale() < 0 ? v.setScale(0) : v;
    }

    boolean isTerminatingDecimal() {
      BigInteger r = d;
      while (!r.testBit(0)) {
        r = r.shiftRight(1);
      }
      while (r.mod(BigInteger.valueOf(5)).signum() == 0) {
        r = r.divide(BigInteger.valueOf(5));
      }
      return r.equals(BigInteger.ONE);
    }

    boolean fitsLongs() {
      return n.compareTo(LONG_MIN) > 0 && n.compareTo(LONG_MAX) <= 0 && d.compareTo(LONG_MAX) <= 0;
    }

    @Override
    public String toString() {
      if (d.equals(BigInteger.ONE)) {
        return n.toString();
      }
      if (isTerminatingDecimal()) {
        return new BigDecimal(n).divide(new BigDecimal(d)).stripTrailingZeros().toPlainString();
      }
      return n + "/" + d;
    }
  }

  /** A fraction under test with the reference value it was built to have, and how it was built. */
  record Case(Fraction fraction, Ref ref, String how) {
    @Override
    public String toString() {
      return how + " = " + ref.n() + "/" + ref.d();
    }
  }

  // ---- generators ----

  private static Gen<Long> nearOverflow() {
    Gen<Long> bases = oneOf(0L, 1L << 31, 1L << 32, 1L << 62, Long.MAX_VALUE, Long.MIN_VALUE + 1,
        3_037_000_499L /* floor(sqrt(Long.MAX_VALUE)) */, 1_000_000_000_000_000_000L, 3L << 32);
    Gen<Long> near = bases.zip(longs(-3, 3), oneOf(1L, -1L),
        (base, offset, sign) -> (base + offset) * sign); // MAX_VALUE + 1 wraps to MIN_VALUE: wanted too
    Gen<Long> small = longs(-1000, 1000);
    // k · 2^twos · 5^fives stays below 9 · 2^30 · 5^12 < 2^63: denominators of terminating decimals.
    Gen<Long> twosAndFives = ints(0, 30).zip(ints(0, 12), longs(1, 9),
        oneOf(1L, -1L),
        (twos, fives, k, sign) -> sign * k * (1L << twos) * BigInteger.valueOf(5).pow(fives).longValueExact());
    return Generate.frequency(List.of(
        Pair.of(4, near),
        Pair.of(3, small),
        Pair.of(2, anyLong()),
        Pair.of(2, twosAndFives),
        Pair.of(1, oneOf(Long.MIN_VALUE, Long.MAX_VALUE, -1L, 1L, 0L))));
  }

  private static Gen<Long> nonZeroNearOverflow() {
    return nearOverflow().map(x -> x == 0 ? 1 : x);
  }

  /** Huge multipliers: built values must still come out in the one canonical form. */
  private static Gen<BigInteger> multipliers() {
    return Generate.oneOf(
        oneOf(BigInteger.ONE, BigInteger.ONE.negate(), BigInteger.TWO.pow(64), BigInteger.TEN.pow(30)),
        bigIntegers(BigInteger.TWO.pow(40), BigInteger.TWO.pow(130)),
        bigIntegers(BigInteger.TWO.pow(130).negate(), BigInteger.TWO.pow(40).negate()));
  }

  /** Decimals of 1 to 20 digits, mostly 17 to 20, with scales from -20 to 20, trailing zeros kept; zero too. */
  private static Gen<BigDecimal> decimals() {
    Gen<Integer> digits = Generate.frequency(List.of(Pair.of(3, ints(17, 20)), Pair.of(1, ints(1, 16))));
    Gen<BigInteger> unscaled = digits.flatMap(k -> Generate.oneOf(
        bigIntegers(BigInteger.TEN.pow(k - 1), BigInteger.TEN.pow(k).subtract(BigInteger.ONE)),
        oneOf(BigInteger.TEN.pow(k - 1), BigInteger.TEN.pow(k).subtract(BigInteger.ONE))))
        .zip(booleans(), (u, negative) -> negative ? u.negate() : u);
    Gen<Integer> scales = Generate.frequency(List.of(Pair.of(3, ints(0, 20)), Pair.of(1, ints(-20, -1))));
    return withEdges(unscaled.zip(scales, BigDecimal::new), 5, List.of(BigDecimal.ZERO));
  }

  private static Gen<Case> fractions() {
    Gen<Case> fromLongs = nearOverflow().zip(nonZeroNearOverflow(),
        (n, d) -> new Case(Fraction.of(n, d), Ref.of(n, d), "of(" + n + "L, " + d + "L)"));
    Gen<Case> fromMultiples = nearOverflow().zip(nonZeroNearOverflow(), multipliers(),
        (n, d, k) -> new Case(Fraction.of(BigInteger.valueOf(n).multiply(k), BigInteger.valueOf(d).multiply(k)),
            Ref.of(n, d), "of(" + n + "·k, " + d + "·k), k = " + k));
    Gen<Case> fromBigIntegers = bigIntegers(BigInteger.TWO.pow(80).negate(), BigInteger.TWO.pow(80))
        .zip(bigIntegers(BigInteger.ONE, BigInteger.TWO.pow(80)), oneOf(1, -1),
            (n, d, s) -> new Case(Fraction.of(n, d.multiply(BigInteger.valueOf(s))),
                Ref.of(n, d.multiply(BigInteger.valueOf(s))), "of(" + n + ", " + (s < 0 ? "-" : "") + d + ")"));
    Gen<Case> fromDecimals = decimals()
        .map(v -> new Case(Fraction.of(v), Ref.of(v), "of(BigDecimal " + v + ")"));
    return Generate.frequency(List.of(
        Pair.of(5, fromLongs),
        Pair.of(2, fromMultiples),
        Pair.of(1, fromBigIntegers),
        Pair.of(2, fromDecimals)));
  }

  // ---- checks ----

  /** The fraction has exactly the reference's value, in the canonical form, with the same hash as before. */
  private static void assertIs(Ref expected, Fraction actual, String what) {
    assertEquals(expected.n(), actual.numerator(), what + ": numerator");
    assertEquals(expected.d(), actual.denominator(), what + ": denominator");
    assertEquals(expected.n().hashCode() * 31 + expected.d().hashCode(), actual.hashCode(), what + ": hash");
    Fraction rebuilt = Fraction.of(expected.n().shiftLeft(70), expected.d().shiftLeft(70));
    assertEquals(rebuilt, actual, what + ": equals a value rebuilt through BigInteger");
    assertEquals(actual, rebuilt, what + ": equals is symmetric");
    if (expected.fitsLongs()) {
      assertEquals(Fraction.of(expected.n().longValueExact(), expected.d().longValueExact()), actual,
          what + ": equals a value rebuilt from longs");
    }
    assertEquals(expected.toString(), actual.toString(), what + ": text");
  }

  /** A result or the exception it threw, as text, so that outcomes compare exceptions and messages too. */
  private static String outcome(Supplier<?> computation) {
    try {
      Object result = computation.get();
      return result instanceof Fraction f ? f.numerator() + "/" + f.denominator()
          : result instanceof Ref r ? r.n() + "/" + r.d()
          : result instanceof BigDecimal b ? "BigDecimal " + b.unscaledValue() + "e-" + b.scale()
          : String.valueOf(result);
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  @Test
  void constructionGivesTheReferenceValue() {
    qt().withExamples(1000).forAll(fractions()).checkAssert(FractionLongPathProperties::constructionMatches);
  }

  private static void constructionMatches(Case x) {
    assertIs(x.ref(), x.fraction(), x.toString());
    assertEquals(x.ref().n().signum(), x.fraction().signum(), x + ": signum");
  }

  @Test
  void arithmeticMatchesTheReference() {
    qt().withExamples(1000).forAll(fractions(), fractions()).checkAssert(FractionLongPathProperties::arithmeticMatches);
  }

  private static void arithmeticMatches(Case a, Case b) {
    Fraction x = a.fraction();
    Fraction y = b.fraction();
    String what = a + " and " + b;
    assertIs(a.ref().plus(b.ref()), x.plus(y), what + ": plus");
    assertIs(a.ref().minus(b.ref()), x.minus(y), what + ": minus");
    assertIs(a.ref().times(b.ref()), x.times(y), what + ": times");
    assertEquals(outcome(() -> a.ref().dividedBy(b.ref())), outcome(() -> x.dividedBy(y)), what + ": dividedBy");
    if (b.ref().n().signum() != 0) {
      assertIs(a.ref().dividedBy(b.ref()), x.dividedBy(y), what + ": dividedBy");
    }
  }

  @Test
  void compareToMatchesTheReferenceAndIsAntisymmetric() {
    qt().withExamples(1000).forAll(fractions(), fractions()).checkAssert(FractionLongPathProperties::compareToMatches);
  }

  private static void compareToMatches(Case a, Case b) {
    int expected = a.ref().compareTo(b.ref());
    String what = a + " and " + b;
    assertEquals(expected, a.fraction().compareTo(b.fraction()), what);
    assertEquals(-expected, b.fraction().compareTo(a.fraction()), what + ": reversed");
    assertEquals(expected == 0, a.fraction().equals(b.fraction()), what + ": equals");
    assertEquals(0, a.fraction().compareTo(a.fraction()), a + ": with itself");
  }

  @Test
  void negationSignumAndCeilingMatchTheReference() {
    qt().withExamples(1000).forAll(fractions()).checkAssert(FractionLongPathProperties::negationMatches);
  }

  private static void negationMatches(Case x) {
    Fraction f = x.fraction();
    assertIs(Ref.of(x.ref().n().negate(), x.ref().d()), f.negate(), x + ": negate");
    assertEquals(f, f.negate().negate(), x + ": negated twice");
    assertEquals(x.ref().n().signum(), f.signum(), x + ": signum");
    assertEquals(-x.ref().n().signum(), f.negate().signum(), x + ": signum of the negation");
    assertEquals(x.ref().ceiling(), f.ceiling(), x + ": ceiling");
    assertEquals(x.ref().isTerminatingDecimal(), f.isTerminatingDecimal(), x + ": terminating");
    assertEquals(x.ref().toString(), f.toString(), x + ": text");
    assertEquals(f, Fraction.parse(f.toString()), x + ": text read back");
  }

  /** Results of exactly -2^63 (the one long left out of the small form) and just beside it. */
  @Test
  void resultsAtLongMinValueMatchTheReference() {
    qt().withExamples(500).forAll(ints(0, 63).zip(ints(-1, 1), booleans(), oddDenominators(), oddDenominators(),
        NearLongMin::new)).checkAssert(FractionLongPathProperties::resultsAtLongMinValueMatch);
  }

  /** -2^twos + offset over d1, and ±2^(63 - twos) over d2: products and sums at -2^63. */
  record NearLongMin(int twos, int offset, boolean negative, long d1, long d2) {}

  private static void resultsAtLongMinValueMatch(NearLongMin near) {
    int twos = near.twos();
    int offset = near.offset();
    boolean negative = near.negative();
    long d1 = near.d1();
    long d2 = near.d2();
    BigInteger big = BigInteger.TWO.pow(twos).negate().add(BigInteger.valueOf(offset));
    BigInteger other = BigInteger.TWO.pow(63 - twos).multiply(BigInteger.valueOf(negative ? -1 : 1));
    Case a = new Case(Fraction.of(big, BigInteger.valueOf(d1)), Ref.of(big, BigInteger.valueOf(d1)), big + "/" + d1);
    Case b = new Case(Fraction.of(other, BigInteger.valueOf(d2)), Ref.of(other, BigInteger.valueOf(d2)),
        other + "/" + d2);
    Case half = new Case(Fraction.of(BigInteger.TWO.pow(62).negate(), BigInteger.ONE),
        Ref.of(BigInteger.TWO.pow(62).negate(), BigInteger.ONE), "-2^62");
    for (Case[] pair : new Case[][] {{a, b}, {b, a}, {a, a}, {half, half}, {half, a}, {a, half}}) {
      arithmeticMatches(pair[0], pair[1]);
      compareToMatches(pair[0], pair[1]);
    }
    negationMatches(a);
  }

  /** Parts just below and above 2^31 and 2^32, where products of two parts start to overflow. */
  @Test
  void partsAroundThirtyTwoBitsMatchTheReference() {
    qt().withExamples(500).forAll(aroundThirtyTwoBits(), aroundThirtyTwoBits(), aroundThirtyTwoBits(),
        aroundThirtyTwoBits()).checkAssert(FractionLongPathProperties::partsAroundThirtyTwoBitsMatch);
  }

  private static void partsAroundThirtyTwoBitsMatch(long an, long ad, long bn, long bd) {
    Case a = new Case(Fraction.of(an, ad), Ref.of(an, ad), "of(" + an + "L, " + ad + "L)");
    Case b = new Case(Fraction.of(bn, bd), Ref.of(bn, bd), "of(" + bn + "L, " + bd + "L)");
    arithmeticMatches(a, b);
    compareToMatches(a, b);
  }

  private static Gen<Long> aroundThirtyTwoBits() {
    return oneOf(1L << 31, 3L << 30, 1L << 32, 1L, 2L)
        .zip(longs(-3, 3), oneOf(1L, -1L),
            (base, offset, sign) -> (base + offset == 0 ? 1 : base + offset) * sign);
  }

  private static Gen<Long> oddDenominators() {
    return oneOf(1L, -1L, 3L, -3L, 5L, 7L, Long.MAX_VALUE, -Long.MAX_VALUE);
  }

  @Test
  void toDecimalMatchesTheReference() {
    qt().withExamples(500).forAll(fractions(), ints(0, 22), oneOf(RoundingMode.class))
        .checkAssert(FractionLongPathProperties::toDecimalMatches);
  }

  private static void toDecimalMatches(Case x, int scale, RoundingMode rounding) {
    assertEquals(outcome(() -> x.ref().toDecimal(scale, rounding)),
        outcome(() -> x.fraction().toDecimal(scale, rounding)), x + " to " + scale + " places, " + rounding);
    assertEquals(outcome(() -> x.ref().toDecimal(scale, RoundingMode.HALF_UP)),
        outcome(() -> x.fraction().toDecimal(scale)), x + " to " + scale + " places");
  }

  @Test
  void equalValuesBuiltDifferentWaysAreEqualWithEqualHashes() {
    qt().withExamples(500).forAll(fractions(), ints(0, 6), multipliers())
        .checkAssert(FractionLongPathProperties::equalValuesAreEqual);
  }

  private static void equalValuesAreEqual(Case x, int extraZeros, BigInteger k) {
    Ref r = x.ref();
    Fraction f = x.fraction();
    List<Fraction> same = new ArrayList<>(List.of(
        Fraction.of(r.n(), r.d()),
        Fraction.of(r.n().negate(), r.d().negate()),
        Fraction.of(r.n().multiply(k), r.d().multiply(k)),
        Fraction.parse(f.toString()),
        f.plus(Fraction.ZERO), f.times(Fraction.ONE), f.dividedBy(Fraction.ONE), f.minus(Fraction.ZERO),
        f.negate().negate()));
    if (r.fitsLongs()) {
      long n = r.n().longValueExact();
      long d = r.d().longValueExact();
      same.add(Fraction.of(n, d));
      same.add(Fraction.of(-n, -d));
      if (d == 1) {
        same.add(Fraction.of(n));
      }
    }
    if (r.isTerminatingDecimal()) {
      BigDecimal exact = new BigDecimal(r.n()).divide(new BigDecimal(r.d()));
      same.add(Fraction.of(exact));
      same.add(Fraction.of(exact.setScale(Math.max(exact.scale(), 0) + extraZeros)));
      same.add(Fraction.of(exact.stripTrailingZeros())); // a negative scale when n ends in zeros
    }
    for (Fraction g : same) {
      assertEquals(f, g, x + " rebuilt as " + g);
      assertEquals(g, f, x + " rebuilt as " + g + ", reversed");
      assertEquals(f.hashCode(), g.hashCode(), x + " rebuilt as " + g + ": hash");
      assertEquals(0, f.compareTo(g), x + " rebuilt as " + g + ": compareTo");
    }
  }

  @Test
  void zeroDenominatorsAndDivisionByZeroAreRejectedAsBefore() {
    qt().withExamples(200).forAll(fractions(), anyLong(), fractions())
        .checkAssert(FractionLongPathProperties::zeroDenominatorsAreRejected);
  }

  private static void zeroDenominatorsAreRejected(Case x, long n, Case anyNumerator) {
    String message = "denominator must not be zero (numerator " + n + ")";
    assertEquals(message, assertThrows(IllegalArgumentException.class, () -> Fraction.of(n, 0)).getMessage());
    assertEquals(message,
        assertThrows(IllegalArgumentException.class, () -> Fraction.of(BigInteger.valueOf(n), BigInteger.ZERO))
            .getMessage());
    String division = "denominator must not be zero (numerator " + x.ref().n() + ")";
    assertEquals(division, assertThrows(IllegalArgumentException.class,
        () -> x.fraction().dividedBy(Fraction.ZERO)).getMessage(), x + " / 0");
    assertEquals(division, assertThrows(IllegalArgumentException.class,
        () -> x.fraction().dividedBy(anyNumerator.fraction().times(Fraction.ZERO))).getMessage(), x + " / 0");
  }

  @Test
  void decimalsOfSeventeenToTwentyDigitsAreTakenExactly() {
    qt().withExamples(300).forAll(decimals()).checkAssert(FractionLongPathProperties::decimalIsTakenExactly);
  }

  private static void decimalIsTakenExactly(BigDecimal v) {
    Fraction f = Fraction.of(v);
    assertIs(Ref.of(v), f, "of(BigDecimal " + v + ")");
    if (f.isTerminatingDecimal()) {
      assertEquals(0, v.compareTo(new BigDecimal(f.numerator()).divide(new BigDecimal(f.denominator()))), v.toString());
    }
  }
}
