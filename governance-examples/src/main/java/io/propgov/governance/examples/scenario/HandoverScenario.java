package io.propgov.governance.examples.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The handover part of a scenario's actual document: {@code contracts} (each service contract's
 * decision or errors, by contract id) and {@code modeVotes} (each mode vote's, by vote id), each
 * only when the facts hold some and the policy judges them.
 */
final class HandoverScenario {

  private static final ObjectMapper MAPPER = new ObjectMapper(io.propgov.governance.json.InputLimits.jsonFactory());

  private HandoverScenario() {}

  static void add(GovernanceJson json, GovernanceEngine engine, Facts facts, LocalDate asOf, ObjectNode actual) {
    if (!facts.contracts().isEmpty() && engine.judgesContracts()) {
      byId(parse(json.writeHandover(engine.contracts(facts.governance(), asOf), engine.policy(), asOf,
          Locale.ENGLISH)), actual.putObject("contracts"));
    }
    if (!facts.modeVotes().isEmpty() && engine.judgesModeVotes()) {
      byId(parse(json.writeHandover(engine.modeVotes(facts.governance(), asOf), engine.policy(), asOf,
          Locale.ENGLISH)), actual.putObject("modeVotes"));
    }
  }

  /** Each entry's decision, or its errors, by id; a repeated id gets {@code #index}. */
  private static void byId(JsonNode written, ObjectNode out) {
    for (JsonNode entry : written.path("results")) {
      String id = entry.path("id").asText();
      String key = out.has(id) ? id + "#" + entry.path("index").asInt() : id;
      if (entry.has("decision")) {
        out.set(key, entry.get("decision"));
      } else {
        out.putObject(key).set("errors", entry.path("errors"));
      }
    }
  }

  private static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("governance-json wrote invalid JSON", e);
    }
  }
}
