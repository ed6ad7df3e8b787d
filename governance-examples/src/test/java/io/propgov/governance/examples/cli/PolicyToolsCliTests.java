package io.propgov.governance.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.examples.cli.GovernanceCliTests.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** diff, verify and test --coverage from the command line, on the shipped presets and sample data. */
class PolicyToolsCliTests {

  @TempDir
  Path dir;

  private static Run run(String... args) {
    return GovernanceCliTests.run(args);
  }

  @Test
  void diffNamesTheRoundThatFlipsAndTheRuleBehindIt() {
    Run run = run("diff", "--policy", "wuhan-4", "--policy-b", "policies/wuhan-jiangan.json");
    assertEquals(0, run.code(), run.err());
    run.assertOutContains("HD-CT-0042  satisfaction.assessment[#1]/satisfaction.round[2024-Q2]",
        "satisfaction.pass-line  MET -> NOT_MET: 1");
  }

  @Test
  void diffWritesJsonAndAPolicyWithItselfIsEmpty() {
    Run run = run("diff", "--policy", "cn-default", "--policy-b", "cn-default", "--json");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().replace(" ", "").contains("\"changes\":[]"), run.out());
  }

  @Test
  void aReportFromEvaluateVerifiesAndAnEditedOneDoesNot() throws IOException {
    Run evaluate = run("evaluate", "--format", "json");
    Path report = dir.resolve("report.json");
    Files.writeString(report, evaluate.out());
    Run verify = run("verify", report.toString());
    assertEquals(0, verify.code(), verify.out() + verify.err());
    assertTrue(verify.out().startsWith("verified"), verify.out());

    Files.writeString(report, evaluate.out().replace("\"DISMISSAL_MAY_START\"", "\"SATISFACTORY\""));
    Run tampered = run("verify", report.toString());
    assertEquals(1, tampered.code());
    assertTrue(tampered.out().contains("/decision/estate/status"), tampered.out());
  }

  @Test
  void verifyRejectsAFileWithoutAReceipt() throws IOException {
    Path file = Files.writeString(dir.resolve("x.json"), "{\"results\": []}");
    assertEquals(2, run("verify", file.toString()).code());
  }

  @Test
  void coverageListsRulesExercisedAndUnreached() {
    Run run = run("test", "--coverage", "scenarios/satisfaction");
    assertEquals(0, run.code(), run.out());
    run.assertOutContains("satisfaction.pass-line", "Not reached by any scenario",
        "satisfaction.invalid-rounds.reset");
  }
}
