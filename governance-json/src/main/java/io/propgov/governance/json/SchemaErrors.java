package io.propgov.governance.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.policy.ParameterKey;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns the validator's errors into {@link InputError}s: the JSON Pointer of the offending
 * field (for a missing or unexpected property, the property itself), the keyword as a stable
 * code, and a message saying what would be legal.
 */
final class SchemaErrors {

  private static final String FRACTION_FORMS =
      "a fraction such as \"2/3\", a decimal such as \"0.6\", a percentage such as \"60%\" or a number";

  private final Map<String, JsonNode> schemas;

  SchemaErrors(Map<String, JsonNode> schemasById) {
    this.schemas = schemasById;
  }

  InputError toInputError(Error e) {
    String pointer = pointer(e.getInstanceLocation());
    String keyword = e.getKeyword() == null ? "schema" : e.getKeyword();
    JsonNode schemaValue = e.getSchemaNode();
    JsonNode instance = e.getInstanceNode();
    String definition = definition(e);
    return switch (keyword) {
      case "required" -> new InputError(Pointers.child(pointer, e.getProperty()), "required",
          "'" + e.getProperty() + "' is required");
      case "dependentRequired" -> dependentRequired(e, pointer);
      case "additionalProperties" -> additionalProperty(e, pointer);
      case "type" -> new InputError(pointer, "type", "must be " + typeNames(schemaValue) + ", was " + typeOf(instance));
      case "enum" -> new InputError(pointer, "enum", "must be one of " + list(schemaValue) + ", was " + shown(instance));
      case "minimum" -> new InputError(pointer, "minimum", "must be at least " + schemaValue.asText() + ", was " + shown(instance));
      case "exclusiveMinimum" -> new InputError(pointer, "exclusiveMinimum",
          "must be greater than " + schemaValue.asText() + ", was " + shown(instance));
      case "maximum" -> new InputError(pointer, "maximum", "must be at most " + schemaValue.asText() + ", was " + shown(instance));
      case "exclusiveMaximum" -> new InputError(pointer, "exclusiveMaximum",
          "must be less than " + schemaValue.asText() + ", was " + shown(instance));
      case "minItems" -> new InputError(pointer, "minItems", "must hold at least " + schemaValue.asText()
          + (schemaValue.asInt() == 1 ? " item" : " items") + ", held " + instance.size());
      case "uniqueItems" -> new InputError(pointer, "uniqueItems", "must not list the same item twice");
      case "minLength" -> new InputError(pointer, "minLength", "text".equals(definition) ? "must not be blank"
          : "must hold at least " + schemaValue.asText() + " characters");
      case "minProperties", "maxProperties" -> properties(keyword, definition, schemaValue, pointer, instance);
      case "pattern", "format" -> pattern(keyword, definition, schemaValue, pointer, instance);
      default -> new InputError(pointer, keyword, e.getMessage());
    };
  }

