package io.propgov.governance.examples.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.examples.cli.GovernanceCli;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.layer.ResolvedPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handbook as Markdown and HTML, and the command that writes it. */
class HandbookMarkdownTests {

  private static final GovernanceJson JSON = GovernanceJson.create();
  /** A district policy whose own texts hold every character Markdown and HTML give a meaning to. */
  private static final String HOSTILE = """
      {"id": "hostile", "jurisdiction": "CN-X", "extends": "cn-default", "version": "1",
       "description": "A | B",
       "parameters": {"satisfaction.pass-line": [{"effectiveFrom": "2025-01-01", "value": 65,
         "source": {"en": "Rule | *bold* _x_ `code` [link](http://x) <script>alert(1)</script>",
                    "zh": "规则 | *粗体* <b>加粗</b>"}}]}}
      """;

  @TempDir
  Path folder;

  @Test
  void theDefaultHandbookReadsAsExpected() {
    String md = HandbookMarkdown.render(HandbookTests.book(JSON.preset("cn-default"), Locale.ENGLISH));
    assertTrue(md.startsWith("# Policy handbook: cn-default\n\n## Summary\n\n- **Policy**: `cn-default`\n"
        + "- **Version**: 2026.1\n"), md.substring(0, 200));
    assertTrue(md.contains("- **Levels, root first**: `cn-national@2026.1` > `cn-default@2026.1`\n"));
    assertTrue(md.contains("- **Parameters**: 62\n"), "cn-default sets or inherits 62 parameters");
    // The contents link every parameter, and every parameter has its heading and anchor.
    int parameters = count(md, "(?m)^### `");
    assertEquals(62, parameters);
    assertEquals(parameters, count(md, "(?m)^  - \\[`[a-z.-]+`\\]\\(#p-[a-z-]+\\)$"));
    assertEquals(parameters, count(md, "<a id=\"p-"));
    String vote = section(md, "vote.ordinary-rule");
    assertTrue(vote.contains("| 2007-10-01 to 2020-12-31 | ↓ | Property Law art. 76"), vote);
    assertTrue(vote.contains("| from 2021-01-01, in force | ↓ | Civil Code art. 278"), vote);
    assertTrue(vote.contains("| `quorumArea` | at least 2/3 |\n"), vote);
    assertTrue(vote.contains("| `approvalOwners` | more than half |\n"), vote);
    assertTrue(vote.contains("- `cn-national`: fixed by law the value inherited (Civil Code art. 278"), vote);
    assertTrue(vote.contains("**Rules that read it**: `vote.quorum.area`, `vote.quorum.owners`"), vote);
    assertTrue(vote.contains("**Scenarios that exercise these rules**: No scenario reaches these rules."), vote);
    String passLine = section(md, "satisfaction.pass-line");
    assertTrue(passLine.contains("| from 2019-01-01, in force | 60 | **model assumption**: Handan"), passLine);
    assertFalse(md.contains("66.6"), "a share is never a rounded percentage");
    // A calendar's days are shown as runs: the Spring Festival of 2019 as one, a lone holiday as itself.
    String calendar = section(md, "org.calendar");
    assertTrue(calendar.contains("2019-01-01, 2019-02-04 to 2019-02-10, 2019-04-05, 2019-05-01 to 2019-05-04,"),
        calendar);
    assertFalse(calendar.contains("2019-02-05"), calendar);
    String chinese = section(HandbookMarkdown.render(HandbookTests.book(JSON.preset("cn-default"),
        Locale.SIMPLIFIED_CHINESE)), "org.calendar");
    assertTrue(chinese.contains("2019-01-01、2019-02-04至2019-02-10、2019-04-05"), chinese);
  }

  @Test
  void valuesFromThePolicyAreEscaped() {
    ResolvedPolicy hostile = JSON.readResolved(HOSTILE);
    String md = HandbookMarkdown.render(HandbookTests.book(hostile, Locale.ENGLISH));
    String row = section(md, "satisfaction.pass-line").lines().filter(l -> l.startsWith("| from 2025-01-01"))
        .findFirst().orElseThrow();
    assertEquals("| from 2025-01-01, in force | 65 | Rule \\| \\*bold\\* \\_x\\_ \\`code\\` \\[link\\](http://x)"
        + " \\<script\\>alert(1)\\</script\\> | `hostile` |", row);
    assertEquals(5, count(row, "(?<!\\\\)\\|"), "four cells: five unescaped pipes");
    assertTrue(md.contains("- **Description**: A \\| B\n"));
    assertEquals("``a`b\\|c``", HandbookMarkdown.code("a`b|c"));
    assertEquals("`` `x ``", HandbookMarkdown.code("`x"));
    assertEquals("\\\\ \\# \\_", HandbookMarkdown.escape("\\ # _"));

    String html = HandbookHtml.render(HandbookTests.book(hostile, Locale.ENGLISH));
    assertFalse(html.contains("<script>alert"), "a value became markup");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    String zh = HandbookHtml.render(HandbookTests.book(hostile, Locale.SIMPLIFIED_CHINESE));
    assertTrue(zh.contains("&lt;b&gt;加粗&lt;/b&gt;"));
  }

