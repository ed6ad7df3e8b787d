package io.propgov.governance.examples.handbook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.propgov.governance.area.RuleArea;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.engine.RuleIds;
import io.propgov.governance.examples.html.Labels;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.layer.BoundKind;
import io.propgov.governance.layer.LevelBound;
import io.propgov.governance.layer.ResolvedPolicy;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.policy.ParameterValue;
import io.propgov.governance.policy.Timeline;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds a policy's {@link Handbook}: the values from the resolved policy (as its document writes
 * them), the level that set each and the bounds from its layers, the rules that read each
 * parameter from the engine's rule areas, and the scenarios that reach those rules.
 *
 * <p>The SDK records which parameters each rule area reads ({@link RuleArea#parameters()}), not
 * which single rule reads which parameter: a parameter is listed with the rules of the area that
 * reads it (of the area named like it when several do, as {@code arrears.*} is read by the credit
 * and arrears areas), and the handbook says so.
 */
public final class Handbooks {

  /** Reads the written policy back with its decimals exact, as written (5000000.00 stays so). */
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
  /** The sections in order; a parameter of another prefix gets a section after these. */
  private static final List<String> ORDER = List.of("satisfaction", "vote", "org", "service", "credit", "arrears",
      "subsidy");
  /** The first segments of the rule ids of each area, by area id. */
  private static final Map<String, List<String>> RULE_FAMILIES = Map.of(
      "satisfaction", List.of("satisfaction"),
      "vote", List.of("vote"),
      "hierarchy", List.of("org", "metrics"),
      "service", List.of("service"),
      "credit", List.of("credit"),
      "arrears", List.of("arrears"),
      "subsidy", List.of("subsidy", "cost-share"),
      "workorder", List.of("workorder"));
  /** The area that judges a whole estate from the others' decisions: not a reader of its own. */
  private static final String ESTATE_AREA = "estate";

  private Handbooks() {}

  /**
   * Builds the handbook of a resolved policy.
   *
   * @param json the reader the policy was resolved with, not null
   * @param resolved the policy with its levels, not null
   * @param scenarios the scenarios run, {@link ScenarioIndex#none()} for none, not null
   * @param scenarioFolder the folder the scenarios came from, or null when none were run
   * @param locale any {@code zh} locale for Chinese, any other for English, not null
   * @return the handbook, never null
   * @throws io.propgov.governance.error.InvalidPolicyException when the engine refuses the policy
   */
  public static Handbook of(GovernanceJson json, ResolvedPolicy resolved, ScenarioIndex scenarios,
      String scenarioFolder, Locale locale) {
    Labels t = Labels.of(locale);
    boolean zh = t.chinese();
    ValueText values = new ValueText(t);
    GovernancePolicy policy = resolved.policy();
    GovernanceEngine engine = GovernanceEngine.create(policy);
    JsonNode written = read(json.writePolicy(policy)).path("parameters");
    List<String> allRules = RuleIds.all();

    Map<String, List<Handbook.Parameter>> bySection = new TreeMap<>(Comparator.comparingInt(Handbooks::rank)
        .thenComparing(Comparator.naturalOrder()));
    int valueCount = 0;
    int assumptions = 0;
    for (Map.Entry<ParameterKey<?>, Timeline<?>> entry : policy.parameters().entrySet()) {
      ParameterKey<?> key = entry.getKey();
      List<? extends ParameterValue<?>> timeline = entry.getValue().values();
      JsonNode documented = written.path(key.id());
      List<String> origins = resolved.origins().getOrDefault(key.id(), List.of());
      List<Handbook.Value> shownValues = new ArrayList<>();
      for (int i = 0; i < timeline.size(); i++) {
        ParameterValue<?> value = timeline.get(i);
        String from = value.effectiveFrom().toString();
        String until = i + 1 < timeline.size() ? timeline.get(i + 1).effectiveFrom().minusDays(1).toString() : "";
        String period = until.isEmpty() ? t.format("handbook.period.open", from)
            : t.format("handbook.period.closed", from, until);
        Citation source = value.source();
        shownValues.add(new Handbook.Value(from, until, period, values.show(documented.path(i).path("value")),
            source.text(locale), source.assumption(), i < origins.size() ? origins.get(i) : policy.id()));
        valueCount++;
        assumptions += source.assumption() ? 1 : 0;
      }
      List<Handbook.Limit> bounds = new ArrayList<>();
      for (LevelBound b : resolved.bounds(key)) {
        Object limit = b.bound().limit();
        bounds.add(new Handbook.Limit(b.level(), t.get("handbook.bound." + b.bound().kind().name()),
            limit == null ? null : values.show(limitNode(json, key, limit)),
            b.bound().kind() == BoundKind.FIXED_BY_LAW && limit == null, b.bound().source().text(locale)));
      }
      List<String> rules = rules(engine, key, allRules);
      Set<ScenarioIndex.Entry> reaching = new LinkedHashSet<>();
      rules.forEach(rule -> reaching.addAll(scenarios.reaching(rule)));
      List<Handbook.ScenarioRef> refs = reaching.stream().sorted(Comparator.comparing(ScenarioIndex.Entry::path))
          .map(e -> new Handbook.ScenarioRef(e.path(), zh ? "" : e.name())).toList();
      String section = prefix(key.id());
      bySection.computeIfAbsent(section, k -> new ArrayList<>()).add(new Handbook.Parameter(key.id(),
          "p-" + key.id().replace('.', '-'), zh ? "" : key.description(), shownValues, bounds, rules, refs));
    }
    List<Handbook.Section> sections = new ArrayList<>();
    bySection.forEach((prefix, parameters) -> {
      String label = "handbook.area." + prefix;
      sections.add(new Handbook.Section(prefix, "area-" + prefix,
          t.keys().contains(label) ? t.get(label) : prefix, parameters));
    });
    Handbook.Summary summary = new Handbook.Summary(policy.id(), policy.version(), zh ? "" : policy.description(),
        resolved.levels().stream().map(Object::toString).toList(), json.policyHash(resolved),
        policy.parameters().size(), valueCount, assumptions, scenarios.count());
    String scenariosNote = scenarioFolder == null ? t.get("handbook.scenarios.none")
        : t.format("handbook.scenarios.from", scenarios.count());
    return new Handbook(t, summary, sections, t.get("handbook.rules.note"), scenariosNote,
        scenarioFolder == null ? "" : scenarioFolder);
  }

  /**
   * The rules that read a parameter: those of the area that declares it (preferring the area named
   * like the parameter when several do), else of the area its prefix names.
   */
  static List<String> rules(GovernanceEngine engine, ParameterKey<?> key, List<String> allRules) {
    String prefix = prefix(key.id());
    List<String> readers = new ArrayList<>();
    for (RuleArea<?, ?> area : engine.areas()) {
      if (!area.id().equals(ESTATE_AREA) && RULE_FAMILIES.containsKey(area.id()) && area.parameters().contains(key)) {
        readers.add(area.id());
      }
    }
    List<String> named = readers.stream().filter(a -> RULE_FAMILIES.get(a).contains(prefix)).toList();
    if (!named.isEmpty()) {
      readers = named;
    } else if (readers.isEmpty()) {
      readers = RULE_FAMILIES.entrySet().stream().filter(e -> e.getValue().contains(prefix)).map(Map.Entry::getKey)
          .toList();
    }
    Set<String> families = new LinkedHashSet<>();
    readers.forEach(a -> families.addAll(RULE_FAMILIES.get(a)));
    return allRules.stream().filter(rule -> families.contains(prefix(rule))).toList();
  }

  private static int rank(String prefix) {
    int i = ORDER.indexOf(prefix);
    return i < 0 ? ORDER.size() : i;
  }

  private static String prefix(String id) {
    int dot = id.indexOf('.');
    return dot < 0 ? id : id.substring(0, dot);
  }

  /** A bound's limit as a policy document would write it: through a one-parameter policy and the same writer. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static JsonNode limitNode(GovernanceJson json, ParameterKey<?> key, Object limit) {
    try {
      GovernancePolicy one = GovernancePolicy.builder().id("bound").jurisdiction("CN").version("1")
          .set((ParameterKey) key, LocalDate.of(2000, 1, 1), limit, new Citation("bound", "界限")).build();
      return read(json.writePolicy(one)).path("parameters").path(key.id()).path(0).path("value");
    } catch (RuntimeException e) {
      // A limit no value of the parameter may take (a bare minimum of a structured value) is shown as it is.
      return MAPPER.getNodeFactory().textNode(String.valueOf(limit));
    }
  }

  private static JsonNode read(String document) {
    try {
      return MAPPER.readTree(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
