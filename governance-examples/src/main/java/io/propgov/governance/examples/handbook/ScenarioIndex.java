package io.propgov.governance.examples.handbook;

import com.fasterxml.jackson.databind.JsonNode;
import io.propgov.governance.engine.RuleIds;
import io.propgov.governance.examples.scenario.Coverage;
import io.propgov.governance.examples.scenario.Scenario;
import io.propgov.governance.examples.scenario.ScenarioRunner;
import io.propgov.governance.json.GovernanceJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which scenarios reach each rule: every scenario under a folder run once, the rules each one's
 * decisions show found as the coverage report finds them ({@link Coverage}).
 */
public final class ScenarioIndex {

  /**
   * A scenario that reached a rule.
   *
   * @param path its file, with forward slashes, never null
   * @param name its name, never null
   */
  public record Entry(String path, String name) {}

  private final int count;
  private final Map<String, List<Entry>> byRule;

  private ScenarioIndex(int count, Map<String, List<Entry>> byRule) {
    this.count = count;
    this.byRule = byRule;
  }

  /**
   * Returns the index of no scenarios.
   *
   * @return the empty index, never null
   */
  public static ScenarioIndex none() {
    return new ScenarioIndex(0, Map.of());
  }

  /**
   * Runs every scenario under a folder and records the rules each reaches. A scenario that cannot be
   * read or run reaches nothing (the {@code test} command reports it).
   *
   * @param json the reader the scenarios' policies and facts are read with, not null
   * @param folder the scenario folder, not null
   * @return the index, never null
   * @throws IOException if the folder cannot be listed
   */
  public static ScenarioIndex run(GovernanceJson json, Path folder) throws IOException {
    List<Path> files = ScenarioRunner.discover(List.of(folder));
    ScenarioRunner runner = new ScenarioRunner(json);
    Map<String, List<Entry>> byRule = new TreeMap<>();
    List<String> rules = RuleIds.all();
    for (Path file : files) {
      Scenario scenario;
      JsonNode actual;
      try {
        scenario = ScenarioRunner.read(file);
        actual = runner.actual(scenario);
      } catch (IOException | RuntimeException | StackOverflowError e) {
        continue;
      }
      Coverage coverage = new Coverage();
      coverage.add(actual, null);
      Entry entry = new Entry(file.toString().replace('\\', '/'), scenario.name());
      for (String rule : rules) {
        if (!coverage.exercised(rule).isEmpty()) {
          byRule.computeIfAbsent(rule, k -> new ArrayList<>()).add(entry);
        }
      }
    }
    return new ScenarioIndex(files.size(), byRule);
  }

  /**
   * Returns how many scenario files were run.
   *
   * @return the count
   */
  public int count() {
    return count;
  }

  /**
   * Returns the scenarios that reached a rule, in path order.
   *
   * @param rule the rule id, not null
   * @return the scenarios, empty when none, never null
   */
  public List<Entry> reaching(String rule) {
    return byRule.getOrDefault(rule, List.of());
  }
}
