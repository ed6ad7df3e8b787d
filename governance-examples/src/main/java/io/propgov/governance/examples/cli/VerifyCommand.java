package io.propgov.governance.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.propgov.governance.json.GovernanceJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verify}: re-evaluates a report's inputs and checks its receipt. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = {"Check a report written by evaluate --format json: its receipt's hashes, then re-evaluate its"
        + " inputs and confirm the decisions are reproduced bit for bit, or show the first difference.",
        "Exit 0 when verified, 1 when not, 2 when the file is not a report."})
final class VerifyCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "REPORT", description = "A report with its receipt (evaluate --format json).")
  private Path file;

  @Override
  public Integer call() throws IOException {
    JsonNode report;
    try {
      report = ReportDocument.MAPPER.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      throw new GovernanceCli.UsageError(file + " is not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new GovernanceCli.UsageError("cannot read " + file + ": " + e.getMessage());
    }
    if (report == null || !report.has("receipt")) {
      throw new GovernanceCli.UsageError(file + " has no receipt; write a report with evaluate --format json");
    }
    Verification verification = Verification.of(GovernanceJson.create(), report);
    PrintWriter out = spec.commandLine().getOut();
    verification.lines().forEach(out::println);
    return verification.verified() ? 0 : GovernanceCli.FAILED;
  }
}
