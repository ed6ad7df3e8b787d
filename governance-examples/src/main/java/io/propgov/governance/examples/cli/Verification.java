package io.propgov.governance.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InvalidInputException;
import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.policy.GovernancePolicy;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * Checks a report against its receipt: the receipt's own hash, the hashes of the inputs, the
 * policy and the decisions, and then the decisions rebuilt from the inputs, compared bit for bit
 * in canonical form.
 *
 * @param verified whether every check passed
 * @param lines what was checked and, on failure, what differs (the first difference as a JSON Pointer)
 */
record Verification(boolean verified, List<String> lines) {

  static Verification of(GovernanceJson json, JsonNode report) {
    List<String> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    JsonNode receipt = report.path("receipt");
    JsonNode inputs = report.path("inputs");
    if (!receipt.isObject() || !inputs.isObject()) {
      return new Verification(false, List.of("not a report with a receipt: it needs \"inputs\" and \"receipt\""
          + " (write one with evaluate --format json)"));
    }
    ObjectNode unsigned = ((ObjectNode) receipt).deepCopy();
    unsigned.remove("hash");
    check(problems, json.hash(unsigned.toString()), receipt.path("hash").asText(), "/receipt/hash",
        "the receipt itself was changed after it was issued");
    check(problems, json.hash(inputs.toString()), receipt.path("inputsHash").asText(), "/receipt/inputsHash",
        "the inputs are not those the receipt was issued for");
    check(problems, json.hash(inputs.path("policy").toString()), receipt.path("policy").path("hash").asText(),
        "/receipt/policy/hash", "the policy is not the one the receipt was issued for");
    ObjectNode decisions = ReportDocument.decisionsOf(report);
    check(problems, json.hash(decisions.toString()), receipt.path("decisionHash").asText(), "/receipt/decisionHash",
        "the decisions are not those the receipt was issued for");
    if (!ReportDocument.SDK_VERSION.equals(receipt.path("sdkVersion").asText())) {
      notes.add("note: issued by SDK " + receipt.path("sdkVersion").asText() + ", checked with " + ReportDocument.SDK_VERSION);
    }
    try {
      GovernancePolicy policy = json.readPolicy(inputs.path("policy").toString());
      Facts facts = json.readFacts(inputs.path("facts").toString());
      LocalDate asOf = LocalDate.parse(inputs.path("asOf").asText());
      ObjectNode again = ReportDocument.decisions(json, GovernanceEngine.create(policy), facts, asOf,
          Options.locale(inputs.path("lang").asText("en")));
      String difference = firstDifference(decisions, again, "");
      if (difference != null) {
        problems.add("re-evaluating the inputs does not reproduce the decisions: " + difference);
      }
    } catch (InvalidInputException e) {
      problems.add("the inputs cannot be re-evaluated: " + e.getMessage());
    } catch (DateTimeParseException | GovernanceCli.UsageError e) {
      problems.add("/inputs: " + e.getMessage());
    }
    List<String> lines = new ArrayList<>(notes);
    if (problems.isEmpty()) {
      lines.add(0, "verified: re-evaluating the inputs reproduces the decisions bit for bit (receipt "
          + receipt.path("hash").asText() + ")");
    } else {
      lines.add(0, "NOT verified:");
      problems.forEach(p -> lines.add("  " + p));
    }
    return new Verification(problems.isEmpty(), lines);
  }

  private static void check(List<String> problems, String actual, String expected, String pointer, String meaning) {
    if (!actual.equals(expected)) {
      problems.add(pointer + ": " + meaning + " (expected " + expected + ", computed " + actual + ")");
    }
  }

  /** The first place two documents differ, in canonical (sorted-key) order, or null when they are equal. */
  static String firstDifference(JsonNode a, JsonNode b, String pointer) {
    if (a.isObject() && b.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      a.fieldNames().forEachRemaining(names::add);
      for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      for (String name : names) {
        String at = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
        if (!a.has(name) || !b.has(name)) {
          return at + ": " + (a.has(name) ? "only in the report" : "only in the re-evaluation");
        }
        String d = firstDifference(a.get(name), b.get(name), at);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (a.isArray() && b.isArray()) {
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        String d = firstDifference(a.get(i), b.get(i), pointer + "/" + i);
        if (d != null) {
          return d;
        }
      }
      return a.size() == b.size() ? null : pointer + ": " + a.size() + " items in the report, " + b.size()
          + " in the re-evaluation";
    }
    boolean same = a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) == 0 : a.equals(b);
    return same ? null : (pointer.isEmpty() ? "/" : pointer) + ": the report has " + a + ", the re-evaluation gives " + b;
  }
}
