package io.propgov.governance.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.layer.Bound;
import io.propgov.governance.layer.BoundKind;
import io.propgov.governance.layer.PolicyLayer;
import io.propgov.governance.layer.PolicyRegistry;
import io.propgov.governance.layer.ResolvedPolicy;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.explain.LabelledIds;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.policy.ParameterValue;
import io.propgov.governance.policy.Timeline;
import io.propgov.governance.subsidy.SubsidyRules;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a policy document in stages, collecting every error before giving up: limits and the
 * schema (unknown parameter ids included), then each parameter value converted to its type,
 * then the core's policy builder (duplicate dates, value constraints) and the layer's bounds,
 * then resolution through the parents ({@code extends}, bounds of the levels above), and last
 * the engine's check of the resolved policy (missing parameters, a pass line off its scale).
 * Thread-safe.
 */
final class PolicyReader {

  /** A parameter value converted from the document, before it is handed to the builder. */
  private record Entry(LocalDate effectiveFrom, Object value, Citation source) {}

  /** A pointer at one value of a parameter's timeline: the parameter's token, the index, the rest. */
  private static final Pattern PARAMETER_VALUE = Pattern.compile("/parameters/([^/]+)/(\\d+)(/.*)?");
  /** An entry of a list value and what follows it: {@code /value/3/modes/0}. */
  private static final Pattern VALUE_ENTRY = Pattern.compile("/value/(\\d+)(/.*)?");

  private final JsonMapper mapper;
  private final Schemas schemas;
  private final Map<String, ParameterKey<?>> keys = new LinkedHashMap<>();

  PolicyReader(JsonMapper mapper, Schemas schemas) {
    this.mapper = mapper;
    this.schemas = schemas;
    GovernanceEngine.parameters().forEach(key -> keys.put(key.id(), key));
  }

  /** A layer as read, with what was found wrong on the way; the layer is null when it could not be built. */
  private record Read(JsonNode root, PolicyLayer layer, Findings findings) {}

  /**
   * Reads a policy document and resolves it through the parents given; {@code identity} says
   * what is wrong with the layer's id (one borrowed from a bundled policy), or null.
   */
  ResolvedPolicy resolve(Documents.Parsed parsed, PolicyRegistry parents, Function<PolicyLayer, InputError> identity) {
    Read read = own(parsed, identity);
    Findings findings = read.findings();
    ResolvedPolicy resolved = null;
    if (findings.isEmpty()) {
      try {
        resolved = parents.resolve(read.layer());
      } catch (InvalidPolicyException e) {
        findings.addAll(Findings.CORE, e.errors());
      }
    }
    if (findings.isEmpty()) {
      for (InputError error : GovernanceEngine.check(resolved.policy())) {
        findings.add(Findings.CORE, intoLevel(error, resolved, read.layer(), parents));
      }
      // The engine's check leaves the subsidy criteria's consequence ids to the subsidy rules: checked here too.
      for (InputError error : SubsidyRules.check(resolved.policy())) {
        findings.add(Findings.CORE, intoLevel(error, resolved, read.layer(), parents));
      }
    }
    if (!findings.isEmpty()) {
      throw new InvalidPolicyException(findings.sorted(read.root()));
    }
    return resolved;
  }

  /** Reads a policy document as one layer, neither resolved nor checked by the engine. */
  PolicyLayer layer(Documents.Parsed parsed, Function<PolicyLayer, InputError> identity) {
    Read read = own(parsed, identity);
    if (!read.findings().isEmpty()) {
      throw new InvalidPolicyException(read.findings().sorted(read.root()));
    }
    return read.layer();
  }

  /**
   * Points an error the engine found in the merged timeline of a parameter at the value in the
   * document of the level that set it: {@code /parameters/<id>/<i>} of the merged timeline
   * becomes that value's own index in its level, and an error in a level above the one read says
   * which level it is in.
   */
  static InputError intoLevel(InputError error, ResolvedPolicy resolved, PolicyLayer read, PolicyRegistry parents) {
    Matcher m = PARAMETER_VALUE.matcher(error.pointer());
    if (!m.matches()) {
      return error;
    }
    String id = m.group(1).replace("~1", "/").replace("~0", "~");
    int index = Integer.parseInt(m.group(2));
    List<String> origins = resolved.origins().get(id);
    ParameterKey<?> key = resolved.policy().parameters().keySet().stream().filter(k -> k.id().equals(id))
        .findFirst().orElse(null);
    if (origins == null || key == null || index >= origins.size()) {
      return error;
    }
    String origin = origins.get(index);
    PolicyLayer level = origin.equals(read.id()) ? read : parents.layer(origin).orElse(null);
    Timeline<?> own = level == null ? null : level.policy().parameters().get(key);
    ParameterValue<?> merged = resolved.policy().parameters().get(key).values().get(index);
    int ownIndex = own == null ? -1 : own.values().indexOf(merged);
    String rest = m.group(3) == null ? "" : m.group(3);
    if (ownIndex < 0 && own != null) {
      // A list the level added to its parent's: point at the entry in the level's own list, when it is the level's.
      int[] entry = ownEntry(merged, own, rest);
      if (entry == null) {
        return error;
      }
      Matcher at = VALUE_ENTRY.matcher(rest);
      ownIndex = entry[0];
      rest = "/value/" + entry[1] + (at.matches() && at.group(2) != null ? at.group(2) : "");
    }
    if (ownIndex < 0) {
      return error;
    }
    String pointer = "/parameters/" + m.group(1) + "/" + ownIndex + rest;
    String message = level == read ? error.message() : "in policy " + origin + ", which " + read.id() + " extends: "
        + error.message();
    return new InputError(pointer, error.code(), message);
  }

