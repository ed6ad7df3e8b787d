package io.propgov.governance.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.examples.SampleData;
import io.propgov.governance.json.GovernanceJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTests {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final GovernanceJson JSON = GovernanceJson.create();

  @TempDir
  Path dir;

  /** The sample estates as NDJSON lines. */
  private static List<String> sampleLines() {
    List<String> lines = new ArrayList<>();
    for (Estate estate : SampleData.load(JSON).estates()) {
      lines.add(JSON.writeEstateLine(estate));
    }
    return lines;
  }

  private static final String MALFORMED = "{\"id\": \"broken\", \"surveyRounds\": [";
  private static final String SCHEMA_INVALID = "{\"id\": \"negative\", \"households\": -1}";
  private static final String OFF_SCALE = "{\"id\": \"off-scale\", \"surveyRounds\": [{\"id\": \"r1\", \"date\": \"2024-06-30\","
      + " \"households\": 1, \"answers\": [{\"respondentId\": \"h1\", \"group\": \"HOUSEHOLD\", \"score\": 150}]}]}";

  private GovernanceCliTests.Run batch(List<String> lines, Path out, String threads) throws IOException {
    Path in = dir.resolve("estates.ndjson");
    Files.write(in, lines, StandardCharsets.UTF_8);
    return GovernanceCliTests.run("batch", "--in", in.toString(), "--out", out.toString(), "--as-of", "2024-12-31",
        "--threads", threads, "--progress", "0");
  }

  @Test
  void givesExactlyOneResultPerLineInOrderWithErrorRecordsForBadLines() throws IOException {
    List<String> samples = sampleLines();
    List<String> lines = new ArrayList<>();
    lines.add(samples.get(0));
    lines.add(MALFORMED);
    lines.add(samples.get(1));
    lines.add("");
    lines.add(SCHEMA_INVALID);
    lines.add(OFF_SCALE);
    lines.add(samples.get(2));
    Path out = dir.resolve("decisions.ndjson");

    GovernanceCliTests.Run run = batch(lines, out, "2");

    assertEquals(0, run.code(), run.err());
    run.assertNoStackTrace();
    List<String> results = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(lines.size(), results.size());
    for (int i = 0; i < results.size(); i++) {
      assertEquals(i + 1, MAPPER.readTree(results.get(i)).path("line").asInt(), results.get(i));
    }
    assertDecision(results.get(0), SampleData.load(JSON).estates().get(0).id());
    assertError(results.get(1), "", "syntax");
    assertDecision(results.get(2), SampleData.load(JSON).estates().get(1).id());
    assertError(results.get(3), "", "syntax");
    assertError(results.get(4), "/households", "minimum");
    assertError(results.get(5), "/surveyRounds/0/answers/0/score", "range");
    assertDecision(results.get(6), SampleData.load(JSON).estates().get(2).id());
    assertTrue(run.out().contains("7 records: 3 decisions, 4 errors"), run.out());
  }

  @Test
  void oneAndFourThreadsWriteTheSameBytes() throws IOException {
    List<String> samples = sampleLines();
    List<String> lines = new ArrayList<>();
    // Enough lines for several chunks, bad lines spread among them.
    for (int i = 0; i < 700; i++) {
      lines.add(switch (i % 11) {
        case 3 -> MALFORMED;
        case 5 -> "";
        case 7 -> OFF_SCALE;
        default -> samples.get(i % samples.size());
      });
    }
    Path one = dir.resolve("one.ndjson");
    Path four = dir.resolve("four.ndjson");

    assertEquals(0, batch(lines, one, "1").code());
    assertEquals(0, batch(lines, four, "4").code());

    byte[] expected = Files.readAllBytes(one);
    assertArrayEquals(expected, Files.readAllBytes(four));
    assertEquals(700, Files.readAllLines(one).size());
  }

  @Test
  void reportsProgressOnStandardError() throws IOException {
    Path in = dir.resolve("estates.ndjson");
    Files.write(in, sampleLines(), StandardCharsets.UTF_8);
    GovernanceCliTests.Run run = GovernanceCliTests.run("batch", "--in", in.toString(), "--out",
        dir.resolve("out.ndjson").toString(), "--as-of", "2024-12-31", "--progress", "1");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("batch: 6 records: 6 decisions, 0 errors in "), run.out());
  }

  @Test
  void exitsWithTwoWhenTheInputCannotBeRead() {
    GovernanceCliTests.Run run = GovernanceCliTests.run("batch", "--in", dir.resolve("missing.ndjson").toString(),
        "--out", dir.resolve("out.ndjson").toString(), "--as-of", "2024-12-31");
    assertEquals(2, run.code());
    assertTrue(run.err().contains("no such file"), run.err());
    run.assertNoStackTrace();
  }

  private static void assertDecision(String line, String estateId) throws IOException {
    JsonNode node = MAPPER.readTree(line);
    assertEquals(estateId, node.path("estateId").asText(), line);
    assertTrue(node.has("decision"), line);
    assertFalse(node.has("errors"), line);
  }

  private static void assertError(String line, String pointer, String code) throws IOException {
    JsonNode node = MAPPER.readTree(line);
    assertFalse(node.has("decision"), line);
    JsonNode error = node.path("errors").path(0);
    assertEquals(pointer, error.path("pointer").asText(), line);
    assertEquals(code, error.path("code").asText(), line);
    assertFalse(error.path("message").asText().isEmpty(), line);
  }
}
