package io.propgov.governance.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.engine.EstateReportResult;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.engine.UnitReport;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.policy.GovernancePolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
  /** The version of the SDK that made a report, filtered in from the build. */
  static final String SDK_VERSION = sdkVersion();

  private ReportDocument() {}

  /**
   * The decisions part: each estate's whole-estate assessment, the tree's reports or errors when there is a tree, and
   * the credit and arrears assessments when the facts hold companies or households, and the
   * subsidies, allocations and cost splits when they hold applications or cost shares.
   */
  static ObjectNode decisions(GovernanceJson json, GovernanceEngine engine, Facts input, LocalDate date,
      Locale locale) {
    List<EstateReportResult> results = engine.assessEstates(input.governance(), date);
    EvaluateCommand.Tree tree = EvaluateCommand.Tree.judge(engine, input, date);
    ObjectNode doc = (ObjectNode) read(json.writeEstateReports(results, engine.policy(), date, locale));
    if (!tree.reports().isEmpty() || !tree.errors().isEmpty()) {
      ArrayNode reports = doc.putArray("reports");
      for (Decision<UnitReport> report : tree.reports()) {
        reports.add(read(json.writeReport(report, locale)));
      }
      doc.set("treeErrors", read(json.writeErrors(tree.errors())).path("errors"));
    }
    try {
      CreditReport.judge(engine, input, date).addTo(doc, json, engine, date, locale, MAPPER);
      SubsidyPart.judge(engine, input, date).addTo(doc, MAPPER, json, engine, date, locale);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("governance-json wrote invalid JSON", e);
    }
    return doc;
  }

  /** The whole report: the decisions, then {@code inputs} and the {@code receipt} over both. */
  static ObjectNode withReceipt(GovernanceJson json, ObjectNode decisions, GovernancePolicy policy, Facts input,
      LocalDate date, String lang) {
    ObjectNode doc = decisions.deepCopy();
    ObjectNode inputs = doc.putObject("inputs");
    inputs.set("policy", read(json.writePolicy(policy)));
    inputs.set("facts", read(json.writeFacts(input)));
    inputs.put("asOf", date.toString());
    inputs.put("lang", lang);
    ObjectNode receipt = doc.putObject("receipt");
    receipt.put("algorithm", "SHA-256");
    receipt.put("canonicalization", "propgov canonical JSON 1 (README, Canonical JSON)");
    receipt.put("sdkVersion", SDK_VERSION);
    receipt.putObject("policy").put("id", policy.id()).put("version", policy.version())
        .put("hash", json.hash(inputs.get("policy").toString()));
    receipt.put("asOf", date.toString());
    receipt.put("inputsHash", json.hash(inputs.toString()));
    receipt.put("decisionHash", json.hash(decisions.toString()));
    receipt.put("hash", json.hash(receipt.toString()));
    return doc;
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
