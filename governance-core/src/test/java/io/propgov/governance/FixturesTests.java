package io.propgov.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.policy.ParameterValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps the Java fixture in step with the JSON preset it mirrors. */
class FixturesTests {

  private static final Path PRESET = Path.of(
      "../governance-examples/src/main/resources/io/propgov/governance/examples/presets/cn-default.json");
  private static final Pattern PARAMETER = Pattern.compile("\"([a-z0-9-]+\\.[a-z0-9.-]+)\": \\[");
  private static final Pattern ENTRY = Pattern.compile(
      "\"effectiveFrom\": \"([0-9-]+)\".*?\"source\": \\{ \"en\": \"((?:[^\"\\\\]|\\\\.)*)\", \"zh\": \"([^\"]*)\" }",
      Pattern.DOTALL);

  @Test
  void fixtureHasTheParametersDatesAndSourcesOfTheJsonPreset() throws IOException {
    assumeTrue(Files.exists(PRESET), "the preset lives in governance-examples");
    String json = Files.readString(PRESET, StandardCharsets.UTF_8);
    List<String> expected = new ArrayList<>();
    Matcher parameter = PARAMETER.matcher(json);
    List<Integer> starts = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    while (parameter.find()) {
      starts.add(parameter.end());
      ids.add(parameter.group(1));
    }
    starts.add(json.length());
    for (int i = 0; i < ids.size(); i++) {
      Matcher entry = ENTRY.matcher(json.substring(starts.get(i), starts.get(i + 1)));
      while (entry.find()) {
        expected.add(ids.get(i) + " " + entry.group(1) + " " + entry.group(2).replace("\\\"", "\"") + " | "
            + entry.group(3));
      }
    }
    List<String> actual = new ArrayList<>();
    for (String id : ids) {
      ParameterKey<?> key = GovernanceEngine.parameters().stream().filter(k -> k.id().equals(id)).findFirst()
          .orElseThrow(() -> new AssertionError("the engine reads no parameter " + id));
      for (ParameterValue<?> v : Fixtures.CN_DEFAULT.timeline(key).orElseThrow().values()) {
        actual.add(id + " " + v.effectiveFrom() + " " + v.source().en() + " | " + v.source().zh());
      }
    }
    assertEquals(expected, actual);
    assertEquals(GovernanceEngine.parameters().size(), ids.size());
  }
}
