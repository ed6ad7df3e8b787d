package io.propgov.governance.examples.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.examples.cli.GovernanceCli;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Facts and reports for the HTML tests: the bundled sample, variants of it, and a generated set of estates. */
final class ReportFiles {

  static final ObjectMapper MAPPER = new ObjectMapper();
  /** Where the reports and screenshots are left for a person to look at. */
  static final Path TARGET = Path.of("target", "html-report");

  private ReportFiles() {}

  /** The bundled sample facts. */
  static ObjectNode sample() throws IOException {
    try (InputStream in = GovernanceCli.class.getResourceAsStream("/io/propgov/governance/examples/samples/estates.json")) {
      return (ObjectNode) MAPPER.readTree(in);
    }
  }

  /**
   * The sample with {@code count} estates: its own, then copies of them in turn under new ids,
   * each with its survey scores moved by up to ten points either way (deterministically), so that
   * the statuses vary. The copies keep their organisation units, so the tree's rates cover them all.
   */
  static ObjectNode generated(int count) throws IOException {
    ObjectNode facts = sample();
    ArrayNode estates = (ArrayNode) facts.get("estates");
    int given = estates.size();
    for (int i = given; i < count; i++) {
      ObjectNode copy = (ObjectNode) estates.get(i % given).deepCopy();
      copy.put("id", copy.get("id").asText() + "-G" + i);
      copy.put("name", copy.path("name").asText("Estate") + " #" + i);
      int shift = (int) ((i * 7L) % 21) - 10;
      for (JsonNode round : copy.path("surveyRounds")) {
        for (JsonNode answer : round.path("answers")) {
          int score = answer.path("score").asInt() + shift;
          ((ObjectNode) answer).put("score", Math.max(0, Math.min(100, score)));
        }
      }
      estates.add(copy);
    }
    return facts;
  }

  /** Writes facts to a file under the target folder. */
  static Path write(String name, JsonNode facts) throws IOException {
    Files.createDirectories(TARGET);
    Path file = TARGET.resolve(name);
    Files.writeString(file, MAPPER.writeValueAsString(facts));
    return file;
  }

  /** Runs governance-cli with these arguments; returns standard output, failing on an exit code other than {@code code}. */
  static String cli(int code, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = GovernanceCli.run(args, new PrintWriter(out), new PrintWriter(err));
    assertEquals(code, exit, () -> String.join(" ", args) + "\n" + err);
    return out.toString();
  }

  /** Renders the HTML report of a facts file (null: the sample) in a language to a file under the target folder. */
  static Path report(Path facts, String lang, String name) throws IOException {
    Files.createDirectories(TARGET);
    Path out = TARGET.resolve(name).toAbsolutePath();
    if (facts == null) {
      cli(0, "evaluate", "--format", "html", "--lang", lang, "--out", out.toString());
    } else {
      cli(0, "evaluate", "--facts", facts.toString(), "--format", "html", "--lang", lang, "--out", out.toString());
    }
    return out;
  }
}
