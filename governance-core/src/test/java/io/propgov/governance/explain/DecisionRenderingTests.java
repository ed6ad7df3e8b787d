package io.propgov.governance.explain;

import static io.propgov.governance.Fixtures.CIVIL_CODE_278;
import static io.propgov.governance.Fixtures.CN_DEFAULT;
import static io.propgov.governance.Fixtures.NOTICE_SOURCE;
import static io.propgov.governance.Fixtures.PASS_LINE_SOURCE;
import static io.propgov.governance.Fixtures.QUORUM_SOURCE;
import static io.propgov.governance.Fixtures.ballots;
import static io.propgov.governance.Fixtures.clearVote;
import static io.propgov.governance.Fixtures.date;
import static io.propgov.governance.Fixtures.estate;
import static io.propgov.governance.Fixtures.failed;
import static io.propgov.governance.Fixtures.round;
import static io.propgov.governance.Fixtures.vote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.engine.EstateAssessment;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.satisfaction.RoundRating;
import io.propgov.governance.vote.BallotChoice;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.VoteResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DecisionRenderingTests {

  private static final LocalDate AS_OF = date("2024-12-31");
  private static final GovernanceEngine ENGINE = GovernanceEngine.create(CN_DEFAULT);

  private static final Decision<RoundRating> FAILED_ROUND =
      ENGINE.satisfaction().rate(round("2024-H1", date("2024-06-30"), 10, 6, "55.5"), AS_OF);
  private static final Decision<VoteResult> DISMISSAL = ENGINE.vote().decide(
      vote("v7", Matter.DISMISS_COMPANY, date("2024-05-20"), 30, "3000", ballots("f", 11, "100", BallotChoice.FOR),
          ballots("a", 9, "100", BallotChoice.AGAINST)), AS_OF);
  private static final Decision<EstateAssessment> ESTATE = ENGINE.assess(estate("e1",
      List.of(failed("2024-H1", date("2024-06-30"))), List.of(clearVote("v1", Matter.DISMISS_COMPANY, date("2024-08-01")))),
      AS_OF);

  @Nested
  class English {

    @Test
    void roundRendersItsHeadlineRulesFiguresAndCitations() {
      String text = FAILED_ROUND.render(Locale.ENGLISH);
      assertTrue(text.startsWith("Round 2024-H1 (2024-06-30): FAILED with a weighted score of 55.5\n"), text);
      assertTrue(text.contains("  [+] satisfaction.quorum: Quorum met: 6 of 10 households answered (60%), at least 60%"
          + " required; quorum met exactly: 1 household fewer would miss it [" + QUORUM_SOURCE.en() + "]"), text);
      assertTrue(text.contains("  [-] satisfaction.pass-line: Weighted score 55.5 is below the pass line 60; 4.5 points below the"
          + " pass line [" + PASS_LINE_SOURCE.en() + "]"), text);
    }

    @Test
    void voteRendersMatterSharesAreasAndTheContractEnd() {
      String text = DISMISSAL.render(Locale.ENGLISH);
      assertTrue(text.startsWith("Vote v7 on dismissing the property company (2024-05-20): PASSED, 11 owners with"
          + " 1100 m² voted for; the contract can end on 2024-07-19\n"), text);
      assertTrue(text.contains("[+] vote.quorum.area: Participation by area 66.67% (2000 m² of 3000 m²), at least 2/3"
          + " required; exactly on the line, which this rule counts as enough [" + CIVIL_CODE_278.en() + "]"), text);
      assertTrue(text.contains("[+] vote.approval.owners.participating: Owners for 55% of the participating owners"
          + " (11 of 20), more than half required; exactly enough: 1 owner fewer would not do ["), text);
      assertTrue(text.contains("[+] vote.dismissal-notice: The company is owed 60 days' written notice: the contract"
          + " can end on 2024-07-19 [" + NOTICE_SOURCE.en() + "]"), text);
    }

    @Test
    void estateRendersItsPartsIndentedBelowIt() {
      String[] lines = ESTATE.render(Locale.ENGLISH).split("\n");
      assertEquals("Estate Estate e1 (e1): DISMISSAL DECIDED by the owners, the contract can end on 2024-09-30", lines[0]);
      assertTrue(lines[1].startsWith("  Satisfaction: 1 consecutive failed round(s) of 1 required"), lines[1]);
      assertTrue(lines[2].startsWith("    [+] satisfaction.consecutive-failures: "), lines[2]);
      assertTrue(List.of(lines).contains("    Round 2024-H1 (2024-06-30): FAILED with a weighted score of 40"));
      assertTrue(List.of(lines).stream().anyMatch(l -> l.startsWith("  Vote v1 on dismissing the property company")));
    }

    @Test
    void anyNonChineseLocaleRendersEnglish() {
      assertEquals(FAILED_ROUND.render(Locale.ENGLISH), FAILED_ROUND.render(Locale.FRENCH));
      assertEquals(FAILED_ROUND.render(Locale.ENGLISH), FAILED_ROUND.render(Locale.ROOT));
    }
  }

  @Nested
  class Chinese {

    @Test
    void roundRendersInChineseWithChineseCitations() {
      String text = FAILED_ROUND.render(Locale.SIMPLIFIED_CHINESE);
      assertTrue(text.startsWith("测评轮次 2024-H1（2024-06-30）：不合格，加权得分 55.5\n"), text);
      assertTrue(text.contains("[-] satisfaction.pass-line: 加权得分 55.5 低于及格线 60；低于及格线4.5分 [" + PASS_LINE_SOURCE.zh() + "]"),
          text);
      assertTrue(text.contains("[+] satisfaction.quorum: 参与率达标：10 户中 6 户作答（60%），要求60%以上；恰好达到法定人数：少1户即不足 ["
          + QUORUM_SOURCE.zh() + "]"), text);
    }

    @Test
    void voteRendersInChineseWithTheTranslatedMatter() {
      String text = DISMISSAL.render(Locale.SIMPLIFIED_CHINESE);
      assertTrue(text.startsWith("业主共同决定 v7（解聘物业服务企业，2024-05-20）：通过，11 名业主、1100平方米 同意；合同最早于 2024-07-19 终止\n"),
          text);
      assertTrue(text.contains("vote.quorum.owners: 参与表决的业主人数占比 66.67%（20 / 30），要求三分之二以上；恰好达到：少1名业主即不足 ["
          + CIVIL_CODE_278.zh() + "]"), text);
      assertTrue(text.contains("vote.approval.owners.participating: 同意的业主占参与表决人数的 55%（11 / 20），要求过半数；恰好达到：少1名业主即不足 ["),
          text);
    }

    @Test
    void anyChineseLocaleRendersSimplifiedChinese() {
      assertEquals(ESTATE.render(Locale.SIMPLIFIED_CHINESE), ESTATE.render(Locale.forLanguageTag("zh-TW")));
      assertEquals(ESTATE.render(Locale.SIMPLIFIED_CHINESE), ESTATE.render(Locale.CHINESE));
      assertTrue(ESTATE.headline(Locale.CHINA).startsWith("小区 Estate e1 (e1)：业主已决定解聘"));
    }
  }

  @Test
  void defaultLocaleDoesNotLeakIntoRendering() {
    String english = ESTATE.render(Locale.ENGLISH);
    String chinese = ESTATE.render(Locale.SIMPLIFIED_CHINESE);
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertEquals(english, ESTATE.render(Locale.ENGLISH));
      assertEquals(english, DecisionRenderingTests.ESTATE.render(Locale.US));
      Locale.setDefault(Locale.GERMANY);
      assertEquals(chinese, ESTATE.render(Locale.SIMPLIFIED_CHINESE));
      assertEquals("1980.5 m²", Figure.of("a", Fraction.parse("1980.5"), Unit.SQUARE_METRES).display(),
          "no locale-formatted numbers such as 1980,5");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void idsAndNamesAreShownVerbatimNotTranslated() {
    Decision<VoteResult> d = ENGINE.vote().decide(clearVote("matter.OTHER", Matter.HIRE_COMPANY, date("2024-05-20")), AS_OF);
    assertTrue(d.headline(Locale.ENGLISH).startsWith("Vote matter.OTHER on hiring a property company"),
        d.headline(Locale.ENGLISH));
  }

  @Test
  void renderingNeedsALocale() {
    assertThrows(NullPointerException.class, () -> FAILED_ROUND.render(null));
  }

  @Nested
  class Figures {

    @Test
    void figuresAreShownByUnit() {
      assertEquals("66.67%", Figure.of("s", Fraction.of(2, 3), Unit.SHARE).display(), "rounded half-up");
      assertEquals("55.56%", Figure.of("s", Fraction.of(5, 9), Unit.SHARE).display());
      assertEquals("33.33%", Figure.of("s", Fraction.of(1, 3), Unit.SHARE).display());
      assertEquals("1980.5 m²", Figure.of("a", Fraction.parse("1980.50"), Unit.SQUARE_METRES).display());
      assertEquals("0.33", Figure.of("n", Fraction.of(1, 3), Unit.NUMBER).display());
      assertEquals("1234.57 CNY", Figure.of("m", Fraction.parse("1234.567"), Unit.CNY).display());
      assertEquals("60", Figure.of("d", Fraction.of(60), Unit.DAYS).display());
      assertEquals("2024-07-19", Figure.date("d", date("2024-07-19")).display());
      assertEquals("2/3", Figure.of("s", Fraction.of(2, 3), Unit.SHARE).value());
    }

    @Test
    void dateFigureHoldsADateOnlyAndOthersAnAmountOnly() {
      assertThrows(IllegalArgumentException.class, () -> new Figure("d", Unit.DATE, Fraction.ONE, date("2024-01-01")));
      assertThrows(IllegalArgumentException.class, () -> new Figure("n", Unit.NUMBER, null, null));
      assertThrows(IllegalArgumentException.class, () -> Figure.count(" ", 1));
    }

    @Test
    void comparingReasonMustListTheFiguresItCompares() {
      assertThrows(IllegalArgumentException.class, () -> new Reason("r", Outcome.MET, "a",
          io.propgov.governance.policy.Comparison.AT_LEAST, "b", List.of(Figure.count("a", 1)), QUORUM_SOURCE));
      assertThrows(IllegalArgumentException.class, () -> new Reason("r", Outcome.MET, "a", null, null,
          List.of(Figure.count("a", 1)), QUORUM_SOURCE));
    }

    @Test
    void figureJustBelowAThresholdIsNeverShownEqualToIt() {
      Decision<RoundRating> d = ENGINE.satisfaction().rate(round("r", date("2024-06-30"), 10, 6, "59.999"), AS_OF);
      String text = d.render(Locale.ENGLISH);
      assertFalse(text.contains("Weighted score 60 is below the pass line 60"), text);
      assertFalse(text.contains("weighted score of 60\n"), text);
    }
  }
}
