package io.propgov.governance.satisfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.propgov.governance.policy.Fraction;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The weighted score, with whole scores summed in a {@code long} and the others as decimals,
 * equals the weighted mean of the group means computed answer by answer in exact fractions.
 */
class WeightedScoreProperties {

  @Provide
  Arbitrary<BigDecimal> scores() {
    // Whole scores, decimals, whole values written with a scale ("80.0"), and whole scores past the
    // long path's 9 digits, mixed in one round so that both sums meet in a group.
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 100).map(BigDecimal::valueOf),
        Arbitraries.integers().between(0, 10_000).map(i -> BigDecimal.valueOf(i, 2)),
        Arbitraries.integers().between(0, 100).map(i -> BigDecimal.valueOf(i).setScale(1)),
        Arbitraries.longs().between(999_999_990L, 1_000_000_010L).map(BigDecimal::valueOf),
        Arbitraries.longs().between(-5, 5).map(l -> BigDecimal.valueOf(l).scaleByPowerOfTen(12).setScale(0)));
  }

  @Provide
  Arbitrary<List<SurveyAnswer>> answers() {
    return Combinators.combine(Arbitraries.of(RespondentGroup.class), scores())
        .as((group, score) -> new SurveyAnswer("r", group, score)).list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<Fraction[]> weights() {
    return Arbitraries.integers().between(0, 5).array(int[].class).ofSize(RespondentGroup.values().length)
        .map(w -> {
          Fraction[] weights = new Fraction[w.length];
          for (int i = 0; i < w.length; i++) {
            weights[i] = Fraction.of(w[i], 10);
          }
          return weights;
        });
  }

  @Property
  void equalsTheWeightedMeanOfTheGroupMeans(@ForAll("answers") List<SurveyAnswer> answers,
      @ForAll("weights") Fraction[] weights) {
    int groups = weights.length;
    Fraction[] sums = new Fraction[groups];
    int[] expectedCounts = new int[groups];
    for (SurveyAnswer a : answers) {
      int g = a.group().ordinal();
      sums[g] = sums[g] == null ? Fraction.of(a.score()) : sums[g].plus(Fraction.of(a.score()));
      expectedCounts[g]++;
    }
    Fraction total = Fraction.ZERO;
    Fraction weightSum = Fraction.ZERO;
    for (int g = 0; g < groups; g++) {
      if (expectedCounts[g] > 0 && weights[g].signum() > 0) {
        total = total.plus(weights[g].times(sums[g].dividedBy(Fraction.of(expectedCounts[g]))));
        weightSum = weightSum.plus(weights[g]);
      }
    }
    Fraction expected = weightSum.signum() == 0 ? null : total.dividedBy(weightSum);

    int[] counts = new int[groups];
    assertEquals(expected, SatisfactionRules.weightedScore(answers, weights, counts));
    assertEquals(java.util.Arrays.toString(expectedCounts), java.util.Arrays.toString(counts));
  }
}
