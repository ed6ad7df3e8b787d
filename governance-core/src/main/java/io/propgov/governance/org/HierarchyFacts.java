package io.propgov.governance.org;

import io.propgov.governance.estate.Estate;
import io.propgov.governance.internal.FactsLists;
import io.propgov.governance.internal.FactsStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.immutables.value.Value;

/**
 * The facts about an organisation tree: its units, the estates attached to them, the matters
 * residents raised and the meetings held.
 *
 * @param units the units of the tree, never null
 * @param estates the estates, each attached to a unit by {@link Estate#unitId()}, never null
 * @param matters residents' matters raised at units, never null
 * @param meetings the regular meetings held, never null
 * @since 0.1.0
 */
@FactsStyle
@Value.Builder
public record HierarchyFacts(List<@NotNull @Valid OrgUnit> units, List<@NotNull @Valid Estate> estates,
    List<@NotNull @Valid ResidentMatter> matters,
    List<@NotNull @Valid Meeting> meetings) implements WithHierarchyFacts {

  /**
   * Normalises only; the field constraints are checked by {@code FactsConstraints}, all at once.
   */
  public HierarchyFacts {
    units = FactsLists.copy(units);
    estates = FactsLists.copy(estates);
    matters = FactsLists.copy(matters);
    meetings = FactsLists.copy(meetings);
  }

  /**
   * Returns a builder that never throws; build, then check the constraints.
   *
   * @return a new, empty builder
   */
  public static HierarchyFactsBuilder builder() {
    return new HierarchyFactsBuilder();
  }
}
