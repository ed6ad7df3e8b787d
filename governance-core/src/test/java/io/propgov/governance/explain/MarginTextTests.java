package io.propgov.governance.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.Threshold;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The margin clauses in both languages, each kind and each rule's own wording. */
class MarginTextTests {

  private static final Citation SOURCE = new Citation("test source", "测试来源");
  private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

  /** The clause alone: the reason's text after its message. */
  private static String clause(String ruleId, Margin margin, Locale locale) {
    Reason reason = new Reason(ruleId, Outcome.of(margin.met()), null, null, null, java.util.List.of(), SOURCE, margin);
    String text = reason.text(locale);
    String separator = Messages.isChinese(locale) ? "；" : "; ";
    return text.substring(text.lastIndexOf(separator) + separator.length());
  }

  private static Margin owners(Threshold threshold, int part, int whole) {
    return Margin.ofShare(threshold, Fraction.of(part), Fraction.of(whole), MarginUnit.OWNERS);
  }

  @Test
  void votesCountOwnersAndSquareMetres() {
    Threshold twoThirds = Threshold.atLeast(Fraction.of(2, 3));
    Margin fiveOfNine = owners(twoThirds, 5, 9);
    assertEquals("quorum missed by 1 owner", clause("vote.quorum.owners", fiveOfNine, Locale.ENGLISH));
    assertEquals("法定人数差1名业主", clause("vote.quorum.owners", fiveOfNine, Locale.CHINA));
    Margin area = Margin.ofShare(twoThirds, Fraction.of(new java.math.BigDecimal("554.5")), Fraction.of(900),
        MarginUnit.SQUARE_METRES);
    assertEquals("approval short by 45.5 m²", clause("vote.approval.area.total", area, Locale.ENGLISH));
    assertEquals("同意还差45.5平方米", clause("vote.approval.area.total", area, Locale.CHINA));
    Margin strictArea = Margin.ofShare(Threshold.moreThan(Fraction.of(1, 2)), Fraction.of(400), Fraction.of(900),
        MarginUnit.SQUARE_METRES);
    assertEquals("approval short by more than 50 m²", clause("vote.approval.area.participating", strictArea,
        Locale.ENGLISH));
    assertEquals("同意还需增加超过50平方米", clause("vote.approval.area.participating", strictArea, Locale.CHINA));
    Margin sevenOfEleven = owners(Threshold.moreThan(Fraction.of(1, 2)), 7, 11);
    assertEquals("1 owner to spare", clause("vote.approval.owners.participating", sevenOfEleven, Locale.ENGLISH));
    assertEquals("富余1名业主", clause("vote.approval.owners.participating", sevenOfEleven, Locale.CHINA));
  }

  @Test
  void scoresCountPointsAndSayWhichSideTheLineIsOn() {
    Fraction line = Fraction.of(60);
    Margin above = Margin.of(Fraction.of(new java.math.BigDecimal("63.2")), Comparison.AT_LEAST, line,
        MarginUnit.POINTS);
    assertEquals("3.2 points above the pass line", clause("satisfaction.pass-line", above, Locale.ENGLISH));
    assertEquals("高于及格线3.2分", clause("satisfaction.pass-line", above, Locale.CHINA));
    Margin on = Margin.of(line, Comparison.AT_LEAST, line, MarginUnit.POINTS);
    assertEquals("恰在及格线上，计为合格", clause("satisfaction.pass-line", on, Locale.CHINA));
    Margin onStrict = Margin.of(line, Comparison.MORE_THAN, line, MarginUnit.POINTS);
    assertFalse(onStrict.met());
    assertEquals("exactly on the line, which this rule does not count as enough", clause("any.rule", onStrict,
        Locale.ENGLISH));
    // A shortfall of 59/6 points (9.8333…) is never shown smaller than it is, room to spare never larger.
    Margin thirds = Margin.of(Fraction.of(301, 6), Comparison.AT_LEAST, line, MarginUnit.POINTS);
    assertEquals("9.84 points below the pass line", clause("satisfaction.pass-line", thirds, Locale.ENGLISH));
    Margin spare = Margin.of(Fraction.of(421, 6), Comparison.AT_LEAST, line, MarginUnit.POINTS);
    assertEquals("10.16 points above the pass line", clause("satisfaction.pass-line", spare, Locale.ENGLISH));
  }

