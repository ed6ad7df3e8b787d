package io.propgov.governance.examples.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.area.Valid;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.workorder.WorkOrderFacts;
import io.propgov.governance.workorder.WorkOrderRules;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The work-order part of a scenario's actual document: {@code workOrders}, the assessment of the
 * facts' orders (rolled up the facts' units when the policy judges the hierarchy) or
 * {@code {"errors": [...]}}, only when the policy judges work orders and the facts hold orders.
 */
final class WorkOrderScenario {

  private WorkOrderScenario() {}

  static void add(GovernanceJson json, GovernanceEngine engine, Facts facts, LocalDate asOf, ObjectNode actual) {
    if (!engine.judgesWorkOrders() || facts.orders().isEmpty()) {
      return;
    }
    WorkOrderRules rules = engine.workOrders();
    WorkOrderFacts orders = engine.judgesHierarchy() ? facts.governance().workOrders()
        : new WorkOrderFacts(java.util.List.of(), facts.orders());
    var valid = rules.validate(orders, "", asOf);
    if (valid.isInvalid()) {
      ArrayNode errors = actual.putObject("workOrders").putArray("errors");
      for (InputError e : Valid.errors(valid)) {
        errors.addObject().put("pointer", e.pointer()).put("code", e.code()).put("message", e.message());
      }
      return;
    }
    actual.set("workOrders", ScenarioJson.parse(json.writeDecision(rules.decide(valid.get(), asOf), Locale.ENGLISH)));
  }

}
