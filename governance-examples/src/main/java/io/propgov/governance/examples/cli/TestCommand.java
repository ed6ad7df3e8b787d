package io.propgov.governance.examples.cli;

import io.propgov.governance.examples.scenario.Coverage;
import io.propgov.governance.examples.scenario.Scenario;
import io.propgov.governance.examples.scenario.ScenarioResult;
import io.propgov.governance.examples.scenario.ScenarioRunner;
import io.propgov.governance.json.GovernanceJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code test}: runs scenario files and folders, prints pass or fail with differences. */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = {"Run scenario files (or every .json file below a folder) and compare the decisions with those expected.",
        "Exit 0 when all pass, 1 when any fails."})
final class TestCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Scenario files or folders.")
  private List<Path> paths;

  @picocli.CommandLine.Option(names = "--coverage",
      description = "Also report which rules the scenarios exercised, with which outcomes, and which none reaches.")
  private boolean coverage;

  @picocli.CommandLine.Mixin
  private LangOption lang;

  @Override
  public Integer call() throws IOException {
    List<Path> files;
    try {
      files = ScenarioRunner.discover(paths);
    } catch (IllegalArgumentException e) {
      throw new GovernanceCli.UsageError(e.getMessage());
    }
    if (files.isEmpty()) {
      throw new GovernanceCli.UsageError("no scenario files (*.json) under " + paths);
    }
    ScenarioRunner runner = new ScenarioRunner(GovernanceJson.create());
    PrintWriter out = spec.commandLine().getOut();
    // A scenario's name is the policy team's English; in Chinese its file stands for it.
    boolean zh = "zh".equals(lang.locale().getLanguage());
    int passed = 0;
    int failed = 0;
    for (Path file : files) {
      ScenarioResult result = run(runner, file);
      if (result.passed()) {
        passed++;
        out.println(zh ? "通过  " + file : "PASS  " + result.name() + "  (" + file + ")");
      } else {
        failed++;
        out.println(zh ? "未通过  " + file : "FAIL  " + result.name() + "  (" + file + ")");
        result.differences().forEach(d -> out.println("      " + d));
      }
    }
    out.println(zh ? "通过 " + passed + " 个，未通过 " + failed + " 个" : passed + " passed, " + failed + " failed");
    if (coverage) {
      out.println();
      out.print(coverage(runner, files).text());
    }
    return failed == 0 ? 0 : GovernanceCli.FAILED;
  }

  /** Runs one scenario; whatever breaks it is its own failure, and the rest still run. */
  private static ScenarioResult run(ScenarioRunner runner, Path file) {
    try {
      return runner.run(file);
    } catch (RuntimeException | StackOverflowError e) {
      return new ScenarioResult(file, file.getFileName().toString(), List.of("cannot run: " + e));
    }
  }

  private static Coverage coverage(ScenarioRunner runner, List<Path> files) {
    Coverage coverage = new Coverage();
    for (Path file : files) {
      try {
        Scenario scenario = ScenarioRunner.read(file);
        coverage.add(runner.actual(scenario), runner.policy(scenario).orElse(null));
      } catch (IOException | RuntimeException | StackOverflowError e) {
        // a scenario that cannot be read or run was reported as failed above; it exercises nothing
      }
    }
    return coverage;
  }
}