  private InputError dependentRequired(Error e, String pointer) {
    JsonNode instance = e.getInstanceNode();
    JsonNode dependencies = e.getSchemaNode();
    // Name the property that is missing, next to the one that requires it.
    if (instance != null && dependencies != null && dependencies.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = dependencies.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> dependency = it.next();
        if (!instance.has(dependency.getKey())) {
          continue;
        }
        for (JsonNode required : dependency.getValue()) {
          if (!instance.has(required.asText())) {
            return new InputError(Pointers.child(pointer, required.asText()), "required",
                "'" + required.asText() + "' is required when '" + dependency.getKey() + "' is given");
          }
        }
      }
    }
    return new InputError(pointer, "required", e.getMessage());
  }

  private InputError additionalProperty(Error e, String pointer) {
    String property = e.getProperty();
    String at = Pointers.child(pointer, property);
    String location = e.getSchemaLocation() == null ? "" : e.getSchemaLocation().toString();
    if (location.equals(Schemas.id("policy") + "#/properties/parameters/additionalProperties")) {
      return new InputError(at, "unknown-parameter", "unknown parameter '" + property + "'; the parameters are "
          + GovernanceEngine.parameters().stream().map(ParameterKey::id).collect(Collectors.joining(", ")));
    }
    List<String> allowed = new ArrayList<>();
    JsonNode owner = schemaAt(location.replaceFirst("/additionalProperties$", ""));
    if (owner != null && owner.has("properties")) {
      owner.get("properties").fieldNames().forEachRemaining(allowed::add);
    }
    return new InputError(at, "additionalProperties", "'" + property + "' is not allowed here"
        + (allowed.isEmpty() ? "" : "; the properties are " + String.join(", ", allowed)));
  }

  private static InputError properties(String keyword, String definition, JsonNode limit, String pointer,
      JsonNode instance) {
    if ("threshold".equals(definition)) {
      return new InputError(pointer, keyword, "must hold exactly one of atLeast, moreThan");
    }
    if ("groupWeights".equals(definition)) {
      return new InputError(pointer, keyword, "must give a weight to at least one of HOUSEHOLD, OWNERS_COMMITTEE, COMMUNITY");
    }
    String bound = "minProperties".equals(keyword) ? "at least " : "at most ";
    return new InputError(pointer, keyword, "must hold " + bound + limit.asText() + " properties, held " + instance.size());
  }

  private static InputError pattern(String keyword, String definition, JsonNode schemaValue, String pointer,
      JsonNode instance) {
    return switch (definition == null ? "" : definition) {
      case "date" -> new InputError(pointer, "format",
          "must be a calendar date in the form YYYY-MM-DD, such as 2024-06-30, was " + shown(instance));
      case "text" -> new InputError(pointer, "minLength", "must not be blank");
      case "fraction", "share" -> new InputError(pointer, "pattern", "must be " + FRACTION_FORMS + ", was " + shown(instance));
      default -> new InputError(pointer, keyword, "must match " + schemaValue.asText() + ", was " + shown(instance));
    };
  }

  /** The name of the {@code $defs} entry the failing keyword belongs to, or null. */
  private static String definition(Error e) {
    if (e.getSchemaLocation() == null) {
      return null;
    }
    String location = e.getSchemaLocation().toString();
    int defs = location.lastIndexOf("/$defs/");
    if (defs < 0) {
      return null;
    }
    String rest = location.substring(defs + "/$defs/".length());
    int slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.substring(0, slash);
  }

  /** The schema node at a location such as {@code https://.../facts.schema.json#/$defs/estate}. */
  private JsonNode schemaAt(String location) {
    int hash = location.indexOf('#');
    if (hash < 0) {
      return schemas.get(location);
    }
    JsonNode document = schemas.get(location.substring(0, hash));
    if (document == null) {
      return null;
    }
    JsonNode node = document.at(location.substring(hash + 1));
    return node.isMissingNode() ? null : node;
  }

  static String pointer(NodePath path) {
    StringBuilder b = new StringBuilder();
    if (path != null) {
      for (int i = 0; i < path.getNameCount(); i++) {
        Object element = path.getElement(i);
        b.append('/').append(element instanceof Integer index ? index.toString() : Pointers.token(String.valueOf(element)));
      }
    }
    return b.toString();
  }

  private static String typeNames(JsonNode types) {
    if (types == null) {
      return "of another type";
    }
    if (types.isArray()) {
      List<String> names = new ArrayList<>();
      types.forEach(t -> names.add(withArticle(t.asText())));
      return String.join(" or ", names);
    }
    return withArticle(types.asText());
  }

  private static String withArticle(String type) {
    return switch (type) {
      case "integer", "object", "array" -> "an " + type;
      case "null" -> "null";
      default -> "a " + type;
    };
  }

  private static String typeOf(JsonNode node) {
    if (node == null || node.isNull()) {
      return "null";
    }
    if (node.isIntegralNumber()) {
      return "the integer " + node.asText();
    }
    if (node.isNumber()) {
      return "the number " + node.asText();
    }
    if (node.isTextual()) {
      return "the string " + shown(node);
    }
    if (node.isBoolean()) {
      return "the boolean " + node.asText();
    }
    return node.isArray() ? "an array" : "an object";
  }

  private static String list(JsonNode values) {
    List<String> names = new ArrayList<>();
    if (values != null) {
      values.forEach(v -> names.add(v.isTextual() ? v.asText() : v.toString()));
    }
    return String.join(", ", names);
  }

  static String shown(JsonNode node) {
    if (node == null) {
      return "missing";
    }
    if (node.isTextual()) {
      return "\"" + Documents.abbreviate(node.asText()) + "\"";
    }
    if (node.isNumber()) {
      java.math.BigDecimal value = node.decimalValue();
      boolean small = Math.abs(value.scale()) <= 40 && value.precision() <= 40;
      return small ? value.toPlainString() : Documents.abbreviate(node.asText());
    }
    return Documents.abbreviate(node.toString());
  }
}