  @Test
  void deadlinesCountTheDaysTheRuleCounts() {
    Margin dueIn4 = Margin.of(Fraction.of(-4), Comparison.MORE_THAN, Fraction.ZERO, MarginUnit.WORKING_DAYS);
    assertEquals("due in 4 working days", clause("org.escalation.overdue", dueIn4, Locale.ENGLISH));
    assertEquals("还有4个工作日到期", clause("org.escalation.overdue", dueIn4, Locale.CHINA));
    Margin today = Margin.of(Fraction.ZERO, Comparison.MORE_THAN, Fraction.ZERO, MarginUnit.WORKING_DAYS);
    assertEquals("今日到期", clause("org.escalation.overdue", today, Locale.CHINA));
    Margin late = Margin.of(Fraction.of(1), Comparison.MORE_THAN, Fraction.ZERO, MarginUnit.DAYS);
    assertEquals("overdue by 1 day", clause("org.escalation.overdue", late, Locale.ENGLISH));
    assertEquals("已逾期1天", clause("org.escalation.overdue", late, Locale.CHINA));
  }

  @Test
  void moneyShowsItsFenAndHouseholdsTheirCount() {
    Margin fen = Margin.of(Fraction.of(8_999_999, 100), Comparison.AT_LEAST, Fraction.of(90_000), MarginUnit.CNY,
        Fraction.ZERO, Fraction.of(100_000));
    assertEquals("0.01 CNY more collected would meet it", clause("subsidy.fee-collection", fen, Locale.ENGLISH));
    assertEquals("再收缴0.01元即达标", clause("subsidy.fee-collection", fen, Locale.CHINA));
    Margin households = Margin.ofShare(Threshold.atLeast(Fraction.of(3, 5)), Fraction.of(4), Fraction.of(10),
        MarginUnit.HOUSEHOLDS);
    assertEquals("quorum missed by 2 households", clause("satisfaction.quorum", households, Locale.ENGLISH));
    assertEquals("法定人数差2户", clause("satisfaction.quorum", households, Locale.CHINA));
  }

  @Test
  void everyChineseClauseReadsAsChinese() {
    for (MarginUnit unit : MarginUnit.values()) {
      if (unit == MarginUnit.LABELLED) {
        continue; // the policy names it in both languages
      }
      for (int actual : new int[] {-3, 0, 1, 5}) {
        for (Comparison comparison : Comparison.values()) {
          Margin margin = Margin.of(Fraction.of(actual), comparison, Fraction.of(1), unit);
          for (String rule : new String[] {"any.rule", "vote.approval.owners.total", "org.escalation.overdue",
              "org.meeting.interval", "credit.cap", "subsidy.payout"}) {
            String zh = clause(rule, margin, Locale.CHINA);
            assertFalse(LATIN.matcher(zh).find(), () -> unit + " " + comparison + " " + rule + ": " + zh);
            assertFalse(zh.contains("{"), zh);
            assertTrue(!clause(rule, margin, Locale.ENGLISH).contains("{"), rule);
          }
        }
      }
    }
  }

  @Test
  void aServiceStandardCountsInTheUnitThePolicyNames() {
    Margin late = Margin.of(Fraction.of(61), Comparison.AT_MOST, Fraction.of(60), new Label("minutes", "分钟"));
    assertEquals("1 minutes from the standard", clause("service.requirement.standard", late, Locale.ENGLISH));
    assertEquals("距标准还差1分钟", clause("service.requirement.standard", late, Locale.CHINA));
    Margin hours = Margin.of(Fraction.of(15, 2), Comparison.AT_LEAST, Fraction.of(8), new Label("hours", "小时"));
    assertEquals("距标准还差0.5小时", clause("service.requirement.standard", hours, Locale.CHINA));
    assertThrows(IllegalArgumentException.class, () -> Margin.of(Fraction.ONE, Comparison.AT_LEAST, Fraction.ONE,
        MarginUnit.LABELLED));
  }

  @Test
  void aMarginThatDisagreesWithTheOutcomeIsRefused() {
    Margin met = Margin.of(Fraction.of(2), Comparison.AT_LEAST, Fraction.ONE, MarginUnit.ITEMS);
    assertThrows(IllegalArgumentException.class,
        () -> new Reason("r", Outcome.NOT_MET, null, null, null, java.util.List.of(), SOURCE, met));
    assertThrows(IllegalArgumentException.class,
        () -> new Margin(Fraction.ONE, MarginUnit.ITEMS, null, Comparison.AT_LEAST, Fraction.ZERO));
  }
}
