package io.propgov.governance.explain;

import io.propgov.governance.policy.Citation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SharesTests {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Citation SOURCE = new Citation("test rule", "测试规则");

  @Nested
  class RequiredShares {

    /**
     * More than half reads as the law writes it, never as 50%; thirds and quarters are exact
     * fractions with their strictness; other shares are percentages when exact, else fractions.
     */
    @ParameterizedTest(name = "{0} {1} in {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
        MORE_THAN | 1/2 | en | more than half
        MORE_THAN | 1/2 | zh | 过半数
        AT_LEAST  | 2/3 | en | at least 2/3
        AT_LEAST  | 2/3 | zh | 三分之二以上
        AT_LEAST  | 3/4 | en | at least 3/4
        AT_LEAST  | 3/4 | zh | 四分之三以上
        AT_LEAST  | 1/2 | en | at least half
        AT_LEAST  | 1/2 | zh | 二分之一以上
        MORE_THAN | 2/3 | zh | 超过三分之二
        AT_MOST   | 1/4 | en | at most 1/4
        AT_MOST   | 1/4 | zh | 四分之一以下
        AT_LEAST  | 3/5 | en | at least 60%
        AT_LEAST  | 3/5 | zh | 60%以上
        AT_LEAST  | 1/8 | en | at least 12.5%
        AT_LEAST  | 1   | en | at least 100%
        MORE_THAN | 0   | en | more than 0%
        AT_LEAST  | 5/7 | en | at least 5/7
        """)
    void readAsTheLawWritesThem(Comparison comparison, String share, String lang, String expected) {
      Locale locale = "zh".equals(lang) ? ZH : Locale.ENGLISH;
      assertEquals(expected, Shares.required(comparison, Fraction.parse(share), locale));
    }
  }

  @Nested
  class ActualShares {

    @Test
    void areRoundedHalfUpToTwoDecimals() {
      assertEquals("66.67%", Shares.actual(Fraction.of(2, 3), Comparison.AT_LEAST, Fraction.of(2, 3), false));
      assertEquals("55.56%", Shares.actual(Fraction.of(5, 9), Comparison.AT_LEAST, Fraction.of(2, 3), false));
      assertEquals("50%", Shares.actual(Fraction.of(1, 2), Comparison.MORE_THAN, Fraction.of(1, 2), false));
    }

    @Test
    void justBelowAThresholdIsNeverShownOnOrAboveIt() {
      assertEquals("66.6666%", Shares.actual(Fraction.of(599999, 900000), Comparison.AT_LEAST, Fraction.of(2, 3), false));
      assertEquals("49.9999%", Shares.actual(Fraction.of(499999, 1000000), Comparison.MORE_THAN, Fraction.of(1, 2),
          false));
      assertEquals("50.0001%", Shares.actual(Fraction.of(500001, 1000000), Comparison.MORE_THAN, Fraction.of(1, 2),
          false));
    }

    @Test
    void exactlyOnAThresholdItDoesNotPassFallsBackToTheExactShare() {
      assertEquals("2/3", Shares.actual(Fraction.of(2, 3), Comparison.MORE_THAN, Fraction.of(2, 3), false));
      assertEquals("三分之二", Shares.actual(Fraction.of(2, 3), Comparison.MORE_THAN, Fraction.of(2, 3), true));
    }

    @Test
    void neverReadOnTheOtherSideOfTheirThreshold() {
      List<Comparison> comparisons = List.of(Comparison.values());
      qt().withExamples(3000).forAll(integers().between(0, 2000), integers().between(1, 2000),
          integers().between(1, 12), integers().between(0, comparisons.size() - 1)).checkAssert((n, d, t, c) -> {
            Fraction share = Fraction.of(Math.min(n, d), d);
            Fraction threshold = Fraction.of(t, 12);
            Comparison comparison = comparisons.get(c);
            String shown = Shares.actual(share, comparison, threshold, false);
            Fraction read = shown.endsWith("%")
                ? Fraction.parse(shown.substring(0, shown.length() - 1)).dividedBy(Fraction.of(100))
                : Fraction.parse(shown);
            assertEquals(comparison.holds(share, threshold), comparison.holds(read, threshold), shown);
            if (share.compareTo(threshold) != 0) {
              assertEquals(Integer.signum(share.compareTo(threshold)), Integer.signum(read.compareTo(threshold)), shown);
            }
          });
    }
  }

  @Nested
  class InMessages {

    private Reason reason(boolean met, Fraction share, Comparison comparison, Fraction threshold) {
      return Reason.compared("vote.approval.owners.total", met, Figure.of("share", share, Unit.SHARE), comparison,
          Figure.of("requiredShare", threshold, Unit.SHARE), SOURCE, Figure.count("for", 6), Figure.count("base", 9));
    }

    @Test
    void aPropertyLawApprovalReadsAtLeastTwoThirds() {
      Reason r = reason(true, Fraction.of(2, 3), Comparison.AT_LEAST, Fraction.of(2, 3));
      assertEquals("Owners for 66.67% of all owners (6 of 9), at least 2/3 required", r.text(Locale.ENGLISH));
      assertEquals("同意的业主占业主总人数的 66.67%（6 / 9），要求三分之二以上", r.text(ZH));
    }

    @Test
    void moreThanHalfIsNeverRenderedAsABareFiftyPercent() {
      Reason r = reason(false, Fraction.of(1, 2), Comparison.MORE_THAN, Fraction.of(1, 2));
      String en = r.text(Locale.ENGLISH);
      assertTrue(en.endsWith("more than half required"), en);
      assertFalse(en.contains("50% required"), en);
      assertTrue(r.text(ZH).endsWith("要求过半数"), r.text(ZH));
    }

    @Test
    void theCanonicalValuesStayExact() {
      Reason r = reason(true, Fraction.of(2, 3), Comparison.AT_LEAST, Fraction.of(2, 3));
      assertEquals("2/3", r.figure("requiredShare").orElseThrow().value());
      assertEquals("2/3", r.figure("share").orElseThrow().value());
    }
  }
}
