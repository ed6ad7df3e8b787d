package io.propgov.governance.vote;

import io.propgov.governance.constraint.NotBlankText;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * One ballot cast for one exclusive unit. An owner of several units casts one ballot per unit:
 * the areas add up, the owner counts once.
 *
 * @param ownerId the owner, never blank
 * @param area the unit's exclusive area in m², from the property register, positive
 * @param choice how the owner voted, never null
 * @since 0.1.0
 */
public record Ballot(@NotNull @NotBlankText String ownerId, @NotNull @DecimalMin(value = "0",
    inclusive = false) BigDecimal area, @NotNull BallotChoice choice) {

  /**
   * Checks nothing; the field constraints are checked by {@code FactsConstraints}, all at once.
   */
  public Ballot {
  }
}
