package io.propgov.governance.examples.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

  private static final ObjectMapper MAPPER = new ObjectMapper(io.propgov.governance.json.InputLimits.jsonFactory());

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
    actual.set("workOrders", parse(json.writeDecision(rules.decide(valid.get(), asOf), Locale.ENGLISH)));
  }

  private static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("governance-json wrote invalid JSON", e);
    }
  }
}
