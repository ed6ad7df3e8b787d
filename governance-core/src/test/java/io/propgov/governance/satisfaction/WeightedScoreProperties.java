package io.propgov.governance.satisfaction;

import static io.propgov.governance.testing.Generators.ints;
import static io.propgov.governance.testing.Generators.lists;
import static io.propgov.governance.testing.Generators.longs;
import static io.propgov.governance.testing.Generators.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.propgov.governance.policy.Fraction;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The weighted score, with whole scores summed in a {@code long} and the others as decimals,
 * equals the weighted mean of the group means computed answer by answer in exact fractions.
 */
class WeightedScoreProperties {

  private static Gen<BigDecimal> scores() {
    // Whole scores, decimals, whole values written with a scale ("80.0"), and whole scores past the
    // long path's 9 digits, mixed in one round so that both sums meet in a group.
    return Generate.oneOf(
        ints(0, 100).map(i -> BigDecimal.valueOf(i)),
        ints(0, 10_000).map(i -> BigDecimal.valueOf(i, 2)),
        ints(0, 100).map(i -> BigDecimal.valueOf(i).setScale(1)),
        longs(999_999_990L, 1_000_000_010L, 999_999_999L, 1_000_000_000L).map(l -> BigDecimal.valueOf(l)),
        longs(-5, 5).map(l -> BigDecimal.valueOf(l).scaleByPowerOfTen(12).setScale(0)));
  }

  private static Gen<List<SurveyAnswer>> answers() {
    return lists(oneOf(RespondentGroup.class).zip(scores(), (group, score) -> new SurveyAnswer("r", group, score)),
        0, 40);
  }

  /** A weight of 0 to 5 tenths for each respondent group, shown as a list. */
  private static Gen<Fraction[]> weights() {
    return lists(ints(0, 5), RespondentGroup.values().length, RespondentGroup.values().length).map(w -> {
      Fraction[] weights = new Fraction[w.size()];
      for (int i = 0; i < w.size(); i++) {
        weights[i] = Fraction.of(w.get(i), 10);
      }
      return weights;
    }).describedAs(Arrays::toString);
  }

  @Test
  void equalsTheWeightedMeanOfTheGroupMeans() {
    qt().withExamples(200).forAll(answers(), weights()).checkAssert(WeightedScoreProperties::weightedMean);
  }

  private static void weightedMean(List<SurveyAnswer> answers, Fraction[] weights) {
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
    assertEquals(Arrays.toString(expectedCounts), java.util.Arrays.toString(counts));
  }
}
