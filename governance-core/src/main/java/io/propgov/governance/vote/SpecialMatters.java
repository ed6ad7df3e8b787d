package io.propgov.governance.vote;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The matters decided by the special (stricter) rule rather than the ordinary one: from 2021
 * items 6 to 8 of Civil Code art. 278 (raising the maintenance fund, rebuilding, changing the
 * use of common parts); before, items 5 and 6 of Property Law art. 76 (raising and using the
 * maintenance fund, rebuilding).
 *
 * @param matters the special matters, never null (may be empty)
 * @since 0.1.0
 */
public record SpecialMatters(Set<Matter> matters) {

  /** Copies the matters. */
  public SpecialMatters {
    Objects.requireNonNull(matters, "matters");
    matters = matters.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(matters));
  }

  /** Returns whether a matter is special. @param matter not null @return true when it is */
  public boolean contains(Matter matter) {
    return matters.contains(matter);
  }
}
