package io.propgov.governance.examples.scenario;

import com.fasterxml.jackson.databind.JsonNode;
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

  private HandoverScenario() {}

  static void add(GovernanceJson json, GovernanceEngine engine, Facts facts, LocalDate asOf, ObjectNode actual) {
    if (!facts.contracts().isEmpty() && engine.judgesContracts()) {
      JsonNode written = ScenarioJson.parse(json.writeHandover(engine.contracts(facts.governance(), asOf),
          engine.policy(), asOf, Locale.ENGLISH));
      ScenarioJson.byId(written.path("results"), "id", actual.putObject("contracts"));
    }
    if (!facts.modeVotes().isEmpty() && engine.judgesModeVotes()) {
      JsonNode written = ScenarioJson.parse(json.writeHandover(engine.modeVotes(facts.governance(), asOf),
          engine.policy(), asOf, Locale.ENGLISH));
      ScenarioJson.byId(written.path("results"), "id", actual.putObject("modeVotes"));
    }
  }
}
