package io.propgov.governance.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** diff, verify and test --coverage from the command line, on the shipped presets and sample data. */
class PolicyToolsCliTests {

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovernanceCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void diffNamesTheRoundThatFlipsAndTheRuleBehindIt() {
    Run run = run("diff", "--policy", "wuhan-4", "--policy-b", "policies/wuhan-jiangan.json");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("HD-CT-0042  satisfaction.assessment[#1]/satisfaction.round[2024-Q2]"), run.out());
    assertTrue(run.out().contains("satisfaction.pass-line  MET -> NOT_MET: 1"), run.out());
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
    assertTrue(run.out().contains("satisfaction.pass-line"), run.out());
    assertTrue(run.out().contains("Not reached by any scenario"), run.out());
    assertTrue(run.out().contains("satisfaction.invalid-rounds.reset"), run.out());
  }
}
