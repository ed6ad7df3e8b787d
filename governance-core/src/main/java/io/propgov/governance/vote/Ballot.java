package io.propgov.governance.vote;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One ballot cast for one exclusive unit. An owner of several units casts one ballot per unit:
 * the areas add up, the owner counts once.
 *
 * @param ownerId the owner, never blank
 * @param area the unit's exclusive area in m², from the property register, positive
 * @param choice how the owner voted, never null
 * @since 0.1.0
 */
public record Ballot(String ownerId, BigDecimal area, BallotChoice choice) {

  /** Checks that every part is given and the area is positive. */
  public Ballot {
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(choice, "choice");
    if (ownerId.isBlank()) {
      throw new IllegalArgumentException("ownerId must not be blank");
    }
    if (area.signum() <= 0) {
      throw new IllegalArgumentException("ballot of " + ownerId + ": area must be positive, was " + area.toPlainString());
    }
  }
}
