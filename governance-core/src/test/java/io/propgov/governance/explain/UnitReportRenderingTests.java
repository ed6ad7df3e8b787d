package io.propgov.governance.explain;

import static io.propgov.governance.Fixtures.CALENDAR_SOURCE;
import static io.propgov.governance.Fixtures.PARTY_THRESHOLDS_SOURCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The reports on the sample tree of {@link SampleDecisions#hierarchyFacts()}: on sub-district sd and on building b1. */
class UnitReportRenderingTests {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+\\}");
  private static final List<Decision<?>> REPORTS = SampleDecisions.hierarchy();
  private static final Decision<?> SD = REPORTS.get(0);
  private static final Decision<?> B1 = REPORTS.get(1);

  static List<String> lines(Decision<?> d, Locale locale) {
    return List.of(d.render(locale).split("\n"));
  }

  @Test
  void reportsRenderWithoutAnyPlaceholderOrFallbackInEitherLanguage() {
    for (Decision<?> d : REPORTS) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
        String text = d.render(locale);
        Matcher m = PLACEHOLDER.matcher(text);
        assertFalse(m.find(), () -> "unreplaced " + m.group() + " in " + locale + ":\n" + text);
        assertFalse(text.contains("="), () -> "a key without a template fell back to key=value:\n" + text);
        assertFalse(text.contains("term."), () -> "an untranslated term:\n" + text);
      }
    }
  }

  @Nested
  class English {

    final List<String> lines = lines(SD, Locale.ENGLISH);

    @Test
    void headlineCountsCoverageAndCrossAppointmentAndNamesTheUncovered() {
      assertEquals("Unit sd: party coverage 6 of 8, two-way entry complete for 1 of 4; not covered: E1, K2", lines.get(0));
      assertEquals("Unit b1: party coverage 0 of 0, two-way entry complete for 0 of 0; not covered: -",
          lines(B1, Locale.ENGLISH).get(0));
    }

    @Test
    void ratesAreTheFirstPartWithOneLinePerRate() {
      assertEquals("  Unit sd: the city rates over 4 estate(s)", lines.get(1));
      assertTrue(lines.get(2).startsWith("    [+] metrics.coverage: Coverage 50%: 2 of 4 estates have property service under"
          + " any management mode ["), lines.get(2));
      assertTrue(lines.contains("    [+] metrics.fee-collection: Fee collection 85.05%: 850.5 CNY collected of 1000 CNY"
          + " billed [Wuhan city targets: stabilise coverage, widen participation, raise fee collection, raise"
          + " satisfaction]"), String.join("\n", lines));
      assertTrue(lines(B1, Locale.ENGLISH).contains("    [ ] metrics.coverage: Coverage: no estates [Wuhan city targets:"
          + " stabilise coverage, widen participation, raise fee collection, raise satisfaction]"));
    }

    @Test
    void coverageTranslatesTheKindTheFormAndTheYesNoTerms() {
      assertTrue(lines.contains("  Owners' committee of estate E1: 2 full party members, NOT COVERED, it should join a"
          + " joint branch or be assigned a party-building instructor"), String.join("\n", lines));
      assertTrue(lines.contains("    [-] org.party.covered: Not covered: own organisation none, joint branch no,"
          + " instructor no [" + PARTY_THRESHOLDS_SOURCE.en() + "]"), String.join("\n", lines));
      assertTrue(lines.contains("  Property management committee of estate E2: 8 full party members, covered, but it"
          + " should reorganise as a party branch committee"), String.join("\n", lines));
      assertTrue(lines.contains("  Company K2: 5 full party members, NOT COVERED, it should form a party branch"));
    }

    @Test
    void mattersShowTheirRoutingWithTheDayCountTranslated() {
      assertTrue(lines.contains("  Matter m-small (Small matter): overdue since 2024-12-25, ESCALATED to c1"));
      assertTrue(lines.contains("    [+] org.escalation.deadline: Raised on 2024-12-20 with 3 days (working days) to"
          + " respond: due 2024-12-25 [" + CALENDAR_SOURCE.en() + "]"), String.join("\n", lines));
      assertTrue(lines.stream().anyMatch(l -> l.contains("with 15 days (calendar days) to respond")));
      assertTrue(lines.contains("  Matter m-hard (Hard matter): OVERDUE at sd since 2024-12-16"));
      assertTrue(lines.contains("  Matter m-big (Big matter): handled at c1, 1 step(s) up from where it was raised, due"
          + " 2025-01-07"));
    }

    @Test
    void meetingsShowWhenTheyWereHeldAndDue() {
      assertTrue(lines.contains("  Meeting Red meeting hall of c1: OVERDUE, last held 2024-07-01, was due 2024-10-01"));
      assertTrue(lines.contains("  Meeting Red meeting hall of c2: NEVER HELD"));
    }

    @Test
    void noArticleIsDoubled() {
      // was "properly covered by a a joint branch" before the wording of party forms was fixed (e264894)
      assertTrue(lines.contains("  Company K4: 1 full party members, properly covered by a joint branch or party-building"
          + " instructor"), String.join("\n", lines));
      assertFalse(SD.render(Locale.ENGLISH).contains(" a a "), SD.render(Locale.ENGLISH));
    }
  }

  @Nested
  class Chinese {

    final List<String> lines = lines(SD, Locale.SIMPLIFIED_CHINESE);

    @Test
    void headlineIsInChinese() {
      assertEquals("单位 sd：党组织覆盖 6 / 8，双向进入落实 1 / 4；未覆盖：E1, K2", lines.get(0));
      assertEquals("  单位 sd：4 个小区的各项比率", lines.get(1));
    }

    @Test
    void termsAndCitationsAreInChinese() {
      assertTrue(lines.contains("  业主委员会，小区 E1：正式党员 2 名，未覆盖，应加入联合党支部或由上级选派党建指导员"),
          String.join("\n", lines));
      assertTrue(lines.contains("    [-] org.party.covered: 未覆盖：自建组织 无，联合党支部 无，党建指导员 无 ["
          + PARTY_THRESHOLDS_SOURCE.zh() + "]"), String.join("\n", lines));
      assertTrue(lines.contains("    [+] org.escalation.deadline: 2024-12-20 提出，答复时限 3 日（工作日）：2024-12-25 到期 ["
          + CALENDAR_SOURCE.zh() + "]"), String.join("\n", lines));
      assertTrue(lines.stream().anyMatch(l -> l.contains("答复时限 15 日（自然日）")));
      assertTrue(lines(B1, Locale.SIMPLIFIED_CHINESE).contains("    [ ] metrics.coverage: 覆盖率：无小区 [武汉市目标："
          + "稳定覆盖率，扩大参与率，提高收费率，提升满意率]"));
    }

    @Test
    void severitiesLevelsAndMeetingsAreNamedInChinese() {
      String text = SD.render(Locale.SIMPLIFIED_CHINESE);
      assertTrue(text.contains("小事") && text.contains("红色议事厅") && text.contains("小区党支部"), text);
      assertFalse(text.contains("red-meeting-hall") || text.contains("（small）"), text);
    }
  }
}
