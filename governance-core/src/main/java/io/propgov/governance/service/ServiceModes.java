package io.propgov.governance.service;

import io.propgov.governance.explain.LabelledIds;
import io.propgov.governance.internal.Definitions;
import io.propgov.governance.policy.Extensible;
import java.util.List;

/**
 * The management modes a policy defines ({@code service.modes}), in order, each with its names. A
 * row of the mode table must give one of them (other than {@link ServiceMode#NONE}). A child
 * policy that sets the list adds to its parent's.
 *
 * @param modes the defined modes, each id once, never null
 * @since 0.2.0
 */
public record ServiceModes(List<ServiceMode> modes)
    implements LabelledIds<ServiceMode>, Extensible<ServiceModes> {

  /** Checks that every mode is defined and no id is given twice. */
  public ServiceModes {
    modes = Definitions.defined(modes, "service mode", "its names");
  }

  /**
   * Returns the defined modes, in order.
   *
   * @return the modes, never null
   */
  @Override
  public List<ServiceMode> entries() {
    return modes;
  }

  /** Compares the definitions in full: two lists naming an entry differently are different values. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ServiceModes other && definitions().equals(other.definitions());
  }

  @Override
  public int hashCode() {
    return definitions().hashCode();
  }

  @Override
  public ServiceModes over(ServiceModes inherited) {
    return new ServiceModes(Definitions.over(modes, inherited.modes(), ServiceMode::id));
  }
}
