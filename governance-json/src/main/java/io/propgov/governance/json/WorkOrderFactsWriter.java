package io.propgov.governance.json;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.workorder.WorkOrder;
import java.time.LocalDate;

/** Writes the work orders of a facts document, only when there are any. */
final class WorkOrderFactsWriter {

  private WorkOrderFactsWriter() {}

  static void write(JsonMapper mapper, Facts facts, ObjectNode root) {
    if (!facts.orders().isEmpty()) {
      ArrayNode orders = root.putArray("orders");
      facts.orders().forEach(o -> orders.add(order(mapper, o)));
    }
  }

  private static ObjectNode order(JsonMapper mapper, WorkOrder o) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", o.id());
    node.put("source", o.source().name());
    node.put("category", o.category());
    node.put("unitId", o.unitId());
    text(node, "estateId", o.estateId());
    text(node, "companyId", o.companyId());
    node.put("receivedOn", o.receivedOn().toString());
    date(node, "respondedOn", o.respondedOn());
    date(node, "resolvedOn", o.resolvedOn());
    date(node, "closedOn", o.closedOn());
    if (o.callerSolved() != null) {
      node.put("callerSolved", o.callerSolved());
    }
    text(node, "rating", o.rating());
    if (o.upheld()) {
      node.put("upheld", true);
    }
    return node;
  }

  private static void text(ObjectNode node, String name, String value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  private static void date(ObjectNode node, String name, LocalDate value) {
    if (value != null) {
      node.put(name, value.toString());
    }
  }
}
