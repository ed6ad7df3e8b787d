package io.propgov.governance.examples.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.area.Result;
import io.propgov.governance.engine.EstateAssessment;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.examples.Presets;
import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.json.InputLimits;
import io.propgov.governance.metrics.UnitRates;
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
import java.util.Map;
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

  /** Reads scenario files within the limits every document is read within. */
  private static final ObjectMapper MAPPER = new ObjectMapper(InputLimits.jsonFactory())
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
    try {
      return new ScenarioResult(file, scenario.name(), JsonMatch.differences(scenario.expected(), actual(scenario)));
    } catch (RuntimeException | StackOverflowError e) {
      // One scenario that breaks the runner is that scenario's failure; the others still run.
      return new ScenarioResult(file, scenario.name(), List.of("cannot run: " + e));
    }
  }

  /**
   * Evaluates a scenario and returns the document its expectation is matched against:
   * {@code {"estates": {<id>: <decision or {"errors": [...]}>}}} with, for a tree, {@code rates},
   * {@code report} and (when the policy judges service) {@code serviceNeeds} by unit; with
   * {@code estateReports}, each estate's whole-estate assessment by id; with
   * {@code credit} and {@code arrears} by id when the facts hold companies or households; with
   * {@code subsidies}, {@code allocations} and {@code costShares} by id when they hold
   * applications or cost shares; with {@code money} by estate id and {@code moneyRates} by unit
   * when they hold money entries; with {@code owners} by estate id and {@code ownersCoverage} by
   * unit when they hold owners' organisations; with {@code contracts} and {@code modeVotes} by id
   * when they hold service contracts or mode votes; with {@code workOrders}, the work-order
   * assessment, when they hold orders and the policy judges them; or {@code {"errors": [...]}}
   * when the facts cannot be read, or {@code {"policyErrors": [...]}} when the policy cannot.
   *
   * @param scenario the scenario, not null
   * @return the actual document, never null
   */
  public JsonNode actual(Scenario scenario) {
    ObjectNode actual = JsonNodeFactory.instance.objectNode();
    GovernanceEngine engine;
    GovernanceJson known;
    try {
      known = withPolicies(scenario);
      engine = GovernanceEngine.create(Presets.resolve(known, scenario.policy(), base(scenario)));
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
    List<Result<EstateAssessment>> results = engine.assessAll(facts.estates(), scenario.asOf());
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
    ObjectNode reports = actual.putObject("estateReports");
    for (JsonNode result : parse(json.writeEstateReports(engine.assessEstates(facts.governance(), scenario.asOf()),
        engine.policy(), scenario.asOf(), Locale.ENGLISH)).path("estates")) {
      String id = result.path("estateId").asText();
      String key = reports.has(id) ? id + "#" + result.path("index").asInt() : id;
      reports.set(key, result.has("decision") ? result.get("decision")
          : JsonNodeFactory.instance.objectNode().set("errors", result.path("errors")));
    }
    if (engine.judgesCredit()) {
      credit(scenario, engine, facts, actual);
    }
    if (scenario.compares()) {
      compare(scenario, known, engine, facts, actual);
    }
    SubsidyScenario.add(json, engine, facts, scenario.asOf(), actual);
    MoneyScenario.add(json, engine, facts, scenario.asOf(), actual);
    OwnersScenario.add(json, engine, facts, scenario.asOf(), actual);
    HandoverScenario.add(json, engine, facts, scenario.asOf(), actual);
    WorkOrderScenario.add(json, engine, facts, scenario.asOf(), actual);
    return actual;
  }

  /** Adds each company's credit assessment and each household's arrears assessment (or their errors), by id. */
  private void credit(Scenario scenario, GovernanceEngine engine, Facts facts, ObjectNode actual) {
    if (!facts.companies().isEmpty()) {
      actual.set("credit", byId(json.writeCreditResults(engine.credit().assessAll(facts.companies(), scenario.asOf()),
          engine.policy(), scenario.asOf(), Locale.ENGLISH)));
    }
    if (!facts.households().isEmpty()) {
      actual.set("arrears", byId(json.writeCreditResults(engine.arrears().assessAll(facts.households(),
          scenario.asOf()), engine.policy(), scenario.asOf(), Locale.ENGLISH)));
    }
  }

  private static ObjectNode byId(String written) {
    ObjectNode byId = JsonNodeFactory.instance.objectNode();
    for (JsonNode result : parse(written).path("results")) {
      String id = result.path("id").asText();
      String key = byId.has(id) ? id + "#" + result.path("index").asInt() : id;
      byId.set(key, result.has("decision") ? result.get("decision")
          : JsonNodeFactory.instance.objectNode().set("errors", result.path("errors")));
    }
    return byId;
  }

  /**
   * Resolves a scenario's policy (with the policies the scenario defines), for tools that ask
   * which parameters it sets.
   *
   * @param scenario the scenario, not null
   * @return the policy, or empty when it is invalid
   * @since 0.1.0
   */
  public java.util.Optional<GovernancePolicy> policy(Scenario scenario) {
    try {
      return java.util.Optional.of(Presets.resolve(withPolicies(scenario), scenario.policy(), base(scenario)));
    } catch (InvalidPolicyException e) {
      return java.util.Optional.empty();
    }
  }

  /** The reader knowing the policies the scenario defines as parents; errors point into the scenario file. */
  private GovernanceJson withPolicies(Scenario scenario) {
    List<io.propgov.governance.layer.PolicyLayer> layers = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    for (int i = 0; i < scenario.policies().size(); i++) {
      try {
        layers.add(json.readLayer(scenario.policies().get(i).toString()));
      } catch (InvalidPolicyException e) {
        for (InputError error : e.errors()) {
          errors.add(new InputError("/policies/" + i + error.pointer(), error.code(), error.message()));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidPolicyException(errors);
    }
    return layers.isEmpty() ? json : json.withParents(layers);
  }

  private static Path base(Scenario scenario) {
    return scenario.file().toAbsolutePath().getParent();
  }

  /** Adds the what-if comparison, or the errors of the second policy at {@code policyBErrors}. */
  private void compare(Scenario scenario, GovernanceJson known, GovernanceEngine engine, Facts facts,
      ObjectNode actual) {
    GovernanceEngine other;
    try {
      other = scenario.policyB() == null ? engine
          : GovernanceEngine.create(Presets.resolve(known, scenario.policyB(), base(scenario)));
    } catch (InvalidPolicyException e) {
      actual.set("policyBErrors", errors(e.errors()));
      return;
    }
    LocalDate asOfB = scenario.asOfB() != null ? scenario.asOfB() : scenario.asOf();
    actual.set("diff", WhatIfDocument.compare(facts, new WhatIfDocument.Side(engine, scenario.asOf()),
        new WhatIfDocument.Side(other, asOfB)).toJson(Locale.ENGLISH));
  }

  /**
   * Adds the tree's rates and the report on the scenario's unit, or the errors in the tree itself
   * that stopped them. An estate, matter or meeting with errors is left out alone: the report
   * lists its errors under {@code rejected}.
   */
  private void tree(Scenario scenario, GovernanceEngine engine, Facts facts, ObjectNode actual) {
    HierarchyFacts hierarchy = facts.hierarchy();
    Map<String, UnitRates> unitRates;
    try {
      unitRates = engine.rates(hierarchy, scenario.asOf());
    } catch (InvalidFactsException e) {
      actual.set("treeErrors", errors(e.errors()));
      return;
    }
    ObjectNode rates = actual.putObject("rates");
    for (JsonNode unit : parse(json.writeRates(unitRates, engine.policy(), scenario.asOf())).path("units")) {
      rates.set(unit.path("unitId").asText(), unit);
    }
    if (engine.judgesService()) {
      ObjectNode needs = actual.putObject("serviceNeeds");
      engine.serviceNeeds(hierarchy, scenario.asOf()).forEach((id, counts) -> needs.putObject(id)
          .put("expand", counts.expand()).put("upgrade", counts.upgrade()).put("meetsTarget", counts.meetsTarget())
          .put("notAssessed", counts.notAssessed()));
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
    JsonLocation start;
    // Read as bytes, so that a byte order mark is passed over as by every other reader.
    try (JsonParser parser = MAPPER.createParser(Files.newInputStream(file))) {
      parser.enable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      try {
        JsonToken first = parser.nextToken();
        start = parser.currentTokenLocation();
        root = first == null ? null : MAPPER.readTree(parser);
      } catch (StreamConstraintsException e) {
        JsonLocation at = parser.currentTokenLocation();
        throw new IllegalArgumentException(InputLimits.exceeded(e.getOriginalMessage(), at.getLineNr(),
            at.getColumnNr()));
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage() + " at line "
            + at.getLineNr() + ", column " + at.getColumnNr());
      }
    }
    if (root != null && !root.isObject()) {
      throw new IllegalArgumentException("a scenario is a JSON object, was " + root.getNodeType().toString()
          .toLowerCase(Locale.ROOT) + " at line " + start.getLineNr() + ", column " + start.getColumnNr());
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
    List<JsonNode> policies = new ArrayList<>();
    root.path("policies").forEach(policies::add);
    LocalDate asOfB = null;
    if (root.hasNonNull("asOfB")) {
      try {
        asOfB = LocalDate.parse(root.get("asOfB").asText());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("/asOfB: '" + root.get("asOfB").asText() + "' is not a date; write YYYY-MM-DD");
      }
    }
    return new Scenario(file, root.get("name").asText(), root.path("description").asText(""),
        root.get("policy").asText(), asOf, root.get("facts"), root.get("expected"),
        root.hasNonNull("unit") ? root.get("unit").asText() : null, policies,
        root.hasNonNull("policyB") ? root.get("policyB").asText() : null, asOfB);
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
