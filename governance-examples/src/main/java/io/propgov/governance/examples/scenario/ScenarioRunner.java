package io.propgov.governance.examples.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.engine.EstateResult;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.examples.Presets;
import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.org.HierarchyFacts;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.policy.GovernancePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Runs scenario files: evaluates each scenario's facts under its policy on its date and
 * compares the decisions with what the scenario expects (see {@link Scenario} for the format).
 * Thread-safe.
 *
 * @since 0.1.0
 */
public final class ScenarioRunner {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final GovernanceJson json;

  /**
   * Creates a runner.
   *
   * @param json the JSON adapter used to read policies and facts and write decisions, not null
   */
  public ScenarioRunner(GovernanceJson json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * Finds the scenario files under some paths: each {@code .json} file named, and every
   * {@code .json} file below each folder named, in a stable (sorted) order.
   *
   * @param paths files or folders, not null
   * @return the scenario files, never null
   * @throws IOException if a folder cannot be listed
   * @throws IllegalArgumentException naming a path that does not exist
   */
  public static List<Path> discover(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new IllegalArgumentException("no scenario file or folder at " + path);
      }
    }
    return files;
  }

  /**
   * Runs one scenario file. A file that cannot be read or is not a scenario gives a failed
   * result saying why; it never throws.
   *
   * @param file the scenario file, not null
   * @return the result, never null
   */
  public ScenarioResult run(Path file) {
    Scenario scenario;
    try {
      scenario = read(file);
    } catch (IOException | IllegalArgumentException e) {
      return new ScenarioResult(file, file.getFileName().toString(), List.of("cannot run: " + e.getMessage()));
    }
    return new ScenarioResult(file, scenario.name(), JsonMatch.differences(scenario.expected(), actual(scenario)));
  }

  /**
   * Evaluates a scenario and returns the document its expectation is matched against:
   * {@code {"estates": {<id>: <decision or {"errors": [...]}>}}} (with {@code "subsidies"},
   * {@code "allocations"} and {@code "costShares"} by id when the facts hold applications or cost
   * shares), or {@code {"errors": [...]}}
   * when the facts cannot be read, or {@code {"policyErrors": [...]}} when the policy cannot.
   *
   * @param scenario the scenario, not null
   * @return the actual document, never null
   */
  public JsonNode actual(Scenario scenario) {
    ObjectNode actual = JsonNodeFactory.instance.objectNode();
    GovernanceEngine engine;
    try {
      GovernancePolicy policy = Presets.resolve(json, scenario.policy(), scenario.file().toAbsolutePath().getParent());
      engine = GovernanceEngine.create(policy);
    } catch (InvalidPolicyException e) {
      actual.set("policyErrors", errors(e.errors()));
      return actual;
    }
    Facts facts;
    try {
      facts = json.readFacts(scenario.facts().toString());
    } catch (InvalidFactsException e) {
      actual.set("errors", errors(e.errors()));
      return actual;
    }
    List<EstateResult> results = engine.assessAll(facts.estates(), scenario.asOf());
    JsonNode written = parse(json.writeResults(results, engine.policy(), scenario.asOf(), Locale.ENGLISH));
    ObjectNode estates = actual.putObject("estates");
    for (JsonNode result : written.path("results")) {
      String id = result.path("estateId").asText();
      String key = estates.has(id) ? id + "#" + result.path("index").asInt() : id;
      if (result.has("decision")) {
        estates.set(key, result.get("decision"));
      } else {
        estates.putObject(key).set("errors", result.path("errors"));
      }
    }
    if (!facts.units().isEmpty() && engine.judgesHierarchy()) {
      tree(scenario, engine, facts, actual);
    }
    SubsidyScenario.add(json, engine, facts, scenario.asOf(), actual);
    return actual;
  }

  /** Adds the tree's rates and the report on the scenario's unit, or the errors that stopped them. */
  private void tree(Scenario scenario, GovernanceEngine engine, Facts facts, ObjectNode actual) {
    HierarchyFacts hierarchy = facts.hierarchy();
    List<InputError> errors = engine.validate(hierarchy, scenario.asOf());
    if (!errors.isEmpty()) {
      actual.set("treeErrors", errors(errors));
      return;
    }
    ObjectNode rates = actual.putObject("rates");
    for (JsonNode unit : parse(json.writeRates(engine.rates(hierarchy, scenario.asOf()), engine.policy(),
        scenario.asOf())).path("units")) {
      rates.set(unit.path("unitId").asText(), unit);
    }
    List<OrgUnit> roots = engine.hierarchy().tree(hierarchy.units(), scenario.asOf()).roots();
    String unit = scenario.unit() != null ? scenario.unit() : roots.get(0).id();
    try {
      actual.set("report", parse(json.writeReport(engine.report(hierarchy, unit, scenario.asOf()), Locale.ENGLISH)));
    } catch (InvalidFactsException e) {
      actual.set("treeErrors", errors(e.errors()));
    }
  }

  /**
   * Reads a scenario file.
   *
   * @param file the file, not null
   * @return the scenario, never null
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException naming the field when the file is not a valid scenario
   */
  public static Scenario read(Path file) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage() + " at line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
    }
    List<String> missing = new ArrayList<>();
    for (String field : List.of("name", "policy", "asOf", "facts", "expected")) {
      if (root == null || !root.hasNonNull(field)) {
        missing.add("/" + field);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("a scenario needs " + String.join(", ", missing)
          + " (name, policy, asOf, facts and expected are required; description is optional)");
    }
    LocalDate asOf;
    try {
      asOf = LocalDate.parse(root.get("asOf").asText());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("/asOf: '" + root.get("asOf").asText() + "' is not a date; write YYYY-MM-DD");
    }
    return new Scenario(file, root.get("name").asText(), root.path("description").asText(""),
        root.get("policy").asText(), asOf, root.get("facts"), root.get("expected"),
        root.hasNonNull("unit") ? root.get("unit").asText() : null);
  }

  private static ArrayNode errors(List<InputError> errors) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (InputError e : errors) {
      array.addObject().put("pointer", e.pointer()).put("code", e.code()).put("message", e.message());
    }
    return array;
  }

  private static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("governance-json wrote invalid JSON", e);
    }
  }
}
