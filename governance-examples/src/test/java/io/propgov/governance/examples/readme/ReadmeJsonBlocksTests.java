package io.propgov.governance.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.propgov.governance.examples.cli.GovernanceCli;
import io.propgov.governance.examples.readme.ReadmeJsonBlocks.Block;
import io.propgov.governance.examples.scenario.ScenarioResult;
import io.propgov.governance.examples.scenario.ScenarioRunner;
import io.propgov.governance.json.GovernanceJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every JSON block of the README is valid on its own, or a true excerpt of the file or output it names. */
class ReadmeJsonBlocksTests {

  private static final Path ROOT = Path.of("..");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final GovernanceJson json = GovernanceJson.create();

  @Test
  void everyReadmeJsonBlockIsValidOrATrueExcerpt(@TempDir Path scratch) throws Exception {
    List<Block> blocks = ReadmeJsonBlocks.blocks(Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8));
    assertFalse(blocks.isEmpty());
    List<String> failures = new ArrayList<>();
    for (Block block : blocks) {
      try {
        check(block, scratch);
      } catch (Exception | AssertionError e) {
        failures.add("README.md line " + block.line() + " (" + block.kind() + "): " + e.getMessage());
      }
    }
    if (!failures.isEmpty()) {
      fail(String.join("\n", failures));
    }
  }

  private void check(Block block, Path scratch) throws Exception {
    switch (block.kind()) {
      case "facts" -> json.readFacts(block.text());
      case "estate" -> json.readEstate(block.text());
      case "layer" -> json.resolve(json.readLayer(block.text()));
      case "scenario" -> {
        Path file = Files.writeString(scratch.resolve("line-" + block.line() + ".json"), block.text());
        ScenarioResult result = new ScenarioRunner(json).run(file);
        assertTrue(result.passed(), "the scenario fails: " + result.differences());
      }
      case "excerpt" -> {
        JsonNode context = context(block.context());
        assertTrue(ReadmeJsonBlocks.foundIn(ReadmeJsonBlocks.excerpt(block.text()), context),
            "not found in " + block.context());
      }
      default -> throw new IllegalStateException(block.kind());
    }
  }

  private static JsonNode context(String context) throws Exception {
    if (context.startsWith("output ")) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = GovernanceCli.run(context.substring("output ".length()).split(" "), new PrintWriter(out),
          new PrintWriter(err));
      assertEquals(0, code, err.toString());
      return MAPPER.readTree(out.toString());
    }
    return MAPPER.readTree(Files.readString(ROOT.resolve(context)));
  }

  @Test
  void aBlockWithoutAMarkerIsNamedByLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReadmeJsonBlocks.blocks(List.of("text", "```json", "{}", "```")));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void excerptsMatchOnlyWhatTheContextHolds() throws Exception {
    JsonNode context = MAPPER.readTree("{\"a\": {\"id\": \"x\", \"n\": 60, \"list\": [1, 2, 3],"
        + " \"source\": \"Civil Code art. 278 (in force from 2021-01-01): at least\"}}");
    assertTrue(found("\"id\": \"x\", \"n\": 60.0", context));
    assertTrue(found("{\"list\": [1, 3]}", context));
    assertTrue(found("{\"source\": \"Civil Code art. 278…\"}", context));
    assertFalse(found("{\"id\": \"x\", \"n\": 61}", context));
    assertFalse(found("{\"list\": [3, 1]}", context));
    assertFalse(found("{\"source\": \"Civil Code art. 279…\"}", context));
    assertFalse(found("{\"missing\": null}", context));
  }

  private static boolean found(String excerpt, JsonNode context) throws Exception {
    return ReadmeJsonBlocks.foundIn(ReadmeJsonBlocks.excerpt(excerpt), context);
  }
}
