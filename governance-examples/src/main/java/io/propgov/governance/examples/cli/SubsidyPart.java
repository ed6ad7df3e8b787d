package io.propgov.governance.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.area.Result;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.subsidy.Allocation;
import io.propgov.governance.subsidy.Award;
import io.propgov.governance.subsidy.CostSplit;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The subsidy part of {@code evaluate}: each application's decision, each programme's
 * allocation and each cost split, when the facts hold applications or cost shares.
 */
record SubsidyPart(List<Result<Award>> applications, List<Decision<Allocation>> allocations,
    List<Result<CostSplit>> costShares) {

  static SubsidyPart judge(GovernanceEngine engine, Facts input, LocalDate date) {
    List<Result<Award>> applications = input.applications().isEmpty() ? List.of()
        : engine.awardAll(input.applications(), input.estates(), input.companies(), date);
    return new SubsidyPart(applications, engine.allocate(applications, date),
        input.costShares().isEmpty() ? List.of() : engine.splitAll(input.costShares(), date));
  }

  boolean anyRejected() {
    return applications.stream().anyMatch(r -> !r.isDecided()) || costShares.stream().anyMatch(r -> !r.isDecided());
  }

  /** Adds {@code subsidies} and {@code costShares} to a JSON report, each only when there is something. */
  void addTo(ObjectNode doc, ObjectMapper mapper, GovernanceJson json, GovernanceEngine engine, LocalDate date,
      Locale locale) throws JsonProcessingException {
    if (!applications.isEmpty()) {
      doc.set("subsidies", mapper.readTree(json.writeSubsidies(applications, allocations, engine.policy(), date,
          locale)));
    }
    if (!costShares.isEmpty()) {
      doc.set("costShares", mapper.readTree(json.writeCostShares(costShares, engine.policy(), date, locale)));
    }
  }
}
