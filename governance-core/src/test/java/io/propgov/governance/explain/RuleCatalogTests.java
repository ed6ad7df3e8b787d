package io.propgov.governance.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleCatalogTests {

  @Test
  void theCatalogueListsEachRuleWithTheOutcomesItsMessagesName() {
    assertEquals(Set.of(Outcome.MET, Outcome.NOT_MET, Outcome.NOT_APPLICABLE),
        RuleCatalog.rules().get("satisfaction.pass-line"));
    assertEquals(Set.of(Outcome.MET), RuleCatalog.rules().get("vote.dismissal-notice"));
  }

  @Test
  void headlinesAndTermsAreNotRules() {
    assertFalse(RuleCatalog.rules().containsKey("satisfaction.round"));
    assertFalse(RuleCatalog.rules().keySet().stream().anyMatch(r -> r.startsWith("term.")));
  }
}
