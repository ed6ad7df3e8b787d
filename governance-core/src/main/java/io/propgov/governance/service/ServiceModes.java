package io.propgov.governance.service;

import io.propgov.governance.explain.DefinedList;
import java.util.List;

/**
 * The management modes a policy defines ({@code service.modes}), in order, each with its names. A
 * row of the mode table must give one of them (other than {@link ServiceMode#NONE}). A child
 * policy that sets the list adds to its parent's.
 *
 * @since 0.2.0
 */
public final class ServiceModes extends DefinedList<ServiceMode, ServiceModes> {

  /**
   * Checks that every entry is defined and no id is given twice.
   *
   * @param modes the defined entries, in order, each id once, not null
   * @throws IllegalArgumentException if an id is given twice or an entry lacks its definition
   */
  public ServiceModes(List<ServiceMode> modes) {
    super(modes, "service mode", "its names");
  }

  /**
   * Returns the defined entries, in order.
   *
   * @return the entries, never null
   */
  public List<ServiceMode> modes() {
    return entries();
  }

  @Override
  protected ServiceModes with(List<ServiceMode> entries) {
    return new ServiceModes(entries);
  }
}