  /**
   * For an error at {@code /value/<n>...} of a merged list of definitions, the index of the level's
   * own value of the same date and of the entry of the same id in it; null when the level does not
   * define that entry itself (it is inherited) or the value is not such a list.
   */
  private static int[] ownEntry(ParameterValue<?> merged, Timeline<?> own, String rest) {
    Matcher at = VALUE_ENTRY.matcher(rest);
    if (!at.matches() || !(merged.value() instanceof LabelledIds<?> list)) {
      return null;
    }
    int n = Integer.parseInt(at.group(1));
    if (n >= list.entries().size()) {
      return null;
    }
    String id = list.entries().get(n).id();
    for (int i = 0; i < own.values().size(); i++) {
      ParameterValue<?> value = own.values().get(i);
      if (value.effectiveFrom().equals(merged.effectiveFrom()) && value.value() instanceof LabelledIds<?> ownList
          && ownList.ids().contains(id)) {
        return new int[] {i, ownList.ids().indexOf(id)};
      }
    }
    return null;
  }

  private Read own(Documents.Parsed document, Function<PolicyLayer, InputError> identity) {
    Documents.Parsed parsed = document.object();
    if (parsed.error() != null) {
      throw new InvalidPolicyException(List.of(parsed.error()));
    }
    JsonNode root = parsed.root();
    List<InputError> limits = Documents.numberLimits(root);
    if (!limits.isEmpty()) {
      // Numbers past the limits are not safe to check or compute with: report them alone.
      throw new InvalidPolicyException(limits);
    }
    Findings findings = new Findings();
    findings.addAll(Findings.SCHEMA, schemas.validatePolicy(root));
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
      if (key != null && parameter.getValue().isArray()) {
        List<Entry> entries = convert(key, parameter.getValue(), at, findings);
        if (entries != null && !findings.anyWithin(at)) {
          // Each parameter is set in document order, so the builder's pointers
          // (/parameters/<id>/<index>) name the same values as the document's.
          entries.forEach(e -> set(builder, key, e));
        }
      }
    }
    List<Bound> bounds = bounds(root.path("bounds"), findings);
    GovernancePolicy policy = null;
    try {
      policy = builder.build();
    } catch (InvalidPolicyException e) {
      findings.addAll(Findings.CORE, e.errors());
    }
    PolicyLayer layer = null;
    if (policy != null && findings.isEmpty()) {
      try {
        layer = new PolicyLayer(policy, text(root, "extends"), bounds);
      } catch (InvalidPolicyException e) {
        findings.addAll(Findings.CORE, e.errors());
      }
    }
    InputError borrowed = layer == null ? null : identity.apply(layer);
    if (borrowed != null) {
      findings.add(Findings.CORE, borrowed);
    }
    return new Read(root, layer, findings);
  }

  /** Converts the bounds a document declares; each unknown parameter or unreadable limit is a finding. */
  private List<Bound> bounds(JsonNode bounds, Findings findings) {
    List<Bound> list = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = bounds.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String at = Pointers.child("/bounds", entry.getKey());
      ParameterKey<?> key = keys.get(entry.getKey());
      JsonNode spec = entry.getValue();
      if (key == null) {
        findings.add(Findings.BINDING, at, "unknown-parameter", "unknown parameter '" + entry.getKey()
            + "'; the parameters are " + String.join(", ", keys.keySet()));
        continue;
      }
      if (findings.anyWithin(at) || !spec.isObject()) {
        continue; // the schema reported it
      }
      Citation source = citation(spec.get("source"), false, at + "/source", findings);
      if (source == null) {
        continue;
      }
      for (BoundKind kind : List.of(BoundKind.MIN, BoundKind.MAX)) {
        if (spec.has(kind.token())) {
          Object limit = value(key, spec.get(kind.token()), at + "/" + kind.token(), findings);
          if (limit != null) {
            list.add(new Bound(key, kind, limit, source));
          }
        }
      }
      if (spec.has("direction")) {
        list.add(new Bound(key, BoundKind.valueOf(spec.get("direction").textValue()), null, source));
      }
      if (spec.path("fixedByLaw").asBoolean(false)) {
        Object fixed = spec.has("value") ? value(key, spec.get("value"), at + "/value", findings) : null;
        if (fixed != null || !spec.has("value")) {
          list.add(new Bound(key, BoundKind.FIXED_BY_LAW, fixed, source));
        }
      } else if (spec.has("value")) {
        findings.add(Findings.BINDING, at + "/value", "constraint", entry.getKey()
            + ": a bound's value goes with \"fixedByLaw\": true");
      }
    }
    return list;
  }

  /** Converts every value of one parameter that the schema passed; returns null when any fails. */
  private List<Entry> convert(ParameterKey<?> key, JsonNode timeline, String at, Findings findings) {
    List<Entry> entries = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < timeline.size(); i++) {
      JsonNode item = timeline.get(i);
      String itemAt = Pointers.child(at, i);
      if (findings.anyWithin(itemAt)) {
        ok = false; // the schema reported it; the other values are still converted
        continue;
      }
      LocalDate from = date(item.get("effectiveFrom"), itemAt + "/effectiveFrom", findings);
      Citation source = citation(item.get("source"), item.path("assumption").asBoolean(false), itemAt + "/source",
          findings);
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
    } catch (IllegalArgumentException | JsonProcessingException e) {
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

  private static Citation citation(JsonNode node, boolean assumption, String at, Findings findings) {
    try {
      return new Citation(node.path("en").textValue(), node.path("zh").textValue(), assumption);
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
