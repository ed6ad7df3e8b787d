package io.propgov.governance.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.propgov.governance.json.GovernanceJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verify}: checks a report's receipt and signature and re-evaluates its inputs. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = {"Check a report written by evaluate --format json: its receipt's hashes, its signature with --key,"
        + " then re-evaluate its inputs and confirm the decisions are reproduced bit for bit, or show the first"
        + " difference. Without --key the check shows integrity, not origin: who made the report is not checked."
        + " A report made by another SDK version is checked against its hashes only.",
        "Exit 0 when verified, 1 when not, 2 when the file is not a report or lacks a part of one."})
final class VerifyCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "REPORT", description = "A report with its receipt (evaluate --format json).")
  private Path file;

  @Option(names = "--key", paramLabel = "PUB",
      description = "An Ed25519 public key (X.509 PEM, -----BEGIN PUBLIC KEY-----) to check the report's signature"
          + " with: the report must be signed by the matching private key (evaluate --sign).")
  private Path key;

  @Override
  public Integer call() throws IOException {
    PublicKey publicKey = key == null ? null : Signing.publicKey(key, "--key");
    JsonNode report;
    try {
      report = ReportDocument.MAPPER.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      throw new GovernanceCli.UsageError(file + " is not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new GovernanceCli.UsageError("cannot read " + file + ": " + e.getMessage());
    }
    if (report == null || !report.has("receipt")) {
      throw new GovernanceCli.UsageError(file + ": /receipt: missing; write a report with evaluate --format json");
    }
    Verification verification = Verification.of(GovernanceJson.create(), report, publicKey,
        key == null ? null : key.toString());
    PrintWriter out = spec.commandLine().getOut();
    verification.lines().forEach(out::println);
    return verification.verified() ? 0 : GovernanceCli.FAILED;
  }
}
