package io.propgov.governance.subsidy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one household pays of the owners' part of a cost.
 *
 * @param householdId the household, never null
 * @param area its exclusive floor area in m², never null
 * @param amount what it pays, in CNY, scale 2, never null
 * @since 0.1.0
 */
public record HouseholdShare(String householdId, BigDecimal area, BigDecimal amount) {

  /** Checks the parts. */
  public HouseholdShare {
    Objects.requireNonNull(householdId, "householdId");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(amount, "amount");
  }
}
