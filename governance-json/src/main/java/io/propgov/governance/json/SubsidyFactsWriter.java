package io.propgov.governance.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.subsidy.Application;
import io.propgov.governance.subsidy.CostShare;

/** Writes an application and a cost share of a facts document. */
final class SubsidyFactsWriter {

  private SubsidyFactsWriter() {}

  static void application(ObjectNode node, Application a) {
    node.put("id", a.id());
    node.put("programmeId", a.programmeId());
    node.put("companyId", a.companyId());
    FactsNodes.putText(node, "estateId", a.estateId());
    node.put("filed", a.filed().toString());
    FactsNodes.putNumber(node, "builtYear", a.builtYear());
    FactsNodes.putNumber(node, "floorArea", a.floorArea());
    if (a.fees() != null) {
      node.putObject("fees").put("billed", a.fees().billed()).put("collected", a.fees().collected());
    }
    FactsNodes.putNumber(node, "inspectionPoints", a.inspectionPoints());
    if (!a.incidents().isEmpty()) {
      ArrayNode incidents = node.putArray("incidents");
      a.incidents().forEach(i -> incidents.addObject().put("kind", i.kind()).put("date", i.date().toString()));
    }
    if (a.credit() != null) {
      ArrayNode credit = node.putArray("credit");
      a.credit().consequences().forEach(c -> credit.addObject().put("code", c.code()).put("en", c.reason().en())
          .put("zh", c.reason().zh()));
    }
  }

  static void costShare(ObjectNode node, CostShare c) {
    node.put("id", c.id());
    node.put("kind", c.kind());
    FactsNodes.putText(node, "estateId", c.estateId());
    node.put("total", c.total());
    ArrayNode households = node.putArray("households");
    c.households().forEach(h -> households.addObject().put("id", h.id()).put("area", h.area()));
  }
}
