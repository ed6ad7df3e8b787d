package io.propgov.governance.subsidy;

import java.math.BigDecimal;

/**
 * A household that shares a cost, with its exclusive floor area.
 *
 * @param id the household's id, never blank
 * @param area its exclusive floor area in m², more than 0, never null
 * @since 0.1.0
 */
public record HouseholdArea(String id, BigDecimal area) {

  /** Checks the parts. */
  public HouseholdArea {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a household needs an id");
    }
    if (area == null || area.signum() <= 0) {
      throw new IllegalArgumentException("household " + id + ": area must be more than 0, was " + area);
    }
  }
}