  @Test
  void theChineseHandbookHasNoEnglishOutsideIdsCodeAndCitedSources() {
    ResolvedPolicy resolved = JSON.preset("cn-default");
    String md = HandbookMarkdown.render(HandbookTests.book(resolved, Locale.SIMPLIFIED_CHINESE));
    assertTrue(md.startsWith("# 政策手册：cn-default\n\n## 概要\n"), md.substring(0, 80));
    String text = md.replaceAll("(?s)(`{3,})json\\n.*?\\n\\1", " ")
        .replaceAll("``.*?``|`[^`]*`", " ")
        .replaceAll("\\(#[a-z-]+\\)|<a id=\"[a-z-]+\"></a>", " ");
    // What the policy's own Chinese sources say (a grade AAA, a field they name) is the policy's text.
    for (var timeline : resolved.policy().parameters().values()) {
      for (var value : timeline.values()) {
        text = text.replace(value.source().zh(), " ");
      }
    }
    for (var bound : resolved.bounds()) {
      text = text.replace(bound.bound().source().zh(), " ");
    }
    Matcher latin = Pattern.compile("[A-Za-z]{2,}").matcher(text);
    List<String> words = new ArrayList<>();
    while (latin.find()) {
      words.add(latin.group());
    }
    words.removeAll(List.of("sha", "cn", "default"));
    words.removeIf(word -> word.matches("A{2,3}")); // credit grades, as the policy's Chinese names give them
    assertTrue(words.isEmpty(), () -> "English in the Chinese handbook: " + words);
    assertTrue(md.contains("三分之二以上") && md.contains("过半数") && md.contains("本模型假设"));
    assertTrue(md.contains("2021-01-01起，现行有效") && md.contains("2007-10-01至2020-12-31"));
    assertFalse(md.contains("CNY"));
  }

  @Test
  void theCommandWritesMarkdownOrAWholePageToOutWholly() throws IOException {
    Path md = folder.resolve("handbook.md");
    String printed = cli(0, "policy", "doc", "--policy", "policies/wuhan-jiangan.json", "--scenarios", "scenarios");
    assertEquals("", cli(0, "policy", "doc", "--policy", "policies/wuhan-jiangan.json", "--scenarios", "scenarios",
        "--out", md.toString()));
    assertEquals(printed, Files.readString(md));
    assertTrue(printed.startsWith("# Policy handbook: wuhan-jiangan\n"));
    assertTrue(printed.contains("scenarios/satisfaction/09-vote-quorum-exactly-two-thirds-both-passes.json"));
    try (var files = Files.list(folder)) {
      assertEquals(List.of(md), files.toList(), "no temporary file is left beside the handbook");
    }
    Path html = folder.resolve("handbook.html");
    cli(0, "policy", "doc", "--format", "html", "--lang", "zh", "--out", html.toString());
    String page = Files.readString(html);
    assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"zh\">"), page.substring(0, 60));
    assertTrue(page.stripTrailing().endsWith("</html>"));
    assertFalse(Pattern.compile("(?:src|href)=\"(?:https?:)?//").matcher(page).find(), "the page fetches nothing");
  }

  @Test
  void aPolicyExtendingAParentFileShowsEveryLevelAndItsOwnValue() throws IOException {
    Path child = Files.writeString(folder.resolve("child.json"), """
        {"id": "jiangan-estate-rules", "jurisdiction": "CN-HB-WH-JA-1", "extends": "wuhan-jiangan", "version": "1",
         "description": "A stricter pass line", "parameters": {"satisfaction.pass-line": [{"effectiveFrom": "2025-01-01",
         "value": 75, "source": {"en": "Example estate rule", "zh": "小区规则示例"}, "assumption": true}]}}
        """);
    Path empty = Files.createDirectory(folder.resolve("no-scenarios"));
    String md = cli(0, "policy", "doc", "--policy", child.toString(), "--parent", "policies/wuhan-jiangan.json",
        "--scenarios", empty.toString(), "--lang", "zh");
    assertTrue(md.contains("- **层级（自上而下）**：`cn-national@2026.1` > `wuhan-4@2026.1` > `wuhan-jiangan@2026.1`"
        + " > `jiangan-estate-rules@1`\n"), md.substring(0, 600));
    String passLine = section(md, "satisfaction.pass-line");
    assertTrue(passLine.contains("| 2024-01-01至2024-12-31 | 70 | **本模型假设**："), passLine);
    assertTrue(passLine.contains("| 2025-01-01起，现行有效 | 75 | **本模型假设**：小区规则示例（本模型假设） |"
        + " `jiangan-estate-rules` |"), passLine);
    assertTrue(md.contains("共运行 0 个场景"), "the scenarios run are counted");
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertTrue(cliErr(2, "policy", "doc", "--lang", "fr").contains("--lang must be en or zh"));
    assertTrue(cliErr(2, "policy", "doc", "--format", "pdf").contains("pdf"));
    assertTrue(cliErr(2, "policy", "doc", "--scenarios", folder.resolve("none").toString()).contains("no such folder"));
    assertTrue(cliErr(2, "policy", "doc", "--policy", "atlantis").contains("neither a preset"));
    assertTrue(cliErr(2, "policy", "doc", "--out", folder.toString()).contains("it is a folder"));
  }

  private static String section(String md, String id) {
    int start = md.indexOf("### `" + id + "`");
    int end = md.indexOf("\n### ", start + 1);
    return md.substring(start, end < 0 ? md.length() : end);
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String cli(int code, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = GovernanceCli.run(args, new PrintWriter(out), new PrintWriter(err));
    assertEquals(code, exit, () -> String.join(" ", args) + "\n" + err);
    return out.toString();
  }

  private static String cliErr(int code, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = GovernanceCli.run(args, new PrintWriter(out), new PrintWriter(err));
    assertEquals(code, exit, () -> String.join(" ", args) + "\n" + err);
    return err.toString();
  }
}
