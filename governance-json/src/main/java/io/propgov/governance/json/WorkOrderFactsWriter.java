package io.propgov.governance.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.workorder.WorkOrder;

/** Writes a work order of a facts document, leaving out what is absent. */
final class WorkOrderFactsWriter {

  private WorkOrderFactsWriter() {}

  static void order(ObjectNode node, WorkOrder o) {
    node.put("id", o.id());
    node.put("source", o.source().name());
    node.put("category", o.category());
    node.put("unitId", o.unitId());
    FactsNodes.putText(node, "estateId", o.estateId());
    FactsNodes.putText(node, "companyId", o.companyId());
    node.put("receivedOn", o.receivedOn().toString());
    FactsNodes.putText(node, "respondedOn", o.respondedOn());
    FactsNodes.putText(node, "resolvedOn", o.resolvedOn());
    FactsNodes.putText(node, "closedOn", o.closedOn());
    FactsNodes.putFlag(node, "callerSolved", o.callerSolved());
    FactsNodes.putText(node, "rating", o.rating());
    if (o.upheld()) {
      node.put("upheld", true);
    }
  }
}
