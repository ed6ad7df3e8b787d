package io.propgov.governance.org;

import io.propgov.governance.constraint.NotBlankText;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A meeting held: which required meeting, by which unit, on which day.
 *
 * @param meeting the code of the meeting rule, never blank
 * @param unitId the unit that held it, never blank
 * @param held the day it was held, never null
 * @since 0.1.0
 */
public record Meeting(@NotNull @NotBlankText String meeting, @NotNull @NotBlankText String unitId,
    @NotNull LocalDate held) {

  /**
   * Checks nothing; the field constraints are checked by {@code FactsConstraints}, all at once.
   */
  public Meeting {
  }
}
