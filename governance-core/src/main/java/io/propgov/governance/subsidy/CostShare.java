package io.propgov.governance.subsidy;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The cost of works in an estate to be split between government and the owners who benefit.
 *
 * @param id the cost share's id, never blank
 * @param kind the kind of work, a kind of the policy's cost-sharing rule, never blank
 * @param estateId the estate, or null when not named
 * @param total the cost in CNY, whole fen, not negative, never null
 * @param households the households that share the owners' part, ids unique, at least one, never null
 * @since 0.1.0
 */
public record CostShare(String id, String kind, String estateId, BigDecimal total, List<HouseholdArea> households) {

  /** Checks the parts and keeps the total at scale 2. */
  public CostShare {
    if (id == null || id.isBlank() || kind == null || kind.isBlank()) {
      throw new IllegalArgumentException("a cost share needs an id and a kind");
    }
    total = Money.check(total, "cost share " + id + ": total");
    households = List.copyOf(households);
    if (households.isEmpty()) {
      throw new IllegalArgumentException("cost share " + id + ": at least one household shares the owners' part");
    }
    Set<String> ids = new HashSet<>();
    for (HouseholdArea h : households) {
      if (!ids.add(h.id())) {
        throw new IllegalArgumentException("cost share " + id + ": household '" + h.id() + "' appears twice");
      }
    }
  }
}
