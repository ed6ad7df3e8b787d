package io.propgov.governance.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InvalidInputException;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.policy.GovernancePolicy;
import java.security.PublicKey;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Checks a report against its receipt: the receipt's own hash, the hashes of the inputs, the
 * policy and the decisions, the signature when there is one, and then the decisions rebuilt from
 * the inputs, compared bit for bit in canonical form. A report made by another SDK version is
 * checked against its hashes only: the rules it was made with may differ from these.
 *
 * @param verified whether every check passed
 * @param lines what was checked and what it shows, and on failure what differs (the first
 *     difference as a JSON Pointer)
 */
record Verification(boolean verified, List<String> lines) {

  /** What the hashes alone cannot show, said whenever no key was given. */
  static final String INTEGRITY_ONLY = "integrity, not origin: the hashes show the report is whole and"
      + " self-consistent, but anyone can recompute them, so they do not show who made it; sign a report with"
      + " evaluate --sign KEY and check it with verify --key PUB";

  static Verification of(GovernanceJson json, JsonNode report) {
    return of(json, report, null, null);
  }

  /**
   * Verifies a report.
   *
   * @param key the public key to check the signature with, or null
   * @param keyName how to name the key in the output (its file), or null
   * @throws GovernanceCli.UsageError when the report lacks a part the checks need or holds a
   *     number too large to check, naming the field
   */
  static Verification of(GovernanceJson json, JsonNode report, PublicKey key, String keyName) {
    Parts parts = Parts.of(json, report);
    JsonNode receipt = parts.receipt();
    JsonNode inputs = parts.inputs();
    List<String> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    ObjectNode unsigned = ((ObjectNode) receipt).deepCopy();
    unsigned.remove(List.of("hash", "signature"));
    check(problems, json.hash(unsigned.toString()), receipt.path("hash").asText(), "/receipt/hash",
        "the receipt itself was changed after it was issued");
    check(problems, json.hash(inputs.toString()), receipt.path("inputsHash").asText(), "/receipt/inputsHash",
        "the inputs are not those the receipt was issued for");
    String policyHash = ReportDocument.policyHash(json, inputs);
    check(problems, policyHash, receipt.path("policy").path("hash").asText(), "/receipt/policy/hash",
        "the policy is not the one the receipt was issued for");
    ObjectNode decisions = ReportDocument.decisionsOf(report);
    check(problems, json.hash(decisions.toString()), receipt.path("decisionHash").asText(), "/receipt/decisionHash",
        "the decisions are not those the receipt was issued for");
    agree(problems, receipt.path("asOf"), inputs.path("asOf"), "/receipt/asOf", "/inputs/asOf");
    agree(problems, receipt.path("policy").path("id"), inputs.path("policy").path("id"), "/receipt/policy/id",
        "/inputs/policy/id");
    agree(problems, receipt.path("policy").path("version"), inputs.path("policy").path("version"),
        "/receipt/policy/version", "/inputs/policy/version");
    if (inputs.has("resolution")) {
      ArrayNode levels = ReportDocument.MAPPER.createArrayNode();
      inputs.path("resolution").path("levels").forEach(l -> levels.add(l.path("id").asText() + "@"
          + l.path("version").asText()));
      agree(problems, receipt.path("policy").path("levels"), levels, "/receipt/policy/levels",
          "/inputs/resolution/levels");
    }
    signature(json, report, key, keyName, problems, notes);
    String issuedBy = receipt.path("sdkVersion").asText();
    boolean sameVersion = ReportDocument.SDK_VERSION.equals(issuedBy);
    if (sameVersion) {
      reEvaluate(json, parts, decisions, policyHash, problems);
    } else {
      notes.add("not re-evaluated: the report was made by SDK " + issuedBy + " and this is SDK "
          + ReportDocument.SDK_VERSION + ", whose rules may differ; re-evaluating with the current rules could"
          + " neither confirm nor refute its decisions, so only the hashes were checked");
    }
    List<String> lines = new ArrayList<>();
    if (problems.isEmpty()) {
      lines.add((sameVersion ? "verified: the hashes match and re-evaluating the inputs reproduces the decisions"
          + " bit for bit" : "verified against the hashes: the report is as SDK " + issuedBy + " issued it")
          + " (receipt " + receipt.path("hash").asText() + ")");
    } else {
      lines.add("NOT verified:");
      problems.forEach(p -> lines.add("  " + p));
    }
    lines.add("policy: " + receipt.path("policy").path("id").asText() + "@" + receipt.path("policy").path("version")
        .asText() + ", content sha256 " + receipt.path("policy").path("hash").asText()
        + (receipt.path("policy").has("levels") ? ", through " + String.join(" > ",
            texts(receipt.path("policy").path("levels"))) : ""));
    lines.add("as of " + inputs.path("asOf").asText() + (inputs.has("asOfZone") ? " (today in "
        + inputs.path("asOfZone").asText() + " when the report was made)" : ""));
    lines.addAll(notes);
    if (key == null) {
      lines.add(INTEGRITY_ONLY);
    }
    return new Verification(problems.isEmpty(), lines);
  }

  private static List<String> texts(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.forEach(n -> list.add(n.asText()));
    return list;
  }

