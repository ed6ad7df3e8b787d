package io.propgov.governance.org;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
public record OrgUnit(String id, String level, String parentId, String name, String secretary, List<String> members) {

  /** Checks the id and level and copies the members. */
  public OrgUnit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(level, "level");
    if (id.isBlank() || level.isBlank()) {
      throw new IllegalArgumentException("unit id and level must not be blank");
    }
    name = name == null ? "" : name;
    members = members == null ? List.of() : List.copyOf(members);
    if (members.stream().anyMatch(String::isBlank) || (secretary != null && secretary.isBlank())) {
      throw new IllegalArgumentException("unit " + id + ": the secretary and members name people; none may be blank");
    }
  }

  /** Returns the parent's id. @return the parent id, empty for a root */
  public Optional<String> parent() {
    return Optional.ofNullable(parentId);
  }
}
