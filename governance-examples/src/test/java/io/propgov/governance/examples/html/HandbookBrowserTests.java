package io.propgov.governance.examples.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The policy handbook ({@code policy doc --format html}) as a reader meets it, in headless Chromium
 * as the report is: its contents link every parameter, a parameter opens on a click and from a
 * contents link, and its screenshots (target/handbook-en.png, target/handbook-zh.png) show a page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandbookBrowserTests {

  /** An enum constant's shape: a reader of the Chinese page sees none outside code. */
  private static final Pattern ENUM_CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

  private Chromium browser;

  @BeforeAll
  void start() throws IOException, InterruptedException {
    Assumptions.assumeFalse(Chromium.skipped(), "browser tests skipped by " + Chromium.SKIP);
    browser = Chromium.start();
    browser.viewport(1280, 900);
  }

  @AfterAll
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  private static Path handbook(String lang, String name) throws IOException {
    Files.createDirectories(ReportFiles.TARGET);
    Path out = ReportFiles.TARGET.resolve(name).toAbsolutePath();
    ReportFiles.cli(0, "policy", "doc", "--policy", "policies/wuhan-jiangan.json", "--scenarios", "scenarios",
        "--format", "html", "--lang", lang, "--out", out.toString());
    return out;
  }

  @Test
  void theContentsLinkEveryParameterAndAParameterOpens() throws IOException {
    browser.open(handbook("en", "handbook-en.html"));
    assertEquals("en", browser.eval("document.documentElement.lang").asText());
    assertEquals(0, browser.eval("performance.getEntriesByType('resource').length").asInt());
    int parameters = browser.eval("Number(document.getElementById('parameter-count').textContent)").asInt();
    assertTrue(parameters > 20, "parameters: " + parameters);
    assertEquals(parameters, browser.eval("document.querySelectorAll('details.param').length").asInt());
    // Every contents link points at a parameter's section, one link per parameter.
    List<String> targets = strings("Array.from(document.querySelectorAll('#contents a.param-link'))"
        + ".map(a => a.getAttribute('href'))");
    assertEquals(parameters, targets.size());
    assertEquals(parameters, new HashSet<>(targets).size());
    assertEquals(parameters, browser.eval("Array.from(document.querySelectorAll('#contents a.param-link'))"
        + ".filter(a => { const t = document.getElementById(a.getAttribute('href').substring(1));"
        + " return t && t.matches('details.param'); }).length").asInt());

    // A closed parameter opens on a click on its summary, showing its values.
    String vote = "document.getElementById('p-vote-ordinary-rule')";
    assertFalse(browser.eval(vote + ".open").asBoolean());
    assertFalse(browser.eval(vote + ".querySelector('table.values').checkVisibility()").asBoolean());
    browser.eval(vote + ".querySelector('summary').click()");
    assertTrue(browser.eval(vote + ".open").asBoolean());
    assertTrue(browser.eval(vote + ".querySelector('table.values').getBoundingClientRect().height").asDouble() > 0);
    String text = browser.eval(vote + ".innerText").asText();
    assertTrue(text.contains("at least 2/3") && text.contains("more than half") && text.contains("fixed by law"), text);
    assertTrue(text.contains("vote.approval.area.participating") && text.contains("cn-national"), text);

    // A contents link opens the parameter it points to.
    String passLine = "document.getElementById('p-satisfaction-pass-line')";
    assertFalse(browser.eval(passLine + ".open").asBoolean());
    browser.eval("document.querySelector('#contents a[href=\"#p-satisfaction-pass-line\"]').click()");
    assertTrue(browser.eval(passLine + ".open").asBoolean());
    assertTrue(browser.eval(passLine + ".querySelectorAll('tr.assumption .assumption-mark').length").asInt() > 0);
    assertTrue(browser.eval(passLine + ".innerText").asText().contains("wuhan-jiangan"));

    browser.eval("document.getElementById('expand-all').click()");
    assertEquals(parameters, browser.eval("document.querySelectorAll('details.param[open]').length").asInt());
    browser.eval("document.getElementById('collapse-all').click()");
    assertEquals(0, browser.eval("document.querySelectorAll('details.param[open]').length").asInt());
    browser.eval(vote + ".open = true");
    assertTrue(browser.errors().isEmpty(), () -> "the page logged errors: " + browser.errors());
    browser.eval("window.scrollTo(0, 0)");
    screenshot("handbook-en.png");
  }

  @Test
  void theChineseHandbookSaysEverythingInChinese() throws IOException {
    browser.open(handbook("zh", "handbook-zh.html"));
    assertEquals("zh", browser.eval("document.documentElement.lang").asText());
    browser.eval("document.querySelectorAll('details').forEach(d => d.open = true)");
    // What a reader reads, ids, field names and JSON (code) aside.
    String text = browser.eval("(() => { const b = document.body.cloneNode(true);"
        + " b.querySelectorAll('code, pre, script, style').forEach(e => e.remove()); return b.innerText; })()")
        .asText();
    Matcher code = ENUM_CODE.matcher(text);
    List<String> codes = new ArrayList<>();
    while (code.find()) {
      codes.add(code.group());
    }
    assertTrue(codes.isEmpty(), () -> "codes shown to a reader of the Chinese page: " + codes);
    assertFalse(text.contains("CNY"));
    assertFalse(text.contains("model assumption"));
    assertTrue(text.contains("政策手册") && text.contains("三分之二以上") && text.contains("过半数")
        && text.contains("本模型假设") && text.contains("由法律规定"), text.substring(0, 400));
    browser.eval("document.querySelectorAll('details').forEach(d => d.open = false)");
    browser.eval("document.querySelector('#p-vote-ordinary-rule summary').click()");
    assertTrue(browser.errors().isEmpty(), () -> "the page logged errors: " + browser.errors());
    browser.eval("window.scrollTo(0, 0)");
    screenshot("handbook-zh.png");
  }

  private List<String> strings(String expression) {
    return browser.strings(expression);
  }

  /** Takes a screenshot, checks that it shows a page rather than a blank, and keeps it under target/. */
  private void screenshot(String name) throws IOException {
    browser.keepScreenshot(ReportFiles.TARGET.getParent().resolve(name));
  }
}