  /** Checks the signature when there is one and a key to check it with. */
  private static void signature(GovernanceJson json, JsonNode report, PublicKey key, String keyName,
      List<String> problems, List<String> notes) {
    JsonNode signature = report.path("receipt").path("signature");
    if (signature.isMissingNode()) {
      if (key != null) {
        problems.add("/receipt/signature: the report is not signed, so the key " + keyName
            + " cannot confirm who issued it");
      }
      return;
    }
    if (key == null) {
      notes.add("the report carries an " + signature.path("algorithm").asText() + " signature, not checked:"
          + " give verify --key PUB to check who signed it");
      return;
    }
    if (!Signing.ALGORITHM.equals(signature.path("algorithm").asText())) {
      problems.add("/receipt/signature/algorithm: " + Signing.ALGORITHM + " expected, the report has "
          + signature.path("algorithm"));
      return;
    }
    ObjectNode unsigned = ((ObjectNode) report).deepCopy();
    ((ObjectNode) unsigned.get("receipt")).remove("signature");
    if (!Signing.verify(key, json.canonical(unsigned.toString()), signature.path("value").asText())) {
      problems.add("/receipt/signature: the signature does not verify with the key " + keyName + ": the report was"
          + " changed after it was signed, or it was signed with another key");
      return;
    }
    notes.add("signature: a valid " + Signing.ALGORITHM + " signature by the key " + keyName + " over the whole"
        + " report: it was issued by the holder of the matching private key and has not changed since");
  }

  /** Rebuilds the decisions from the inputs with this SDK's rules and compares them. */
  private static void reEvaluate(GovernanceJson json, Parts parts, ObjectNode decisions, String policyHash,
      List<String> problems) {
    JsonNode inputs = parts.inputs();
    if (parts.unreadable() != null) {
      problems.add("the inputs cannot be re-evaluated: " + parts.unreadable());
      return;
    }
    try {
      // The policy is kept flat in the inputs, so it is read as a policy of its own: it takes the
      // hash of the levels it was resolved through, which the receipt binds.
      GovernancePolicy policy = json.readPolicy(inputs.path("policy").toString())
          .withContentHash(inputs.has("resolution") ? policyHash : null);
      EstateLocalFacts facts = EstateLocalFacts.read(json, inputs.path("facts").toString());
      ObjectNode again = ReportDocument.decisions(json, GovernanceEngine.create(policy), facts, parts.asOf(),
          parts.locale());
      String difference = firstDifference(decisions, again, "");
      if (difference != null) {
        problems.add("re-evaluating the inputs does not reproduce the decisions: " + difference);
      }
    } catch (InvalidInputException e) {
      problems.add("the inputs cannot be re-evaluated: " + e.getMessage());
    }
  }

  /** Two places of a report that must hold the same value. */
  private static void agree(List<String> problems, JsonNode a, JsonNode b, String at, String other) {
    if (!a.equals(b)) {
      problems.add(at + ": " + a + " does not match " + other + " " + b);
    }
  }

  /** The parts of a report the checks need, each checked for presence and form. */
  private record Parts(JsonNode receipt, JsonNode inputs, LocalDate asOf, Locale locale, String unreadable) {

    static Parts of(GovernanceJson json, JsonNode report) {
      if (report == null || !report.isObject()) {
        throw new GovernanceCli.UsageError("/: not a report: a report is a JSON object written by evaluate --format json");
      }
      JsonNode receipt = object(report, "receipt", "/receipt", "the receipt of hashes");
      JsonNode inputs = object(report, "inputs", "/inputs", "the inputs the decisions were made from");
      object(inputs, "policy", "/inputs/policy", "the policy the decisions were made under");
      object(inputs, "facts", "/inputs/facts", "the facts the decisions were made from");
      for (String field : List.of("hash", "inputsHash", "decisionHash", "sdkVersion")) {
        text(receipt, field, "/receipt/" + field);
      }
      text(object(receipt, "policy", "/receipt/policy", "the policy's id, version and hash"), "hash",
          "/receipt/policy/hash");
      // A date or language that no longer reads is a changed input, which the hashes report; it only
      // keeps the inputs from being re-evaluated.
      String asOfText = text(inputs, "asOf", "/inputs/asOf");
      String unreadable = null;
      LocalDate asOf = null;
      try {
        asOf = LocalDate.parse(asOfText);
      } catch (DateTimeParseException e) {
        unreadable = "/inputs/asOf: must be a date YYYY-MM-DD, was " + inputs.get("asOf");
      }
      Locale locale = null;
      try {
        locale = Options.locale(inputs.path("lang").asText("en"));
      } catch (GovernanceCli.UsageError e) {
        unreadable = "/inputs/lang: must be en or zh, was " + inputs.get("lang");
      }
      try {
        json.canonical(report.toString()); // a number too large to check stops here, named
      } catch (IllegalArgumentException e) {
        throw new GovernanceCli.UsageError("cannot check the report: " + e.getMessage());
      }
      return new Parts(receipt, inputs, asOf, locale, unreadable);
    }

    private static JsonNode object(JsonNode parent, String name, String pointer, String what) {
      JsonNode node = parent.get(name);
      if (node == null || !node.isObject()) {
        throw new GovernanceCli.UsageError(pointer + ": " + (node == null ? "missing" : "not an object") + "; a report"
            + " from evaluate --format json carries " + what + " there, and without it nothing can be checked");
      }
      return node;
    }

    private static String text(JsonNode parent, String name, String pointer) {
      JsonNode node = parent.get(name);
      if (node == null || !node.isTextual()) {
        throw new GovernanceCli.UsageError(pointer + ": " + (node == null ? "missing" : "not a string")
            + "; a receipt from evaluate --format json has it");
      }
      return node.textValue();
    }
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
