package io.propgov.governance.examples.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The HTML report as a reader meets it: opened in headless Chromium, its DOM checked, its script
 * driven and its screenshots taken (target/report-en.png and target/report-zh.png, for a person
 * to look at; the pages themselves are under target/html-report). Without Chromium these tests
 * fail, saying what to install; they are skipped only when asked ({@code -Dhtml.browser.skip=true} or HTML_BROWSER_SKIP=true).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportBrowserTests {

  /** An enum constant's shape (NOT_MET, DISMISSAL_DECIDED): a reader of the Chinese page must see none. */
  private static final Pattern ENUM_CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
  private static final String VISIBLE_ROWS =
      "Array.from(document.querySelectorAll('#summary tbody tr')).filter(r => r.offsetParent !== null)";

  private Chromium browser;

  @BeforeAll
  void start() throws IOException, InterruptedException {
    if (!Chromium.skipped()) {
      browser = Chromium.start();
      browser.viewport(1280, 900);
    }
  }

  @BeforeEach
  void onlyWhenNotSkipped() {
    Assumptions.assumeFalse(Chromium.skipped(), "browser tests skipped by " + Chromium.SKIP);
  }

  @AfterAll
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theSampleReportHasOneRowPerEstateFiltersSortsAndExpandsAReason() throws IOException {
    Path page = ReportFiles.report(null, "en", "report-en.html");
    browser.open(page);
    JsonNode estates = ReportFiles.sample().get("estates");
    List<String> ids = new ArrayList<>();
    estates.forEach(e -> ids.add(e.get("id").asText()));
    assertEquals(ids, strings("Array.from(document.querySelectorAll('#summary tbody tr td:first-child'))"
        + ".map(td => td.textContent)"));
    assertEquals("en", browser.eval("document.documentElement.lang").asText());
    // Self-contained: nothing to fetch, not even a style sheet or an image.
    assertEquals(0, browser.eval("performance.getEntriesByType('resource').length").asInt());
    assertEquals(0, browser.eval("document.querySelectorAll('[src], link[href]').length").asInt());

    // Filtering by a status shows exactly the rows of that status.
    String status = "satisfactory";
    int expected = browser.eval("document.querySelectorAll('#summary tbody tr[data-status=" + status + "]').length")
        .asInt();
    assertTrue(expected > 0 && expected < ids.size(), "the sample has estates of several statuses");
    choose(status);
    assertEquals(expected, browser.eval(VISIBLE_ROWS + ".length").asInt());
    assertEquals(Set.of(status), new HashSet<>(strings(VISIBLE_ROWS + ".map(r => r.dataset.status)")));
    assertEquals(String.valueOf(expected), browser.eval("document.getElementById('shown').textContent").asText());
    choose("");
    assertEquals(ids.size(), browser.eval(VISIBLE_ROWS + ".length").asInt());

    // A click on a heading sorts by that column, a second click reverses it.
    browser.eval("document.querySelectorAll('#summary th')[0].click()");
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(String::compareTo);
    List<String> shown = strings(VISIBLE_ROWS + ".map(r => r.cells[0].textContent)");
    assertEquals(sorted.size(), shown.size());
    assertEquals(new HashSet<>(ids), new HashSet<>(shown));
    browser.eval("document.querySelectorAll('#summary th')[0].click()");
    List<String> reversed = strings(VISIBLE_ROWS + ".map(r => r.cells[0].textContent)");
    List<String> back = new ArrayList<>(shown);
    java.util.Collections.reverse(back);
    assertEquals(back, reversed);

    // A collapsed reason opens on a click, with its rule, its figures and its citation.
    String details = "document.querySelector('#estate-1 details.reasons')";
    assertFalse(browser.eval(details + ".open").asBoolean());
    assertFalse(browser.eval(details + ".querySelector('li').checkVisibility()").asBoolean());
    browser.eval(details + ".querySelector('summary').click()");
    assertTrue(browser.eval(details + ".open").asBoolean());
    assertTrue(browser.eval(details + ".querySelector('li').checkVisibility()").asBoolean());
    assertTrue(browser.eval(details + ".querySelector('ol').getBoundingClientRect().height").asDouble() > 0);
    String reason = browser.eval(details + ".querySelector('li').innerText").asText();
    assertTrue(reason.contains("estate.area"), reason);
    assertTrue(reason.contains("Source [1]: ") && reason.contains("SDK"), reason);

    assertTrue(browser.errors().isEmpty(), () -> "the page logged errors: " + browser.errors());
    screenshot("report-en.png");
  }

  @Test
  void theChinesePageSaysEverythingInChinese() throws IOException {
    Path page = ReportFiles.report(null, "zh", "report-zh.html");
    browser.open(page);
    assertEquals("zh", browser.eval("document.documentElement.lang").asText());
    // Every reason opened, so that its text counts too; every estate and unit rendered, as a reader scrolling
    // through sees them (content-visibility: auto leaves off-screen ones out of innerText until they are).
    browser.eval("document.querySelectorAll('details').forEach(d => d.open = true)");
    browser.eval("document.querySelectorAll('article.estate, li.unit').forEach(e => e.style.contentVisibility = 'visible')");
    String text = browser.eval("document.body.innerText").asText();
    assertFalse(text.contains("CNY"), "the Chinese page shows CNY");
    Matcher code = ENUM_CODE.matcher(text);
    List<String> codes = new ArrayList<>();
    while (code.find()) {
      codes.add(code.group());
    }
    assertTrue(codes.isEmpty(), () -> "codes shown to a reader of the Chinese page: " + codes);
    assertTrue(text.contains("物业治理评估报告") && text.contains("业主已决定解聘") && text.contains("元"), text);
    browser.eval("document.querySelectorAll('details').forEach(d => d.open = false)");
    browser.eval("document.querySelector('#estate-1 details.reasons summary').click()");
    screenshot("report-zh.png");
  }

  @Test
  void idsFromTheInputAppearAsText() throws IOException {
    var facts = ReportFiles.sample();
    String id = "<script>window.__pwned = 1</script>";
    String name = "\"><img src=x onerror=\"window.__pwned = 2\">";
    var estate = (com.fasterxml.jackson.databind.node.ObjectNode) facts.get("estates").get(1);
    estate.put("id", id);
    estate.put("name", name);
    Path page = ReportFiles.report(ReportFiles.write("hostile.json", facts), "en", "report-hostile.html");
    browser.open(page);
    assertTrue(browser.eval("window.__pwned === undefined").asBoolean());
    assertEquals(0, browser.eval("document.images.length").asInt());
    assertEquals(1, browser.eval("document.scripts.length").asInt());
    assertEquals(id, browser.eval("document.querySelectorAll('#summary tbody tr')[1].cells[0].textContent").asText());
    assertEquals(name, browser.eval("document.querySelectorAll('#summary tbody tr')[1].cells[1].textContent").asText());
  }

  @Test
  void fiveHundredEstatesOpenWithTheirLoadTimeMeasured() throws IOException {
    int count = 500;
    Path page = ReportFiles.report(ReportFiles.write("estates-500.json", ReportFiles.generated(count)), "en",
        "report-500.html");
    List<String> times = new ArrayList<>();
    for (int run = 0; run < 5; run++) {
      browser.open(page);
      // navigationStart to loadEventEnd, from the page's own Navigation Timing entry.
      JsonNode timing = browser.eval("(() => { const n = performance.getEntriesByType('navigation')[0];"
          + " return [n.loadEventEnd - n.startTime, n.domInteractive - n.startTime]; })()");
      times.add(String.format(Locale.ROOT, "%.0f (parsed at %.0f)", timing.get(0).asDouble(),
          timing.get(1).asDouble()));
    }
    assertEquals(count, browser.eval("document.querySelectorAll('#summary tbody tr').length").asInt());
    choose("dismissal-may-start");
    int shown = browser.eval(VISIBLE_ROWS + ".length").asInt();
    assertTrue(shown > 0 && shown < count, "filtered to " + shown);
    String line = count + " estates, " + Files.size(page) + " bytes: loaded (navigationStart to loadEventEnd) in "
        + String.join(", ", times) + " ms";
    System.out.println("HTML report in Chromium: " + line);
    Files.writeString(ReportFiles.TARGET.resolve("report-500-load.txt"), line + "\n");
  }

  private void choose(String status) {
    browser.eval("(() => { const s = document.getElementById('status-filter'); s.value = '" + status + "';"
        + " s.dispatchEvent(new Event('change')); })()");
  }

  private List<String> strings(String expression) {
    return browser.strings(expression);
  }

  /** Takes a screenshot, checks that it shows a page rather than a blank, and keeps it under target/. */
  private void screenshot(String name) throws IOException {
    browser.keepScreenshot(ReportFiles.TARGET.getParent().resolve(name));
  }
}
