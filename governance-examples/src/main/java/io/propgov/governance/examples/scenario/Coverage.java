package io.propgov.governance.examples.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.RuleCatalog;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterKey;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which rules a run of scenarios exercised, and with which outcomes. The rules counted are those
 * of {@link RuleCatalog} in the rule areas the scenarios' policies use: an area whose parameters
 * a policy sets (such as {@code org} once it sets {@code org.levels}), and every area that has no
 * parameters of its own (such as {@code metrics}). Reasons are found in the written decisions
 * wherever an object has a {@code rule} and an {@code outcome}, so areas added later are counted
 * without change here. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class Coverage {

  private final Map<String, Set<Outcome>> exercised = new TreeMap<>();
  private final Set<String> areas = new HashSet<>();

  /**
   * Counts the rules a scenario's actual document shows.
   *
   * @param actual the document {@link ScenarioRunner#actual} returned, not null
   * @param policy the scenario's policy, or null when it could not be resolved
   */
  public void add(JsonNode actual, GovernancePolicy policy) {
    if (policy != null) {
      policy.parameters().keySet().forEach(key -> areas.add(area(key.id())));
    }
    walk(actual);
  }

  private void walk(JsonNode node) {
    if (node.isObject()) {
      JsonNode rule = node.get("rule");
      JsonNode outcome = node.get("outcome");
      if (rule != null && rule.isTextual() && outcome != null && outcome.isTextual()) {
        for (Outcome o : Outcome.values()) {
          if (o.name().equals(outcome.textValue())) {
            exercised.computeIfAbsent(rule.textValue(), k -> EnumSet.noneOf(Outcome.class)).add(o);
          }
        }
      }
    }
    node.forEach(this::walk);
  }

  /**
   * Returns every rule the policies use with the outcomes it can give.
   *
   * @return rule ids in order, never null
   */
  public Map<String, Set<Outcome>> rules() {
    Set<String> engineAreas = new HashSet<>();
    GovernanceEngine.parameters().stream().map(ParameterKey::id).map(Coverage::area).forEach(engineAreas::add);
    Map<String, Set<Outcome>> rules = new TreeMap<>();
    RuleCatalog.rules().forEach((rule, outcomes) -> {
      String area = area(rule);
      if (areas.contains(area) || !engineAreas.contains(area)) {
        rules.put(rule, outcomes);
      }
    });
    return rules;
  }

  /**
   * Returns the outcomes the scenarios gave for a rule.
   *
   * @param rule the rule id, not null
   * @return the outcomes, empty when no scenario reached the rule, never null
   */
  public Set<Outcome> exercised(String rule) {
    return exercised.getOrDefault(rule, Set.of());
  }

  /**
   * Returns the rules the policies use that no scenario reached.
   *
   * @return rule ids in order, never null
   */
  public List<String> unreached() {
    List<String> unreached = new ArrayList<>();
    rules().keySet().forEach(rule -> {
      if (exercised(rule).isEmpty()) {
        unreached.add(rule);
      }
    });
    return unreached;
  }

  /**
   * Writes the coverage as text: one line per rule with its outcomes, exercised ones marked, then
   * the rules no scenario reaches.
   *
   * @return the text, never null
   */
  public String text() {
    Map<String, Set<Outcome>> rules = rules();
    StringBuilder b = new StringBuilder("Rule coverage: ").append(rules.size() - unreached().size()).append(" of ")
        .append(rules.size()).append(" rules the policies use were reached ([x] outcome exercised, [ ] not)\n");
    int width = rules.keySet().stream().mapToInt(String::length).max().orElse(0);
    rules.forEach((rule, outcomes) -> {
      b.append("  ").append(rule).append(" ".repeat(width - rule.length() + 2));
      for (Outcome o : outcomes) {
        b.append(exercised(rule).contains(o) ? "[x] " : "[ ] ").append(o).append("  ");
      }
      b.setLength(b.length() - 2);
      b.append('\n');
    });
    List<String> unreached = unreached();
    b.append(unreached.isEmpty() ? "Every rule is reached by a scenario.\n" : "Not reached by any scenario ("
        + unreached.size() + "):\n");
    unreached.forEach(rule -> b.append("  ").append(rule).append('\n'));
    return b.toString();
  }

  private static String area(String id) {
    int dot = id.indexOf('.');
    return dot < 0 ? id : id.substring(0, dot);
  }
}
