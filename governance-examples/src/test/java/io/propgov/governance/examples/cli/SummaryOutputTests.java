package io.propgov.governance.examples.cli;

import static io.propgov.governance.examples.cli.GovernanceCliTests.run;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.area.Result;
import io.propgov.governance.engine.EstateReport;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.Printable;
import io.propgov.governance.examples.Presets;
import io.propgov.governance.examples.SampleData;
import io.propgov.governance.examples.cli.GovernanceCliTests.Run;
import io.propgov.governance.examples.report.SummaryStatus;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.policy.Citation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text output of {@code evaluate}: a summary that fits a screen, details on request. */
class SummaryOutputTests {

  private static final Map<String, SummaryStatus> SAMPLE = Map.of("WH-JA-0001", SummaryStatus.SATISFACTORY,
      "HD-CT-0042", SummaryStatus.DISMISSAL_MAY_START, "BJ-FT-0240", SummaryStatus.DISMISSAL_DECIDED,
      "CX-LY-0007", SummaryStatus.NO_VALID_RATING, "WH-QS-0311", SummaryStatus.DISMISSAL_MAY_START,
      "WH-HY-0150", SummaryStatus.SATISFACTORY);

  @TempDir
  Path dir;

  @Test
  void theMainJobFitsInSixtyLinesAndNamesEveryEstatesStatus() {
    for (String lang : List.of("en", "zh")) {
      Run run = run("evaluate", "--lang", lang);
      Locale locale = "zh".equals(lang) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
      List<String> lines = run.out().lines().toList();

      assertEquals(0, run.code(), run.err());
      assertTrue(lines.size() <= 60, lines.size() + " lines:\n" + run.out());
      SAMPLE.forEach((id, status) -> assertTrue(lines.stream().anyMatch(l -> l.startsWith(id + " ")
          && l.contains(status.text(locale))), id + " " + status + ":\n" + run.out()));
    }
  }

  @Test
  void theSummaryPrintsNoCitationAndNoRuleMechanics() {
    Run run = run("evaluate");

    assertFalse(run.out().contains("[Handan") || run.out().contains("[Civil Code"), run.out());
    assertFalse(run.out().contains("[+]") || run.out().contains("[-]"), run.out());
    run.assertOutContains("Marks: ✓ good, ✗ bad", "money awarded: 280,000.00 CNY");
    assertTrue(run.out().endsWith("levels cn-national@2026.1 > cn-default@2026.1\n"), run.out());
  }

  @Test
  void inChineseMoneyIsInYuanOrWanYuanAndNeverCny() {
    Run run = run("evaluate", "--lang", "zh");
    Run detail = run("evaluate", "--lang", "zh", "--detail");

    run.assertOutContains("奖补金额 28.00万元", "欠费 540.00元");
    assertFalse(run.out().contains("CNY"), run.out());
    assertFalse(detail.out().contains("CNY"), detail.out());
    assertTrue(run.out().contains("标记：✓ 良好"), run.out());
  }

  @Test
  void chineseColumnsLineUpByDisplayWidth() {
    Run run = run("evaluate", "--lang", "zh");
    List<String> table = run.out().lines().skip(2).limit(8).toList();
    int status = DisplayWidth.of(table.get(0).substring(0, table.get(0).indexOf("状态")));

    for (String line : table.subList(2, table.size())) {
      int at = java.util.stream.Stream.of("✓ ", "✗ ", "– ", "! ").mapToInt(line::indexOf).filter(i -> i >= 0).min()
          .orElseThrow();
      assertEquals(status, DisplayWidth.of(line.substring(0, at)), line);
    }
  }

