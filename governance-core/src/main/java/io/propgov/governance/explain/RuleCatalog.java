package io.propgov.governance.explain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every rule the SDK's rules can apply, with the outcomes each can give, read from the message
 * bundles: a rule explains itself with the message {@code <ruleId>.<OUTCOME>}, so the keys name
 * every rule and outcome there is. Each area declares its rule ids as constants
 * ({@code *RuleIds}, all of them in {@code engine.RuleIds}); a test holds those constants and the
 * messages equal, so neither can name a rule the other lacks. Reading the bundles keeps this
 * package free of the rule areas, which depend on it.
 *
 * @since 0.1.0
 */
public final class RuleCatalog {

  private RuleCatalog() {}

  /**
   * Returns each rule id with the outcomes it can give, such as
   * {@code satisfaction.pass-line -> [MET, NOT_MET, NOT_APPLICABLE]}.
   *
   * @return rule ids in order, never null
   */
  public static Map<String, Set<Outcome>> rules() {
    Map<String, Set<Outcome>> rules = new TreeMap<>();
    for (String key : Messages.keys()) {
      for (Outcome outcome : Outcome.values()) {
        String suffix = "." + outcome.name();
        if (key.endsWith(suffix) && key.length() > suffix.length()) {
          rules.computeIfAbsent(key.substring(0, key.length() - suffix.length()), k -> EnumSet.noneOf(Outcome.class))
              .add(outcome);
        }
      }
    }
    rules.replaceAll((id, outcomes) -> java.util.Collections.unmodifiableSet(outcomes));
    return rules;
  }
}
