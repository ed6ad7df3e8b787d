package io.propgov.governance.examples.handbook;

import io.propgov.governance.examples.html.Labels;
import java.util.List;

/**
 * A policy's handbook, every value already in the reader's language: what the Markdown writer and
 * the HTML template {@code handbook.jte} show. Values are plain text; each writer escapes them.
 *
 * @param t the handbook's own words, never null
 * @param summary the policy at a glance, never null
 * @param sections the rule areas, each with its parameters, in a fixed order, never null
 * @param rulesNote how the rules reading a parameter were found, in words, never null
 * @param scenariosNote which scenarios were run, in words, never null
 * @param scenarioFolder the folder they were run from, empty when none, never null
 */
public record Handbook(Labels t, Summary summary, List<Section> sections, String rulesNote, String scenariosNote,
    String scenarioFolder) {

  /** Copies the lists. */
  public Handbook {
    sections = List.copyOf(sections);
  }

  /**
   * Returns every parameter, section by section.
   *
   * @return the parameters, never null
   */
  public List<Parameter> parameters() {
    return sections.stream().flatMap(s -> s.parameters().stream()).toList();
  }

  /**
   * The policy at a glance.
   *
   * @param policyId the policy's id, never null
   * @param version its version, never null
   * @param description what it says it is, empty when not shown in the reader's language, never null
   * @param levels the levels it comes through, root first, each as {@code id@version}, never null
   * @param contentHash the sha256 of its resolved content, never null
   * @param parameters how many parameters it sets
   * @param values how many dated values they have
   * @param assumptions how many of those values are model assumptions
   * @param scenarios how many scenarios were run to find those that exercise each rule
   */
  public record Summary(String policyId, String version, String description, List<String> levels,
      String contentHash, int parameters, int values, int assumptions, int scenarios) {

    /** Copies the list. */
    public Summary {
      levels = List.copyOf(levels);
    }
  }

  /**
   * One rule area's parameters.
   *
   * @param key the area's parameter prefix, such as {@code vote}, never null
   * @param anchor the section's id on the page, never null
   * @param title the area's name in the reader's language, never null
   * @param parameters its parameters, in the policy's order, never null
   */
  public record Section(String key, String anchor, String title, List<Parameter> parameters) {

    /** Copies the list. */
    public Section {
      parameters = List.copyOf(parameters);
    }
  }

  /**
   * One parameter with everything the handbook says about it.
   *
   * @param id the parameter's id, never null
   * @param anchor its section's id on the page, never null
   * @param description what it means, empty when not given in the reader's language, never null
   * @param values its dated values, earliest first, never null
   * @param bounds the bounds the levels above set on it, root first, never null
   * @param rules the ids of the rules that read it, never null
   * @param scenarios the scenarios that reach any of those rules, in path order, never null
   */
  public record Parameter(String id, String anchor, String description, List<Value> values, List<Limit> bounds,
      List<String> rules, List<ScenarioRef> scenarios) {

    /** Copies the lists. */
    public Parameter {
      values = List.copyOf(values);
      bounds = List.copyOf(bounds);
      rules = List.copyOf(rules);
      scenarios = List.copyOf(scenarios);
    }

    /**
     * Returns the value in force last: the latest one.
     *
     * @return the value, never null
     */
    public Value latest() {
      return values.get(values.size() - 1);
    }
  }

  /**
   * One dated value.
   *
   * @param from the first day it is in force, ISO, never null
   * @param until its last day (the day before the next value), empty when no later value replaces it, never null
   * @param period the period in words, never null
   * @param shown the value as shown, never null
   * @param source its source in the reader's language, never null
   * @param assumption whether the value is this model's assumption rather than a figure of its source
   * @param setBy the id of the level that set it, never null
   */
  public record Value(String from, String until, String period, Shown shown, String source, boolean assumption,
      String setBy) {}

  /**
   * A bound a level above sets on a parameter.
   *
   * @param level the id of the level that sets it, never null
   * @param kind the bound in words, such as "at least", never null
   * @param limit the limit, or null for a direction or a value fixed at the one inherited
   * @param relativeToInherited whether the value is fixed at the one inherited (no limit of its own)
   * @param source where the bound comes from, in the reader's language, never null
   */
  public record Limit(String level, String kind, Shown limit, boolean relativeToInherited, String source) {}

  /**
   * A scenario file.
   *
   * @param path its path as given under the scenario folder, with forward slashes, never null
   * @param name its name, empty when not shown in the reader's language, never null
   */
  public record ScenarioRef(String path, String name) {}
}
