package io.propgov.governance.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A quick, conservative check compiled from a part of a bundled schema: {@link #accepts} returns
 * true only for documents the full validator finds no error in, so that a caller may skip the
 * full validation for them (the estate lines of {@code batch}: walking every node through the
 * validator cost more than reading the line). It may reject documents the schema accepts; the
 * caller then validates fully, which gives the errors, if any, exactly as before.
 *
 * <p>It understands a small part of the schema language: {@code type} (object, array, string,
 * integer, number, boolean), {@code required}, {@code properties}, {@code additionalProperties:
 * false}, {@code items}, {@code enum} of strings, {@code minimum}, {@code maximum},
 * {@code exclusiveMinimum}, {@code minLength} up to 1, the patterns of {@code text}, of
 * {@code date} and of a defined id, {@code format: date}, and {@code $ref} to a definition of the same document.
 * Any other keyword makes the part holding it reject every value, so a change to the schema can
 * make the check slower, never wrong. Immutable, thread-safe.
 */
final class SchemaShape {

  /** The pattern of a text: some character that is not white space. */
  private static final String TEXT_PATTERN = "[^\\t-\\r\\u001C-\\u001F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000]";
  /** The pattern of a date. */
  private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
  /** The pattern of an id a policy defines, such as a service mode. */
  private static final String ID_PATTERN = "^[A-Z][A-Z0-9_]*$";
  /** Keywords that say nothing about validity. */
  private static final Set<String> ANNOTATIONS = Set.of("description", "title", "$comment", "examples", "default");

  /** One compiled part of the schema. */
  private interface Check {
    boolean accepts(JsonNode node);
  }

  /** A property of an object and whether it is required. */
  private record Property(Check check, boolean required) {}

  /** Rejects every value: a part the compiler does not understand. */
  private static final Check UNKNOWN = node -> false;

  private final Check root;

  private SchemaShape(Check root) {
    this.root = root;
  }

  /**
   * Compiles a definition of a schema document.
   *
   * @param schema the schema document
   * @param definition the name of the definition under {@code $defs}
   * @return the check
   */
  static SchemaShape compile(JsonNode schema, String definition) {
    Compiler compiler = new Compiler(schema.path("$defs"));
    return new SchemaShape(compiler.definition(definition));
  }

  /**
   * Returns whether the full validator would certainly find no error in a document.
   *
   * @param node the document
   * @return true when it surely conforms; false when it may not
   */
  boolean accepts(JsonNode node) {
    return root.accepts(node);
  }

  /** Compiles the parts of one schema document, each definition once. */
  private static final class Compiler {
    private final JsonNode defs;
    private final Map<String, Check> compiled = new HashMap<>();

    Compiler(JsonNode defs) {
      this.defs = defs;
    }

    Check definition(String name) {
      Check done = compiled.get(name);
      if (done != null) {
        return done;
      }
      JsonNode def = defs.get(name);
      if (def == null) {
        return UNKNOWN;
      }
      // A definition that refers to itself would recurse: such schemas get the full validator.
      compiled.put(name, UNKNOWN);
      Check check = schema(def);
      compiled.put(name, check);
      return check;
    }

    Check schema(JsonNode schema) {
      Set<String> keys = new HashSet<>();
      schema.fieldNames().forEachRemaining(keys::add);
      keys.removeAll(ANNOTATIONS);
      if (keys.contains("$ref")) {
        String ref = schema.get("$ref").asText();
        return keys.size() == 1 && ref.startsWith("#/$defs/") ? definition(ref.substring("#/$defs/".length())) : UNKNOWN;
      }
      JsonNode type = schema.get("type");
      if (type == null || !type.isTextual()) {
        return UNKNOWN;
      }
      keys.remove("type");
      return switch (type.asText()) {
        case "object" -> object(schema, keys);
        case "array" -> array(schema, keys);
        case "string" -> string(schema, keys);
        case "integer" -> integer(schema, keys);
        case "number" -> number(schema, keys);
        case "boolean" -> keys.isEmpty() ? JsonNode::isBoolean : UNKNOWN;
        default -> UNKNOWN;
      };
    }

    private Check object(JsonNode schema, Set<String> keys) {
      keys.removeAll(Set.of("required", "properties", "additionalProperties"));
      JsonNode additional = schema.get("additionalProperties");
      if (!keys.isEmpty() || additional == null || !additional.isBoolean() || additional.booleanValue()) {
        return UNKNOWN;
      }
      Set<String> required = new HashSet<>();
      schema.path("required").forEach(r -> required.add(r.asText()));
      Map<String, Property> properties = new HashMap<>();
      schema.path("properties").fields().forEachRemaining(p -> properties.put(p.getKey(),
          new Property(schema(p.getValue()), required.contains(p.getKey()))));
      if (!properties.keySet().containsAll(required)) {
        return UNKNOWN;
      }
      int requiredCount = required.size();
      return node -> {
        if (!node.isObject()) {
          return false;
        }
        int found = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          Property property = properties.get(field.getKey());
          if (property == null || !property.check().accepts(field.getValue())) {
            return false;
          }
          found += property.required() ? 1 : 0;
        }
        return found == requiredCount;
      };
    }

    private Check array(JsonNode schema, Set<String> keys) {
      keys.remove("items");
      if (!keys.isEmpty() || !schema.has("items")) {
        return UNKNOWN;
      }
      Check items = schema(schema.get("items"));
      return node -> {
        if (!node.isArray()) {
          return false;
        }
        for (int i = 0; i < node.size(); i++) {
          if (!items.accepts(node.get(i))) {
            return false;
          }
        }
        return true;
      };
    }

    private Check string(JsonNode schema, Set<String> keys) {
      if (keys.isEmpty()) {
        return JsonNode::isTextual;
      }
      if (keys.equals(Set.of("enum"))) {
        Set<String> values = new HashSet<>();
        for (JsonNode value : schema.get("enum")) {
          if (!value.isTextual()) {
            return UNKNOWN;
          }
          values.add(value.textValue());
        }
        return node -> node.isTextual() && values.contains(node.textValue());
      }
      if (keys.equals(Set.of("minLength", "pattern")) && schema.get("minLength").asInt(-1) == 1
          && TEXT_PATTERN.equals(schema.get("pattern").asText())) {
        return node -> node.isTextual() && hasVisible(node.textValue());
      }
      if (keys.equals(Set.of("pattern")) && ID_PATTERN.equals(schema.get("pattern").asText())) {
        return node -> node.isTextual() && isId(node.textValue());
      }
      if (keys.equals(Set.of("format", "pattern")) && "date".equals(schema.get("format").asText())
          && DATE_PATTERN.equals(schema.get("pattern").asText())) {
        return node -> node.isTextual() && isDate(node.textValue());
      }
      return UNKNOWN;
    }

    private Check integer(JsonNode schema, Set<String> keys) {
      keys.removeAll(Set.of("minimum", "maximum"));
      JsonNode min = schema.get("minimum");
      JsonNode max = schema.get("maximum");
      if (!keys.isEmpty() || (min != null && !min.canConvertToLong()) || (max != null && !max.canConvertToLong())) {
        return UNKNOWN;
      }
      long low = min == null ? Long.MIN_VALUE : min.longValue();
      long high = max == null ? Long.MAX_VALUE : max.longValue();
      // Integers written as integers only: 5.0 is left to the validator.
      return node -> node.isIntegralNumber() && node.canConvertToLong() && node.longValue() >= low
          && node.longValue() <= high;
    }

    private Check number(JsonNode schema, Set<String> keys) {
      keys.removeAll(Set.of("minimum", "exclusiveMinimum"));
      JsonNode min = schema.get("minimum");
      JsonNode above = schema.get("exclusiveMinimum");
      if (!keys.isEmpty() || (min != null && !min.isNumber()) || (above != null && !above.isNumber())) {
        return UNKNOWN;
      }
      BigDecimal low = min == null ? null : min.decimalValue();
      BigDecimal over = above == null ? null : above.decimalValue();
      return node -> node.isNumber() && (low == null || node.decimalValue().compareTo(low) >= 0)
          && (over == null || node.decimalValue().compareTo(over) > 0);
    }
  }

  /**
   * Whether a text has a character no definition of white space counts as such: an ASCII
   * character other than space and controls, or a letter or digit. Texts made only of other
   * characters are left to the validator, whatever its regular expressions take {@code \S} to mean.
   */
  static boolean hasVisible(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c > ' ' && c < 0x7f) || Character.isLetterOrDigit(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a text is an id of the form the id pattern allows: a capital letter, then capital
   * letters, digits and underscores.
   *
   * @param text the text
   * @return true when the pattern matches
   */
  static boolean isId(String text) {
    if (text.isEmpty() || text.charAt(0) < 'A' || text.charAt(0) > 'Z') {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '_') {
        return false;
      }
    }
    return true;
  }

  /** Whether a text is a date of the form {@code YYYY-MM-DD} that exists, between years 1000 and 9999. */
  static boolean isDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = text.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
