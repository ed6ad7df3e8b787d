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

class SharesTests {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Citation SOURCE = new Citation("test rule", "测试规则");

  private static String required(Comparison c, Fraction share, Locale locale) {
    return Shares.required(c, share, locale);
  }

  @Nested
  class RequiredShares {

    @Test
    void moreThanHalfReadsAsTheLawWritesItNeverAsFiftyPercent() {
      assertEquals("more than half", required(Comparison.MORE_THAN, Fraction.of(1, 2), Locale.ENGLISH));
      assertEquals("过半数", required(Comparison.MORE_THAN, Fraction.of(1, 2), ZH));
    }

    @Test
    void thirdsAndQuartersAreExactFractionsWithTheirStrictness() {
      assertEquals("at least 2/3", required(Comparison.AT_LEAST, Fraction.of(2, 3), Locale.ENGLISH));
      assertEquals("三分之二以上", required(Comparison.AT_LEAST, Fraction.of(2, 3), ZH));
      assertEquals("at least 3/4", required(Comparison.AT_LEAST, Fraction.of(3, 4), Locale.ENGLISH));
      assertEquals("四分之三以上", required(Comparison.AT_LEAST, Fraction.of(3, 4), ZH));
      assertEquals("at least half", required(Comparison.AT_LEAST, Fraction.of(1, 2), Locale.ENGLISH));
      assertEquals("二分之一以上", required(Comparison.AT_LEAST, Fraction.of(1, 2), ZH));
      assertEquals("超过三分之二", required(Comparison.MORE_THAN, Fraction.of(2, 3), ZH));
      assertEquals("at most 1/4", required(Comparison.AT_MOST, Fraction.of(1, 4), Locale.ENGLISH));
      assertEquals("四分之一以下", required(Comparison.AT_MOST, Fraction.of(1, 4), ZH));
    }

    @Test
    void otherSharesArePercentagesWhenExactElseFractions() {
      assertEquals("at least 60%", required(Comparison.AT_LEAST, Fraction.of(3, 5), Locale.ENGLISH));
      assertEquals("60%以上", required(Comparison.AT_LEAST, Fraction.of(3, 5), ZH));
      assertEquals("at least 12.5%", required(Comparison.AT_LEAST, Fraction.of(1, 8), Locale.ENGLISH));
      assertEquals("at least 100%", required(Comparison.AT_LEAST, Fraction.ONE, Locale.ENGLISH));
      assertEquals("more than 0%", required(Comparison.MORE_THAN, Fraction.ZERO, Locale.ENGLISH));
      assertEquals("at least 5/7", required(Comparison.AT_LEAST, Fraction.of(5, 7), Locale.ENGLISH));
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
