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
 * The owners' organisation part of a scenario's actual document: {@code owners} (each estate's
 * decision or errors, by estate id) when the policy judges the owners' organisation and the facts
 * hold {@code owners}, and {@code ownersCoverage} (each unit's representation coverage, by unit
 * id) when the facts also hold a valid organisation tree.
 */
final class OwnersScenario {

  private OwnersScenario() {}

  static void add(GovernanceJson json, GovernanceEngine engine, Facts facts, LocalDate asOf, ObjectNode actual) {
    if (!engine.judgesOwners() || facts.owners().isEmpty()) {
      return;
    }
    JsonNode written = ScenarioJson.parse(json.writeOwnersResults(engine.owners().assessAll(facts.owners(), asOf),
        engine.policy(), asOf, Locale.ENGLISH));
    ScenarioJson.byId(written.path("results"), "id", actual.putObject("owners"));
    if (facts.units().isEmpty() || !engine.judgesHierarchy()) {
      return;
    }
    try {
      ObjectNode coverage = actual.putObject("ownersCoverage");
      ScenarioJson.parse(json.writeOwnersCoverage(engine.ownersCoverage(facts.governance(), asOf),
          engine.policy(), asOf, Locale.ENGLISH)).path("units")
          .forEach(u -> coverage.set(u.path("unitId").asText(), u.path("decision")));
    } catch (InvalidFactsException e) {
      // The tree's own errors are the scenario's treeErrors; there is no coverage to show.
      actual.remove("ownersCoverage");
    }
  }

}
