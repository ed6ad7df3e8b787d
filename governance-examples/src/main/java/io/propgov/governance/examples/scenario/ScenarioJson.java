package io.propgov.governance.examples.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.json.InputLimits;

/**
 * Reads back what governance-json wrote, for the parts of a scenario's actual document: the
 * written text as a tree, and a batch's entries keyed by id.
 */
final class ScenarioJson {

  private static final ObjectMapper MAPPER = new ObjectMapper(InputLimits.jsonFactory());

  private ScenarioJson() {}

  /** The tree of a document governance-json wrote; it is valid JSON, or the SDK is broken. */
  static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("governance-json wrote invalid JSON", e);
    }
  }

  /** Each entry's decision, or its errors, by its {@code idField}; a repeated id gets {@code #index}. */
  static void byId(JsonNode entries, String idField, ObjectNode out) {
    for (JsonNode entry : entries) {
      String id = entry.path(idField).asText();
      String key = out.has(id) ? id + "#" + entry.path("index").asInt() : id;
      if (entry.has("decision")) {
        out.set(key, entry.get("decision"));
      } else {
        out.putObject(key).set("errors", entry.path("errors"));
      }
    }
  }
}
