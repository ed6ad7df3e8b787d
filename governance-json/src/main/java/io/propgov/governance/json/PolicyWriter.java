package io.propgov.governance.json;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.explain.Citation;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterValue;
import io.propgov.governance.policy.Timeline;

/** Writes a policy in its document form, the form {@link PolicyReader} reads. Thread-safe. */
final class PolicyWriter {

  private final JsonMapper mapper;

  PolicyWriter(JsonMapper mapper) {
    this.mapper = mapper;
  }

  ObjectNode write(GovernancePolicy policy) {
    ObjectNode root = mapper.createObjectNode();
    root.put("id", policy.id());
    root.put("jurisdiction", policy.jurisdiction());
    root.put("version", policy.version());
    root.put("description", policy.description());
    ObjectNode parameters = root.putObject("parameters");
    policy.parameters().forEach((key, timeline) -> parameters.set(key.id(), timeline(timeline)));
    return root;
  }

  private ArrayNode timeline(Timeline<?> timeline) {
    ArrayNode values = mapper.createArrayNode();
    for (ParameterValue<?> value : timeline.values()) {
      ObjectNode item = values.addObject();
      item.put("effectiveFrom", value.effectiveFrom().toString());
      item.set("value", mapper.valueToTree(value.value()));
      item.set("source", citation(mapper, value.source()));
      if (value.source().assumption()) {
        item.put("assumption", true);
      }
    }
    return values;
  }

  static ObjectNode citation(JsonMapper mapper, Citation citation) {
    ObjectNode node = mapper.createObjectNode();
    node.put("en", citation.en());
    node.put("zh", citation.zh());
    return node;
  }
}
