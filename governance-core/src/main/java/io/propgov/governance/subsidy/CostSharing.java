package io.propgov.governance.subsidy;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    rules = List.copyOf(rules);
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("cost sharing needs at least one kind of work");
    }
    Set<String> kinds = new HashSet<>();
    for (CostShareKind r : rules) {
      if (!kinds.add(r.kind())) {
        throw new IllegalArgumentException("cost-share kind '" + r.kind() + "' appears twice");
      }
    }
  }

  /** Returns the rule of a kind. @param kind a kind @return the rule, empty when unknown */
  public Optional<CostShareKind> rule(String kind) {
    return rules.stream().filter(r -> r.kind().equals(kind)).findFirst();
  }

  /** Returns the kinds, in the order given. @return the kinds, never null */
  public List<String> kinds() {
    return rules.stream().map(CostShareKind::kind).toList();
  }
}
