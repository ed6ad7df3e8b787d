package io.propgov.governance.examples.cli;

import static io.propgov.governance.examples.cli.GovernanceCliTests.run;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.estate.Estate;
import io.propgov.governance.examples.SampleData;
import io.propgov.governance.examples.cli.GovernanceCliTests.Run;
import io.propgov.governance.examples.report.CsvReader;
import io.propgov.governance.examples.report.SummaryCsv;
import io.propgov.governance.json.GovernanceJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate --format csv} and {@code batch --format csv}: tables Excel opens, one row per estate. */
class CsvOutputTests {

  private static final GovernanceJson JSON = GovernanceJson.create();
  private static final String BOM = "\uFEFF";

  @TempDir
  Path dir;

  /** The records of a CSV document after its byte order mark, which must be there once. */
  static List<List<String>> records(String document) {
    assertTrue(document.startsWith(BOM), "no byte order mark");
    assertFalse(document.substring(1).contains(BOM), "a second byte order mark");
    return CsvReader.read(document.substring(1));
  }

  private static int column(List<String> heading, String name) {
    int at = heading.indexOf(name);
    assertTrue(at >= 0, name + " not in " + heading);
    return at;
  }

  @Test
  void evaluateWritesOneRowPerEstateWithTheSummaryColumns() {
    Run run = run("evaluate", "--format", "csv");
    List<List<String>> records = records(run.out());
    List<String> heading = records.get(0);

    assertEquals(0, run.code(), run.err());
    assertEquals(7, records.size(), run.out());
    assertEquals(SummaryCsv.COLUMNS.size(), heading.size());
    records.forEach(r -> assertEquals(heading.size(), r.size(), r.toString()));
    List<String> ja = records.get(1);
    assertAll(
        () -> assertEquals("WH-JA-0001", ja.get(column(heading, "Estate id"))),
        () -> assertEquals("武汉江岸老旧小区（市场化接管）", ja.get(column(heading, "Estate name"))),
        () -> assertEquals("satisfactory", ja.get(column(heading, "Status code"))),
        () -> assertEquals("79.41", ja.get(column(heading, "Satisfaction score"))),
        () -> assertEquals("AAA", ja.get(column(heading, "Credit grade"))),
        () -> assertEquals("no", ja.get(column(heading, "Blacklisted"))),
        () -> assertEquals("280000.00", ja.get(column(heading, "Awards (CNY)"))),
        () -> assertEquals("dismissal-decided", records.get(3).get(column(heading, "Status code"))),
        () -> assertEquals("passed", records.get(3).get(column(heading, "Vote result code"))),
        () -> assertTrue(run.out().endsWith("\r\n")),
        () -> assertFalse(run.out().replace("\r\n", "").contains("\n"), "every line ends with CRLF"));
  }

  @Test
  void theChineseHeadingAndNamesSurviveTheRoundTrip() throws IOException {
    Path facts = dir.resolve("zh.json");
    Files.writeString(facts, "{\"asOf\": \"2024-12-31\", \"estates\": [{\"id\": \"东湖-1\", \"name\": \"东湖花园，一期\","
        + " \"households\": 10}]}", StandardCharsets.UTF_8);

    Run run = run("evaluate", "--facts", facts.toString(), "--format", "csv", "--lang", "zh");
    List<List<String>> records = records(run.out());

    assertEquals(0, run.code(), run.err());
    assertEquals("小区编号", records.get(0).get(0));
    assertEquals("奖补金额（元）", records.get(0).get(records.get(0).size() - 1));
    assertEquals(List.of("东湖-1", "东湖花园，一期", "no-valid-rating", "尚无有效测评"), records.get(1).subList(0, 4));
  }

