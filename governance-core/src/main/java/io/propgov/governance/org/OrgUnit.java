package io.propgov.governance.org;

import io.propgov.governance.constraint.NotBlankText;
import io.propgov.governance.internal.FactsLists;
import io.propgov.governance.internal.FactsStyle;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One unit of the organisation tree: a sub-district, a community party committee, an estate
 * party branch, a grid or building party group.
 *
 * @param id the unit's id, unique in its tree, never blank
 * @param level the code of its level in the policy's template, never blank
 * @param parentId the id of its parent unit, or null for a root
 * @param name its name, never null (may be empty)
 * @param secretary the person who is its (party) secretary, or null
 * @param members the people on its committee, by id, never null
 * @since 0.1.0
 */
@FactsStyle
@Value.Builder
public record OrgUnit(@NotNull @NotBlankText String id, @NotNull @NotBlankText String level,
    @NotBlankText String parentId, String name, @NotBlankText String secretary,
    List<@NotNull @NotBlankText String> members) implements WithOrgUnit {

  /**
   * Normalises only; the field constraints are checked by {@code FactsConstraints}, all at once.
   */
  public OrgUnit {
    name = name == null ? "" : name;
    members = FactsLists.copy(members);
  }

  /**
   * Returns a builder that never throws; build, then check the constraints.
   *
   * @return a new, empty builder
   */
  public static OrgUnitBuilder builder() {
    return new OrgUnitBuilder();
  }

  /** Returns the parent's id. @return the parent id, empty for a root */
  public Optional<String> parent() {
    return Optional.ofNullable(parentId);
  }
}
