package io.propgov.governance.service;

import io.propgov.governance.internal.Definitions;
import io.propgov.governance.policy.Extensible;
import java.util.List;
import java.util.Objects;

/**
 * The management modes a policy defines ({@code service.modes}), in order, each with its names. A
 * row of the mode table must give one of them (other than {@link ServiceMode#NONE}). A child
 * policy that sets the list adds to its parent's.
 *
 * @param modes the defined modes, each id once, never null
 * @since 0.2.0
 */
public record ServiceModes(List<ServiceMode> modes) implements Extensible<ServiceModes> {

  /** Checks that every mode is defined and no id is given twice. */
  public ServiceModes {
    modes = Definitions.distinct(modes, ServiceMode::id, "service mode");
    for (ServiceMode m : modes) {
      if (!m.defined()) {
        throw new IllegalArgumentException("service mode '" + m.id() + "' needs its names");
      }
    }
  }

  /**
   * Returns the definition of a mode.
   *
   * @param mode the mode, by id, not null
   * @return the defined mode, or null when the list does not define it
   */
  public ServiceMode find(ServiceMode mode) {
    Objects.requireNonNull(mode, "mode");
    for (ServiceMode m : modes) {
      if (m.equals(mode)) {
        return m;
      }
    }
    return null;
  }

  /** Returns the ids, in order. @return the ids, never null */
  public List<String> ids() {
    return modes.stream().map(ServiceMode::id).toList();
  }

  /**
   * Compares the definitions in full (id, names and flags), not only the ids by which the entries
   * themselves are equal: two lists naming an entry differently are different values.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ServiceModes other && full().equals(other.full());
  }

  @Override
  public int hashCode() {
    return full().hashCode();
  }

  private List<List<Object>> full() {
    return modes.stream().map(m -> List.<Object>of(m.id(), m.label())).toList();
  }

  @Override
  public ServiceModes over(ServiceModes inherited) {
    return new ServiceModes(Definitions.over(modes, inherited.modes(), ServiceMode::id));
  }
}