  @Test
  void aFormulaInAnIdOrNameIsNeutralised() throws IOException {
    Path facts = dir.resolve("formula.json");
    Files.writeString(facts, "{\"asOf\": \"2024-12-31\", \"estates\": [{\"id\": \"=HYPERLINK(\\\"http://evil\\\",\\\"x\\\")\","
        + " \"name\": \"@SUM(A1)\", \"households\": 10}, {\"id\": \"-5\", \"name\": \"+1\", \"households\": 10}]}",
        StandardCharsets.UTF_8);

    Run run = run("evaluate", "--facts", facts.toString(), "--format", "csv");
    List<List<String>> records = records(run.out());

    assertEquals(0, run.code(), run.err());
    assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", records.get(1).get(0));
    assertEquals("'@SUM(A1)", records.get(1).get(1));
    assertEquals("-5", records.get(2).get(0), "a plain negative number stays a number");
    assertEquals("'+1", records.get(2).get(1));
  }

  @Test
  void aRejectedEstateHasARowWithItsErrorCount() throws IOException {
    Path facts = dir.resolve("bad.json");
    Files.writeString(facts, "{\"asOf\": \"2024-12-31\", \"estates\": [{\"id\": \"A\", \"households\": \"many\"},"
        + " {\"id\": \"B\", \"households\": 1}]}", StandardCharsets.UTF_8);

    Run run = run("evaluate", "--facts", facts.toString(), "--format", "csv");
    List<List<String>> records = records(run.out());

    assertEquals(2, run.code());
    assertEquals(List.of("A", "", "rejected", "rejected: invalid input", "1"), records.get(1).subList(0, 5));
    assertEquals("B", records.get(2).get(0));
  }

  @Test
  void oneEstateAndAFileWrittenWhole() throws IOException {
    Path out = dir.resolve("one.csv");
    Files.writeString(out, "earlier");

    Run run = run("evaluate", "--format", "csv", "--estate", "WH-QS-0311", "--out", out.toString());
    List<List<String>> records = records(Files.readString(out, StandardCharsets.UTF_8));

    assertEquals(0, run.code(), run.err());
    assertEquals(2, records.size());
    assertEquals("WH-QS-0311", records.get(1).get(0));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(out), files.toList(), "no temporary file left");
    }
    assertEquals(2, run("evaluate", "--format", "csv", "--out", dir.toString()).code(), "a folder is refused");
  }

  @Test
  void batchWritesAHeadingThenOneRowPerInputLineTheSameForAnyThreads() throws IOException {
    List<String> lines = new ArrayList<>();
    for (Estate estate : SampleData.load(JSON).estates()) {
      lines.add(JSON.writeEstateLine(estate));
    }
    lines.add(2, "{\"id\": \"broken\", ");
    lines.add("");
    lines.add("{\"id\": \"红色物业\", \"name\": \"=1+1\", \"households\": 5}");
    Path in = dir.resolve("in.ndjson");
    Files.write(in, lines, StandardCharsets.UTF_8);
    Path one = dir.resolve("one.csv");
    Path four = dir.resolve("four.csv");

    Run first = run("batch", "--in", in.toString(), "--out", one.toString(), "--as-of", "2024-12-31", "--format", "csv",
        "--threads", "1", "--progress", "0");
    Run second = run("batch", "--in", in.toString(), "--out", four.toString(), "--as-of", "2024-12-31", "--format",
        "csv", "--threads", "4", "--progress", "0");
    List<List<String>> records = records(Files.readString(one, StandardCharsets.UTF_8));

    assertEquals(0, first.code(), first.err());
    assertEquals(0, second.code(), second.err());
    assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(four));
    assertEquals(lines.size() + 1, records.size());
    assertEquals("Line", records.get(0).get(0));
    for (int i = 1; i < records.size(); i++) {
      assertEquals(Integer.toString(i), records.get(i).get(0));
      assertEquals(records.get(0).size(), records.get(i).size());
    }
    assertEquals(List.of("3", "", "", "rejected"), records.get(3).subList(0, 4));
    assertEquals(List.of("8", "", "", "rejected"), records.get(8).subList(0, 4));
    assertEquals(List.of("9", "红色物业", "'=1+1", "no-valid-rating"), records.get(9).subList(0, 4));
    assertEquals("WH-JA-0001", records.get(1).get(1));
    assertTrue(first.out().contains("9 records: 7 decisions, 2 errors"), first.out());
  }
}
