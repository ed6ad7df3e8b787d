package io.propgov.governance.engine;

import io.propgov.governance.contract.ContractRuleIds;
import io.propgov.governance.mode.ModeRuleIds;
import io.propgov.governance.credit.CreditRuleIds;
import io.propgov.governance.metrics.MetricsRuleIds;
import io.propgov.governance.money.MoneyRuleIds;
import io.propgov.governance.org.OrgRuleIds;
import io.propgov.governance.owners.OwnersRuleIds;
import io.propgov.governance.satisfaction.SatisfactionRuleIds;
import io.propgov.governance.service.ServiceRuleIds;
import io.propgov.governance.subsidy.SubsidyRuleIds;
import io.propgov.governance.vote.VoteRuleIds;
import io.propgov.governance.workorder.WorkOrderRuleIds;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every rule id of every rule area: the constants of the areas' {@code *RuleIds} classes, in one
 * list. It lives with the engine, the one package that knows all the areas; the rule catalogue
 * ({@link io.propgov.governance.explain.RuleCatalog}) names the same rules, read from the messages.
 *
 * @since 0.2.0
 */
public final class RuleIds {

  private RuleIds() {}

  /**
   * Returns every rule id of every area, area by area.
   *
   * @return the ids, never null, without repeats
   */
  public static List<String> all() {
    return Stream.of(SatisfactionRuleIds.all(), VoteRuleIds.all(), OrgRuleIds.all(), ServiceRuleIds.all(),
        CreditRuleIds.all(), SubsidyRuleIds.all(), MetricsRuleIds.all(), EstateRuleIds.all(), MoneyRuleIds.all(),
        OwnersRuleIds.all(), ContractRuleIds.all(), ModeRuleIds.all(), WorkOrderRuleIds.all())
        .flatMap(List::stream).toList();
  }
}
