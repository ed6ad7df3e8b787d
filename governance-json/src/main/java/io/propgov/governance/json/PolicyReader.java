package io.propgov.governance.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.explain.Citation;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterKey;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a policy document in stages, collecting every error before giving up: limits and the
 * schema (unknown parameter ids included), then each parameter value converted to its type,
 * then the core's policy builder (duplicate dates, value constraints), and last the engine's
 * check (missing parameters, a pass line off its scale). Thread-safe.
 */
final class PolicyReader {

  /** A parameter value converted from the document, before it is handed to the builder. */
  private record Entry(LocalDate effectiveFrom, Object value, Citation source) {}

  private final JsonMapper mapper;
  private final Schemas schemas;
  private final Map<String, ParameterKey<?>> keys = new LinkedHashMap<>();

  PolicyReader(JsonMapper mapper, Schemas schemas) {
    this.mapper = mapper;
    this.schemas = schemas;
    GovernanceEngine.parameters().forEach(key -> keys.put(key.id(), key));
  }

  GovernancePolicy read(Documents.Parsed parsed) {
    if (parsed.error() != null) {
      throw new InvalidPolicyException(List.of(parsed.error()));
    }
    JsonNode root = parsed.root();
    Findings findings = new Findings();
    findings.addAll(Findings.SCHEMA, Documents.numberLimits(root));
    if (findings.isEmpty()) {
      findings.addAll(Findings.SCHEMA, schemas.validatePolicy(root));
    }
    GovernancePolicy.Builder builder = GovernancePolicy.builder()
        .id(text(root, "id"))
        .jurisdiction(text(root, "jurisdiction"))
        .version(text(root, "version"))
        .description(text(root, "description"));
    JsonNode parameters = root.path("parameters");
    for (Iterator<Map.Entry<String, JsonNode>> it = parameters.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> parameter = it.next();
      ParameterKey<?> key = keys.get(parameter.getKey());
      String at = Pointers.child("/parameters", parameter.getKey());
      if (key != null && !findings.anyWithin(at)) {
        List<Entry> entries = convert(key, parameter.getValue(), at, findings);
        if (entries != null) {
          // Each parameter is set in document order, so the builder's pointers
          // (/parameters/<id>/<index>) name the same values as the document's.
          entries.forEach(e -> set(builder, key, e));
        }
      }
    }
    GovernancePolicy policy = null;
    try {
      policy = builder.build();
    } catch (InvalidPolicyException e) {
      findings.addAll(Findings.CORE, e.errors());
    }
    if (findings.isEmpty()) {
      findings.addAll(Findings.CORE, GovernanceEngine.check(policy));
    }
    if (!findings.isEmpty()) {
      throw new InvalidPolicyException(findings.sorted(root));
    }
    return policy;
  }

  /** Converts every value of one parameter; returns null when any fails. */
  private List<Entry> convert(ParameterKey<?> key, JsonNode timeline, String at, Findings findings) {
    List<Entry> entries = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < timeline.size(); i++) {
      JsonNode item = timeline.get(i);
      String itemAt = Pointers.child(at, i);
      LocalDate from = date(item.get("effectiveFrom"), itemAt + "/effectiveFrom", findings);
      Citation source = citation(item.get("source"), itemAt + "/source", findings);
      Object value = value(key, item.get("value"), itemAt + "/value", findings);
      if (from == null || source == null || value == null) {
        ok = false;
      } else {
        entries.add(new Entry(from, value, source));
      }
    }
    return ok ? entries : null;
  }

  private Object value(ParameterKey<?> key, JsonNode node, String at, Findings findings) {
    try {
      return mapper.treeToValue(node, key.type());
    } catch (JsonMappingException e) {
      findings.add(Findings.BINDING, at + pathOf(e), "constraint", key.id() + ": " + e.getOriginalMessage());
    } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
      findings.add(Findings.BINDING, at, "constraint", key.id() + ": " + e.getMessage());
    }
    return null;
  }

  static LocalDate date(JsonNode node, String at, Findings findings) {
    try {
      return LocalDate.parse(node.textValue());
    } catch (DateTimeParseException | NullPointerException e) {
      findings.add(Findings.BINDING, at, "format", "must be a calendar date in the form YYYY-MM-DD, such as 2024-06-30");
      return null;
    }
  }

  private static Citation citation(JsonNode node, String at, Findings findings) {
    try {
      return new Citation(node.path("en").textValue(), node.path("zh").textValue());
    } catch (IllegalArgumentException | NullPointerException e) {
      findings.add(Findings.BINDING, at, "constraint", "a source needs non-blank en and zh texts: " + e.getMessage());
      return null;
    }
  }

  /** The JSON Pointer of a Jackson failure's path below the value it was reading. */
  static String pathOf(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        b.append('/').append(Pointers.token(ref.getFieldName()));
      } else if (ref.getIndex() >= 0) {
        b.append('/').append(ref.getIndex());
      }
    }
    return b.toString();
  }

  private static String text(JsonNode root, String name) {
    JsonNode node = root.get(name);
    return node != null && node.isTextual() ? node.textValue() : null;
  }

  private static <T> void set(GovernancePolicy.Builder builder, ParameterKey<T> key, Entry entry) {
    builder.set(key, entry.effectiveFrom(), key.type().cast(entry.value()), entry.source());
  }
}
