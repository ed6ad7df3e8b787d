package io.propgov.governance.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.engine.RuleIds;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The rule id constants and the message bundles name exactly the same rules. */
class RuleIdsTests {

  private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  /** The rule ids a bundle's keys name: each key {@code <ruleId>.<OUTCOME>}, cut at the outcome. */
  private static Map<String, Set<Outcome>> rulesOfKeys(Set<String> keys) {
    Map<String, Set<Outcome>> rules = new TreeMap<>();
    for (String key : keys) {
      for (Outcome outcome : Outcome.values()) {
        String suffix = "." + outcome.name();
        if (key.endsWith(suffix) && key.length() > suffix.length()) {
          rules.computeIfAbsent(key.substring(0, key.length() - suffix.length()), k -> EnumSet.noneOf(Outcome.class))
              .add(outcome);
        }
      }
    }
    return rules;
  }

  @Test
  void noIdIsDeclaredTwice() {
    List<String> ids = RuleIds.all();
    assertEquals(ids.size(), new HashSet<>(ids).size(), ids.toString());
  }

  @Test
  void everyConstantHasAMessageInEnglishAndInChinese() {
    for (String id : RuleIds.all()) {
      assertTrue(rulesOfKeys(Messages.keys(Locale.ENGLISH)).containsKey(id), id + " has no English message");
      assertTrue(rulesOfKeys(Messages.keys(CHINESE)).containsKey(id), id + " has no Chinese message");
    }
  }

  @Test
  void everyRuleTheBundlesNameIsAConstant() {
    Set<String> constants = new TreeSet<>(RuleIds.all());
    assertEquals(constants, rulesOfKeys(Messages.keys(Locale.ENGLISH)).keySet());
    assertEquals(constants, rulesOfKeys(Messages.keys(CHINESE)).keySet());
  }

  @Test
  void bothLanguagesGiveEachRuleTheSameOutcomes() {
    assertEquals(rulesOfKeys(Messages.keys(Locale.ENGLISH)), rulesOfKeys(Messages.keys(CHINESE)));
  }

  @Test
  void theCatalogueIsWhatTheBundleKeysAlwaysGave() {
    Map<String, Set<Outcome>> catalogue = RuleCatalog.rules();
    assertEquals(rulesOfKeys(Messages.keys()), catalogue);
    assertEquals(133, catalogue.size());
    assertFalse(catalogue.values().stream().anyMatch(Set::isEmpty));
  }

  @Test
  void theConstantsHoldThePublishedIds() {
    assertEquals("vote.quorum.area", io.propgov.governance.vote.VoteRuleIds.QUORUM_AREA);
    assertEquals("satisfaction.pass-line", io.propgov.governance.satisfaction.SatisfactionRuleIds.PASS_LINE);
    assertEquals("arrears.limitation", io.propgov.governance.credit.CreditRuleIds.ARREARS_LIMITATION);
    assertEquals("cost-share.household", io.propgov.governance.subsidy.SubsidyRuleIds.COST_SHARE_HOUSEHOLD);
    assertEquals("metrics.rated-satisfactory", io.propgov.governance.metrics.MetricsRuleIds.RATED_SATISFACTORY);
    assertEquals("org.party.form", io.propgov.governance.org.OrgRuleIds.PARTY_FORM);
    assertEquals("service.requirement.unmeasured", io.propgov.governance.service.ServiceRuleIds.REQUIREMENT_UNMEASURED);
    assertEquals("estate.area", io.propgov.governance.engine.EstateRuleIds.AREA);
  }
}