  @Test
  void detailShowsEveryReasonOnceWithItsCitationNumberedOnce() {
    Run run = run("evaluate", "--detail");
    String out = run.out();
    List<Reason> reasons = new ArrayList<>();
    List<Citation> citations = new ArrayList<>();
    for (Result<EstateReport> r : reports()) {
      collect(r.decision(), reasons);
    }
    reasons.forEach(reason -> citations.add(reason.citation()));

    assertEquals(0, run.code(), run.err());
    for (Reason reason : reasons) {
      Pattern line = Pattern.compile("\\n *[✓✗–] " + Pattern.quote(reason.ruleId() + ": "
          + Printable.of(reason.text(Locale.ENGLISH))) + " \\[(\\d+)]\\n");
      Matcher m = line.matcher(out);
      assertTrue(m.find(), () -> "missing: " + reason.ruleId() + " " + reason.text(Locale.ENGLISH));
      String note = "\n[" + m.group(1) + "] " + reason.citation().text(Locale.ENGLISH) + "\n";
      assertTrue(out.contains(note), () -> "footnote " + m.group(1) + " is not " + reason.citation());
    }
    for (Citation citation : citations) {
      String text = citation.text(Locale.ENGLISH);
      assertEquals(1, count(out, "] " + text + "\n"), () -> "printed more than once: " + text);
    }
  }

  @Test
  void aMetRuleThatIsBadNewsIsMarkedBad() {
    Run run = run("evaluate", "--detail", "--estate", "HD-CT-0042");

    assertTrue(run.out().contains("✗ satisfaction.consecutive-failures:"), run.out());
    assertTrue(run("evaluate", "--detail", "--estate", "WH-JA-0001").out()
        .contains("✓ satisfaction.consecutive-failures:"), "a satisfactory estate's run of failures is good news");
  }

  @Test
  void oneEstateShowsItsRowAndItsReasonsOnly() {
    Run run = run("evaluate", "--estate", "BJ-FT-0240");

    assertEquals(0, run.code(), run.err());
    run.assertOutContains("\nBJ-FT-0240 北京丰台", "vote.dismissal-notice");
    for (String other : SAMPLE.keySet()) {
      if (!other.equals("BJ-FT-0240")) {
        assertFalse(run.out().contains(other), other + " shown:\n" + run.out());
      }
    }
  }

  @Test
  void anUnknownEstateIsBadUsageNamingTheKnownOnes() {
    Run run = run("evaluate", "--estate", "NO-SUCH");

    assertEquals(2, run.code());
    assertTrue(run.err().contains("--estate NO-SUCH: no such estate in the facts; the estates are WH-JA-0001,"
        + " HD-CT-0042, BJ-FT-0240, CX-LY-0007, WH-QS-0311, WH-HY-0150"), run.err());
    run.assertNoStackTrace();
  }

  @Test
  void detailAndEstateGoWithTheirFormats() {
    assertEquals(2, run("evaluate", "--detail", "--format", "json").code());
    assertEquals(2, run("evaluate", "--estate", "WH-JA-0001", "--format", "json").code());
  }

  @Test
  void aRejectedEstateHasARowAndItsErrorsUnderTheTotals() throws IOException {
    Path facts = dir.resolve("staged.json");
    Files.writeString(facts, "{\"asOf\": \"2024-12-31\", \"estates\": [{\"id\": \"A\", \"households\": \"many\"},"
        + " {\"id\": \"C\", \"households\": 10}]}", StandardCharsets.UTF_8);

    Run run = run("evaluate", "--facts", facts.toString());

    assertAll(
        () -> assertEquals(2, run.code()),
        () -> assertTrue(run.out().matches("(?s).*\\nA +✗ rejected: invalid input \\(1 error\\(s\\)\\).*"), run.out()),
        () -> assertTrue(run.out().contains("Summary: 2 estates, 1 assessed, 1 with invalid facts\n"), run.out()),
        () -> assertTrue(run.out().contains("Estate A: NOT ASSESSED, invalid facts\n"
            + "  [!] /estates/0/households: must be an integer"), run.out()));
  }

  private static List<Result<EstateReport>> reports() {
    GovernanceJson json = GovernanceJson.create();
    GovernanceEngine engine = GovernanceEngine.create(Presets.resolve(json, Presets.DEFAULT, Path.of("")));
    Facts facts = SampleData.load(json);
    return engine.assessEstates(facts.governance(), LocalDate.of(2024, 12, 31));
  }

  private static void collect(Decision<?> decision, List<Reason> reasons) {
    reasons.addAll(decision.reasons());
    decision.value().parts().forEach(part -> collect(part, reasons));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }
}
