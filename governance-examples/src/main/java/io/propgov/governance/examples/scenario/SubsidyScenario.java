package io.propgov.governance.examples.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.area.Result;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.subsidy.Award;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The subsidy part of a scenario's actual document: {@code subsidies} (each application's
 * decision or errors, by application id), {@code allocations} (by programme id) and
 * {@code costShares} (by cost share id), each only when the facts hold what it needs.
 */
final class SubsidyScenario {

  private SubsidyScenario() {}

  static void add(GovernanceJson json, GovernanceEngine engine, Facts facts, LocalDate asOf, ObjectNode actual) {
    if (!facts.applications().isEmpty()) {
      List<Result<Award>> results = engine.awardAll(facts.applications(), facts.estates(), facts.companies(), asOf);
      JsonNode written = ScenarioJson.parse(json.writeSubsidies(results, engine.allocate(results, asOf),
          engine.policy(), asOf, Locale.ENGLISH));
      ScenarioJson.byId(written.path("applications"), "applicationId", actual.putObject("subsidies"));
      ObjectNode allocations = actual.putObject("allocations");
      written.path("allocations").forEach(a -> allocations.set(a.path("programmeId").asText(), a));
    }
    if (!facts.costShares().isEmpty()) {
      JsonNode written = ScenarioJson.parse(json.writeCostShares(engine.splitAll(facts.costShares(), asOf),
          engine.policy(), asOf, Locale.ENGLISH));
      ScenarioJson.byId(written.path("costShares"), "costShareId", actual.putObject("costShares"));
    }
  }

}
