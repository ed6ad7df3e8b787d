package io.propgov.governance.examples.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of running one scenario file.
 *
 * @param file the scenario file, never null
 * @param name the scenario's name (the file name when it could not be read), never null
 * @param differences one line per expected field that the actual decisions do not match;
 *     or the problem that kept the scenario from running; empty when it passed
 * @since 0.1.0
 */
public record ScenarioResult(Path file, String name, List<String> differences) {

  /** Copies the differences. */
  public ScenarioResult {
    differences = List.copyOf(differences);
  }

  /** Returns whether the scenario passed. @return true when nothing differed */
  public boolean passed() {
    return differences.isEmpty();
  }
}
