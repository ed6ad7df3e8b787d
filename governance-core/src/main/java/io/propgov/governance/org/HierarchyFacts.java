package io.propgov.governance.org;

import io.propgov.governance.estate.Estate;
import java.util.List;

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
public record HierarchyFacts(List<OrgUnit> units, List<Estate> estates, List<ResidentMatter> matters,
    List<Meeting> meetings) {

  /** Copies the lists; a null list is empty. */
  public HierarchyFacts {
    units = units == null ? List.of() : List.copyOf(units);
    estates = estates == null ? List.of() : List.copyOf(estates);
    matters = matters == null ? List.of() : List.copyOf(matters);
    meetings = meetings == null ? List.of() : List.copyOf(meetings);
  }
}
