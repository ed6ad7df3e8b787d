package io.propgov.governance.explain;

import io.propgov.governance.credit.CreditRuleIds;
import io.propgov.governance.engine.EstateRuleIds;
import io.propgov.governance.metrics.MetricsRuleIds;
import io.propgov.governance.org.OrgRuleIds;
import io.propgov.governance.satisfaction.SatisfactionRuleIds;
import io.propgov.governance.service.ServiceRuleIds;
import io.propgov.governance.subsidy.SubsidyRuleIds;
import io.propgov.governance.vote.VoteRuleIds;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every rule the SDK's rules can apply, with the outcomes each can give: the rule ids are the
 * constants of the areas' {@code *RuleIds} classes, and the outcomes of each are those it has a
 * message {@code <ruleId>.<OUTCOME>} for. A test holds the constants and the messages to each
 * other, so neither can name a rule the other lacks.
 *
 * @since 0.1.0
 */
public final class RuleCatalog {

  private RuleCatalog() {}

  /**
   * Returns every rule id of every area, in no particular order.
   *
   * @return the ids of the areas' {@code *RuleIds} classes, never null
   */
  public static List<String> ids() {
    return Stream.of(SatisfactionRuleIds.all(), VoteRuleIds.all(), OrgRuleIds.all(), ServiceRuleIds.all(),
        CreditRuleIds.all(), SubsidyRuleIds.all(), MetricsRuleIds.all(), EstateRuleIds.all())
        .flatMap(List::stream).toList();
  }

  /**
   * Returns each rule id with the outcomes it can give, such as
   * {@code satisfaction.pass-line -> [MET, NOT_MET, NOT_APPLICABLE]}.
   *
   * @return rule ids in order, never null
   */
  public static Map<String, Set<Outcome>> rules() {
    Set<String> keys = Messages.keys();
    Map<String, Set<Outcome>> rules = new TreeMap<>();
    for (String id : ids()) {
      Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
      for (Outcome outcome : Outcome.values()) {
        if (keys.contains(id + "." + outcome.name())) {
          outcomes.add(outcome);
        }
      }
      rules.put(id, Collections.unmodifiableSet(outcomes));
    }
    return rules;
  }
}
