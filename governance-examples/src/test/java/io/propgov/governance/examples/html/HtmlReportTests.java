package io.propgov.governance.examples.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report as text, without a browser: escaping, language, the file it is written to, its receipt. */
class HtmlReportTests {

  @TempDir
  Path folder;

  @Test
  void bothLanguagesHaveTheSameLabels() {
    assertEquals(Labels.of(Locale.ENGLISH).keys(), Labels.of(Locale.SIMPLIFIED_CHINESE).keys());
  }

  @Test
  void everyChineseLabelIsChineseOrAnIdentifier() {
    Labels zh = Labels.of(Locale.SIMPLIFIED_CHINESE);
    Pattern han = Pattern.compile("\\p{IsHan}");
    for (String key : zh.keys()) {
      String text = zh.get(key);
      boolean identifierOnly = text.equals("-") || text.startsWith("governance-cli ");
      assertTrue(identifierOnly || han.matcher(text).find(), () -> key + " is not Chinese: " + text);
    }
  }

  @Test
  void writesAWholeDocumentToStandardOutputWithoutOut() {
    String page = ReportFiles.cli(0, "evaluate", "--format", "html");
    assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), page.substring(0, 100));
    assertTrue(page.contains("<meta charset=\"utf-8\">"));
    assertTrue(page.stripTrailing().endsWith("</html>"));
    // Self-contained: no address to fetch anything from.
    assertFalse(Pattern.compile("(?:src|href)=\"(?:https?:)?//").matcher(page).find());
    assertFalse(page.contains("<link"));
  }

  @Test
  void theChinesePageSaysYuanAndHasNoEnglishLabels() {
    String page = ReportFiles.cli(0, "evaluate", "--format", "html", "--lang", "zh");
    assertTrue(page.contains("<html lang=\"zh\">"));
    String text = page.replaceAll("(?s)<style>.*?</style>|<script>.*?</script>|<[^>]+>", " ");
    assertFalse(text.contains("CNY"), "CNY shown in the Chinese page");
    assertTrue(text.contains("28.00万元"), "the awards column in 万元");
    for (String english : List.of("Summary", "Estates", "Organisation tree", "Receipt hash", "Not assessed")) {
      assertFalse(text.contains(english), english);
    }
  }

  @Test
  void theTreeSectionShowsTheOwnersRepresentationAndTheWorkOrdersAsTheTextReportDoes() {
    for (String lang : new String[] {"en", "zh"}) {
      String page = ReportFiles.cli(0, "evaluate", "--format", "html", "--lang", lang);
      String tree = page.substring(page.indexOf("<section id=\"tree\">"), page.indexOf("<section id=\"credit\">"));
      String text = ReportFiles.cli(0, "evaluate", "--lang", lang);
      // The same lines the text report names under "Also judged", each once in the tree section.
      for (String line : text.lines().map(String::strip)
          .filter(l -> l.startsWith("Work orders:") || l.startsWith("工单：共判定") || l.startsWith("Company ranking")
              || l.startsWith("物业服务企业排名") || l.contains("represented by an owners' or property management")
              || l.contains("由业主委员会或物业管理委员会代表业主"))
          .toList()) {
        assertTrue(tree.contains(line.substring(line.indexOf(' ') + 1, Math.min(line.length(), 40))),
            lang + ": the tree section lacks " + line);
      }
      assertTrue(tree.contains(lang.equals("zh") ? "物业服务企业排名" : "Company ranking"), lang);
    }
  }

  @Test
  void idsAndNamesFromTheInputAreEscapedEverywhere() throws IOException {
    ObjectNode facts = ReportFiles.sample();
    ObjectNode estate = (ObjectNode) facts.get("estates").get(1); // one no unit or application names
    estate.put("id", "<script>alert(1)</script>");
    estate.put("name", "\"><img src=x onerror=alert(2)>");
    // A unit's name is shown in its bars' SVG title too.
    ((ObjectNode) facts.get("units").get(0)).put("name", "</title><script>alert(3)</script>");
    Path file = folder.resolve("hostile.json");
    Files.writeString(file, ReportFiles.MAPPER.writeValueAsString(facts));
    String page = ReportFiles.cli(0, "evaluate", "--facts", file.toString(), "--format", "html");
    assertFalse(page.contains("<script>alert"), "an id became a script");
    assertFalse(page.contains("<img"), "a name became an image");
    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(page.contains("<title>&lt;/title&gt;&lt;script&gt;alert(3)&lt;/script&gt; (SD-JA)</title>"), "the unit's name");
    // In text a quote needs no escaping; in an attribute jte escapes it too.
    assertTrue(page.contains("\"&gt;&lt;img src=x onerror=alert(2)&gt;"), "the name as text");
    Matcher scripts = Pattern.compile("<script").matcher(page);
    int count = 0;
    while (scripts.find()) {
      count++;
    }
    assertEquals(1, count, "only the page's own script");
  }

  @Test
  void outWritesTheFileWholeAndLeavesNoTemporaryFile() throws IOException {
    Path out = folder.resolve("report.html");
    Files.writeString(out, "an earlier report");
    String printed = ReportFiles.cli(0, "evaluate", "--format", "html", "--lang", "zh", "--out", out.toString());
    assertEquals("", printed);
    String page = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("物业治理评估报告"));
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(List.of(out), files.toList());
    }
  }

  @Test
  void outIntoAMissingFolderIsAUsageError() {
    Path out = folder.resolve("missing").resolve("report.html");
    ReportFiles.cli(2, "evaluate", "--format", "html", "--out", out.toString());
    assertFalse(Files.exists(out));
  }

  @Test
  void theFootNamesThePolicyDateAndTheReceiptOfTheJsonReport() throws IOException {
    JsonNode json = ReportFiles.MAPPER.readTree(ReportFiles.cli(0, "evaluate", "--format", "json", "--lang", "zh"));
    String page = ReportFiles.cli(0, "evaluate", "--format", "html", "--lang", "zh");
    JsonNode receipt = json.get("receipt");
    assertTrue(page.contains("<code id=\"foot-receipt\">" + receipt.get("hash").asText() + "</code>"), "receipt hash");
    assertTrue(page.contains("<code id=\"foot-policy-hash\">" + receipt.path("policy").get("hash").asText() + "</code>"));
    assertTrue(page.contains("<span id=\"foot-policy\">" + receipt.path("policy").get("id").asText() + "</span>"));
    assertTrue(page.contains("<span id=\"foot-version\">" + receipt.path("policy").get("version").asText() + "</span>"));
    assertTrue(page.contains("<dd id=\"foot-as-of\">" + receipt.get("asOf").asText() + "</dd>"));
  }

  @Test
  void everySourceAReasonCitesIsListed() {
    String page = ReportFiles.cli(0, "evaluate", "--format", "html");
    Matcher cited = Pattern.compile("href=\"#s(\\d+)\"").matcher(page);
    int most = 0;
    while (cited.find()) {
      int n = Integer.parseInt(cited.group(1));
      most = Math.max(most, n);
      assertTrue(page.contains("<li id=\"s" + n + "\""), "source " + n);
    }
    assertTrue(most > 10, "the sample cites many sources");
    assertTrue(page.contains("model assumption"), "assumptions say so");
  }
}
