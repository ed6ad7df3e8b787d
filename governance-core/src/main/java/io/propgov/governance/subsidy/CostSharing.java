package io.propgov.governance.subsidy;

import io.propgov.governance.internal.Keyed;
import java.util.List;
import java.util.Optional;

/**
 * How the costs of works are shared between government and owners, the value of
 * {@link SubsidyParameters#COST_SHARING}.
 *
 * @param rules one rule per kind of work, kinds unique, at least one, never null
 * @since 0.1.0
 */
public record CostSharing(List<CostShareKind> rules) {

  /** Checks that kinds are unique and copies the list. */
  public CostSharing {
    rules = Keyed.uniqueNonEmpty(rules, CostShareKind::kind, "cost sharing needs at least one kind of work",
        "cost-share kind '%s' appears twice");
  }

  /** Returns the rule of a kind. @param kind a kind @return the rule, empty when unknown */
  public Optional<CostShareKind> rule(String kind) {
    return Keyed.find(rules, CostShareKind::kind, kind);
  }

  /** Returns the kinds, in the order given. @return the kinds, never null */
  public List<String> kinds() {
    return rules.stream().map(CostShareKind::kind).toList();
  }
}
