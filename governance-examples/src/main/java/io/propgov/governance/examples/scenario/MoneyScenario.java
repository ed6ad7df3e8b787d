package io.propgov.governance.examples.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The money part of a scenario's actual document: {@code money} (each estate's money decision or
 * errors, by estate id) when the facts hold money entries and the policy judges money, and
 * {@code moneyRates} (each unit's break-even and fee-collecting shares, by unit id) when they also
 * hold a tree the policy can judge.
 */
final class MoneyScenario {

  private MoneyScenario() {}

  static void add(GovernanceJson json, GovernanceEngine engine, Facts facts, LocalDate asOf, ObjectNode actual) {
    if (facts.money().isEmpty() || !engine.judgesMoney()) {
      return;
    }
    JsonNode written = ScenarioJson.parse(json.writeMoney(engine.assessMoney(facts.governance(), asOf),
        engine.policy(), asOf, Locale.ENGLISH));
    ScenarioJson.byId(written.path("money"), "estateId", actual.putObject("money"));
    if (!facts.units().isEmpty() && engine.judgesHierarchy()) {
      try {
        JsonNode rates = ScenarioJson.parse(json.writeMoneyRates(engine.moneyRates(facts.governance(), asOf),
            engine.policy(), asOf, Locale.ENGLISH));
        ObjectNode byUnit = actual.putObject("moneyRates");
        rates.path("units").forEach(u -> byUnit.set(u.path("unitId").asText(), u.path("decision")));
      } catch (InvalidFactsException e) {
        // The tree itself is invalid: the runner's treeErrors already say why, so no shares are given.
      }
    }
  }

}
