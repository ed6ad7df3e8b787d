package io.propgov.governance.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.owners.CommitteeMember;
import io.propgov.governance.owners.Delivery;
import io.propgov.governance.owners.EstateOwners;

/** Writes an owners' organisation of a facts document as the reader reads it. */
final class OwnersFactsWriter {

  private OwnersFactsWriter() {}

  static void owners(ObjectNode node, EstateOwners o) {
    node.put("estateId", o.estateId());
    node.put("totalArea", o.totalArea());
    if (!o.deliveries().isEmpty()) {
      ArrayNode deliveries = node.putArray("deliveries");
      for (Delivery d : o.deliveries()) {
        deliveries.addObject().put("date", d.date().toString()).put("area", d.area());
      }
    }
    FactsNodes.putText(node, "firstAssembly", o.firstAssembly());
    if (o.committee() != null) {
      ObjectNode committee = node.putObject("committee");
      committee.put("elected", o.committee().elected().toString());
      ArrayNode members = committee.putArray("members");
      for (CommitteeMember m : o.committee().members()) {
        ObjectNode member = members.addObject().put("name", m.name());
        if (m.partyMember()) {
          member.put("partyMember", true);
        }
        if (m.communityCommittee()) {
          member.put("communityCommittee", true);
        }
      }
    }
    if (o.managementCommittee() != null) {
      node.putObject("managementCommittee").put("formed", o.managementCommittee().formed().toString());
    }
  }
}
