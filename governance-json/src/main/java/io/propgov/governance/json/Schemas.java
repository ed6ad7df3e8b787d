package io.propgov.governance.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import io.propgov.governance.error.InputError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON Schemas shipped with the module and the validators compiled from them. The schemas
 * are compiled once, eagerly; validation afterwards only reads them, so it is thread-safe.
 */
final class Schemas {

  /** The schemas, by short name, in a stable order. */
  static final List<String> NAMES = List.of("policy", "facts", "decision");

  /** The base of every schema's {@code $id}. */
  static final String BASE = "https://propgov.io/schema/";

  private static final Map<String, String> TEXTS = load();

  private final Map<String, JsonNode> trees = new LinkedHashMap<>();
  private final SchemaErrors errors;
  private final Schema policy;
  private final Schema facts;
  private final Schema estate;
  private final SchemaShape estateShape;
  private final Schema decision;

  Schemas(JsonMapper mapper) {
    // Before the validator's first logger: no "No SLF4J providers" line for a host without logging.
    QuietLogging.ensure();
    Map<String, String> byId = new LinkedHashMap<>();
    TEXTS.forEach((name, text) -> {
      byId.put(id(name), text);
      try {
        trees.put(id(name), mapper.readTree(text));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("bundled schema " + name + " is not JSON", e);
      }
    });
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .formatAssertionsEnabled(true)
        .pathType(PathType.JSON_POINTER)
        .locale(Locale.ENGLISH)
        .build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemaRegistryConfig(config).schemas(byId));
    policy = compile(registry, id("policy"));
    facts = compile(registry, id("facts"));
    estate = compile(registry, id("facts") + "#/$defs/estate");
    decision = compile(registry, id("decision"));
    estateShape = SchemaShape.compile(trees.get(id("facts")), "estate");
    errors = new SchemaErrors(trees);
  }

  private static Schema compile(SchemaRegistry registry, String location) {
    Schema schema = registry.getSchema(SchemaLocation.of(location));
    schema.initializeValidators();
    return schema;
  }

  /** The tree of a bundled schema, by short name. */
  JsonNode tree(String name) {
    return trees.get(id(name));
  }

  static String id(String name) {
    return BASE + name + ".schema.json";
  }

  /** Returns the text of a schema by short name ({@code policy}) or file name ({@code policy.schema.json}). */
  static String text(String name) {
    String key = name.endsWith(".schema.json") ? name.substring(0, name.length() - ".schema.json".length()) : name;
    String text = TEXTS.get(key);
    if (text == null) {
      throw new IllegalArgumentException("no schema named '" + name + "'; the schemas are "
          + String.join(", ", NAMES) + " (or " + String.join(", ", NAMES.stream().map(n -> n + ".schema.json").toList())
          + ")");
    }
    return text;
  }

  List<InputError> validatePolicy(JsonNode root) {
    return validate(policy, root);
  }

  List<InputError> validateFacts(JsonNode root) {
    return validate(facts, root);
  }

  List<InputError> validateEstate(JsonNode root) {
    // Most lines of a batch are sound: a quick check that can only under-accept spares them the full walk.
    return estateShape.accepts(root) ? List.of() : validate(estate, root);
  }

  /** Validates an estate with the full validator, never the quick check; for tests. */
  List<InputError> validateEstateFully(JsonNode root) {
    return validate(estate, root);
  }

  List<InputError> validateDecision(JsonNode root) {
    return validate(decision, root);
  }

  private List<InputError> validate(Schema schema, JsonNode root) {
    List<Error> found;
    try {
      found = schema.validate(root);
    } catch (RuntimeException e) {
      return List.of(new InputError("", "schema", "the document could not be checked against its schema: "
          + e.getMessage()));
    }
    return found.stream().map(errors::toInputError).toList();
  }

  private static Map<String, String> load() {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String name : NAMES) {
      String resource = "schema/" + name + ".schema.json";
      try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("bundled schema " + resource + " is missing");
        }
        texts.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Map.copyOf(texts);
  }
}
