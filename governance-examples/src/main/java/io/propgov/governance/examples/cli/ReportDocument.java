package io.propgov.governance.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.area.Result;
import io.propgov.governance.engine.EstateReport;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.engine.UnitReport;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.layer.ResolvedPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The JSON report of an evaluation: the decisions, the inputs they were made from (so that the
 * report can be checked on its own), and a receipt of hashes over both. {@code evaluate} writes
 * it and {@code verify} rebuilds its decisions from its inputs.
 */
final class ReportDocument {

  /** Reads decimals exactly, so that a report's numbers hash as written. */
  static final ObjectMapper MAPPER = JsonMapper.builder(io.propgov.governance.json.InputLimits.jsonFactory())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();
  /** The canonical form the receipt's hashes are taken over. */
  static final String CANONICALIZATION = "propgov canonical JSON 1 (README, Canonical JSON)";
  /** What a receipt's signature is over. */
  static final String SIGNED = "the UTF-8 canonical JSON of this whole report without /receipt/signature";
  /** The version of the SDK that made a report, filtered in from the build. */
  static final String SDK_VERSION = sdkVersion();

  private ReportDocument() {}

  /**
   * The decisions part: each estate's whole-estate assessment, the tree's reports or errors when there is a tree, and
   * the credit and arrears assessments when the facts hold companies or households, the
   * subsidies, allocations and cost splits when they hold applications or cost shares, and the
   * work-order assessment when they hold orders.
   */
  static ObjectNode decisions(GovernanceJson json, GovernanceEngine engine, Facts input, LocalDate date,
      Locale locale) {
    return decisions(json, engine, EstateLocalFacts.whole(input), date, locale);
  }

  /** The decisions for facts some of whose estates the reader refused: those estates are rejected alone. */
  static ObjectNode decisions(GovernanceJson json, GovernanceEngine engine, EstateLocalFacts read, LocalDate date,
      Locale locale) {
    Facts input = read.facts();
    return decisions(json, engine, read.merge(engine.assessEstates(input.governance(), date)),
        EvaluateCommand.Tree.judge(engine, input, date).without(read), CreditReport.judge(engine, input, date),
        SubsidyPart.judge(engine, input, date), HandoverPart.judge(engine, input, date),
        WorkOrderPart.judge(engine, input, date), date, locale);
  }

  /** The decisions already judged (the estates merged with the refused ones, the tree without them), as JSON. */
  static ObjectNode decisions(GovernanceJson json, GovernanceEngine engine, List<Result<EstateReport>> results,
      EvaluateCommand.Tree tree, CreditReport credit, SubsidyPart subsidies, HandoverPart handover,
      WorkOrderPart orders, LocalDate date,
      Locale locale) {
    ObjectNode doc = (ObjectNode) read(json.writeEstateReports(results, engine.policy(), date, locale));
    if (!tree.reports().isEmpty() || !tree.errors().isEmpty()) {
      ArrayNode reports = doc.putArray("reports");
      for (Decision<UnitReport> report : tree.reports()) {
        reports.add(read(json.writeReport(report, locale)));
      }
      doc.set("treeErrors", read(json.writeErrors(tree.errors())).path("errors"));
    }
    if (!tree.owners().isEmpty()) {
      java.util.Map<String, Decision<io.propgov.governance.owners.OwnersCoverage>> roots =
          new java.util.LinkedHashMap<>();
      tree.owners().forEach(o -> roots.put(o.value().unitId(), o));
      doc.set("ownersCoverage", read(json.writeOwnersCoverage(roots, engine.policy(), date, locale)).path("units"));
    }
    try {
      credit.addTo(doc, json, engine, date, locale, MAPPER);
      subsidies.addTo(doc, MAPPER, json, engine, date, locale);
      handover.addTo(doc, MAPPER, json, engine, date, locale);
      orders.addTo(doc, json, locale, MAPPER);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("governance-json wrote invalid JSON", e);
    }
    return doc;
  }

  /**
   * The whole report: the decisions (each naming its policy by id, version and content hash),
   * then {@code inputs} and the {@code receipt} over both, signed when a key is given.
   */
  static ObjectNode withReceipt(GovernanceJson json, ObjectNode decisions, ResolvedPolicy policy, Facts input,
      Options.AsOf asOf, String lang, PrivateKey signer) {
    return withReceipt(json, decisions, policy, EstateLocalFacts.whole(input), asOf, lang, signer);
  }

  /** As above, for facts some of whose estates were refused: the inputs keep those estates as given. */
  static ObjectNode withReceipt(GovernanceJson json, ObjectNode decisions, ResolvedPolicy policy, EstateLocalFacts input,
      Options.AsOf asOf, String lang, PrivateKey signer) {
    // The decisions name the policy's hash already: a policy read by governance-json carries it.
    String policyHash = json.policyHash(policy);
    ObjectNode doc = decisions.deepCopy();
    ObjectNode inputs = doc.putObject("inputs");
    inputs.set("policy", read(json.writePolicy(policy.policy())));
    inputs.set("resolution", read(json.writeResolution(policy)));
    inputs.set("facts", input.document(json));
    inputs.put("asOf", asOf.date().toString());
    if (asOf.zone() != null) {
      inputs.put("asOfZone", asOf.zone().getId());
    }
    inputs.put("lang", lang);
    ObjectNode receipt = doc.putObject("receipt");
    receipt.put("algorithm", "SHA-256");
    receipt.put("canonicalization", CANONICALIZATION);
    receipt.put("sdkVersion", SDK_VERSION);
    ObjectNode ref = receipt.putObject("policy").put("id", policy.policy().id())
        .put("version", policy.policy().version()).put("hash", policyHash);
    policy.levels().forEach(level -> ref.withArray("levels").add(level.toString()));
    receipt.put("asOf", asOf.date().toString());
    if (asOf.zone() != null) {
      receipt.put("asOfZone", asOf.zone().getId());
    }
    receipt.put("inputsHash", json.hash(inputs.toString()));
    receipt.put("decisionHash", json.hash(decisions.toString()));
    receipt.put("hash", json.hash(receipt.toString()));
    if (signer != null) {
      String signature = Signing.sign(signer, json.canonical(doc.toString()));
      receipt.putObject("signature").put("algorithm", Signing.ALGORITHM).put("signs", SIGNED)
          .put("value", signature);
    }
    return doc;
  }

  /** The hash that names a policy given as a report's inputs: of its flat form and its resolution. */
  static String policyHash(GovernanceJson json, JsonNode inputs) {
    if (!inputs.has("resolution")) {
      return json.hash(inputs.path("policy").toString()); // a receipt from before levels were recorded
    }
    ObjectNode identity = MAPPER.createObjectNode();
    identity.set("policy", inputs.get("policy"));
    identity.set("resolution", inputs.get("resolution"));
    return json.hash(identity.toString());
  }

  /** The decisions part of a report: everything but {@code inputs} and {@code receipt}. */
  static ObjectNode decisionsOf(JsonNode report) {
    ObjectNode copy = ((ObjectNode) report).deepCopy();
    copy.remove(List.of("inputs", "receipt"));
    return copy;
  }

  static JsonNode read(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("governance-json wrote invalid JSON", e);
    }
  }

  private static String sdkVersion() {
    Properties properties = new Properties();
    try (InputStream in = ReportDocument.class.getResourceAsStream("sdk.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }
}
