package io.propgov.governance.json;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.PolicyRef;
import io.propgov.governance.layer.Bound;
import io.propgov.governance.layer.LevelBound;
import io.propgov.governance.layer.PolicyLayer;
import io.propgov.governance.layer.ResolvedPolicy;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterValue;
import io.propgov.governance.policy.Timeline;
import java.util.Comparator;
import java.util.List;

/** Writes a policy in its document form, the form {@link PolicyReader} reads. Thread-safe. */
final class PolicyWriter {

  /**
   * Bounds in a fixed order, by parameter and kind: a document lists them as object members,
   * whose order carries no meaning, so the same bounds written in another order are the same.
   */
  private static final Comparator<Bound> BY_PARAMETER = Comparator.comparing((Bound b) -> b.key().id())
      .thenComparing(Bound::kind);

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

  /**
   * A layer as one document, for comparing content: {@code policy} (its own values, as
   * {@link #write}), {@code extends} when it has a parent, and {@code bounds} in order.
   */
  ObjectNode layer(PolicyLayer layer) {
    ObjectNode root = mapper.createObjectNode();
    root.set("policy", write(layer.policy()));
    if (layer.parent() != null) {
      root.put("extends", layer.parent());
    }
    ArrayNode bounds = root.putArray("bounds");
    layer.bounds().stream().sorted(BY_PARAMETER).forEach(b -> bounds.add(bound(b)));
    return root;
  }

  /**
   * What a resolved policy is beyond its flat parameters: {@code levels} (root first, each
   * {@code id} and {@code version}), {@code origins} (for each parameter, the level that set each
   * value of its timeline) and {@code bounds} (each with the {@code level} that declared it).
   */
  ObjectNode resolution(ResolvedPolicy resolved) {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode levels = root.putArray("levels");
    resolved.levels().forEach(ref -> levels.addObject().put("id", ref.id()).put("version", ref.version()));
    ObjectNode origins = root.putObject("origins");
    resolved.origins().forEach((id, list) -> {
      ArrayNode setBy = origins.putArray(id);
      list.forEach(setBy::add);
    });
    ArrayNode bounds = root.putArray("bounds");
    List<String> order = resolved.levels().stream().map(PolicyRef::id).toList();
    resolved.bounds().stream()
        .sorted(Comparator.comparingInt((LevelBound b) -> order.indexOf(b.level()))
            .thenComparing(LevelBound::bound, BY_PARAMETER))
        .forEach(b -> bounds.add(bound(b.bound()).put("level", b.level())));
    return root;
  }

  private ObjectNode bound(Bound bound) {
    ObjectNode node = mapper.createObjectNode();
    node.put("parameter", bound.key().id());
    node.put("kind", bound.kind().name());
    if (bound.limit() != null) {
      node.set("limit", mapper.valueToTree(bound.limit()));
    }
    node.set("source", citation(mapper, bound.source()));
    return node;
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
