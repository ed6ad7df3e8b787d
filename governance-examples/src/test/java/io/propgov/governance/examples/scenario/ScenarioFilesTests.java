package io.propgov.governance.examples.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.json.GovernanceJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every scenario file under {@code scenarios/}: adding a file adds a test. */
class ScenarioFilesTests {

  private static final Path SCENARIOS = Path.of("scenarios");

  @TestFactory
  Stream<DynamicTest> everyScenarioFilePasses() throws IOException {
    List<Path> files = ScenarioRunner.discover(List.of(SCENARIOS));
    assertFalse(files.isEmpty(), "no scenario files under " + SCENARIOS.toAbsolutePath());
    ScenarioRunner runner = new ScenarioRunner(GovernanceJson.create());
    return files.stream().map(file -> DynamicTest.dynamicTest(SCENARIOS.relativize(file).toString(), file.toUri(),
        () -> {
          ScenarioResult result = runner.run(file);
          assertTrue(result.passed(), () -> result.name() + ":\n  " + String.join("\n  ", result.differences()));
        }));
  }
}
