package io.propgov.governance.subsidy;

import io.propgov.governance.constraint.NotBlankText;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A safety incident in an estate during the period an application covers.
 *
 * @param kind the code of its kind in the programme's safety scoring, never blank
 * @param date the day it happened, never null
 * @since 0.1.0
 */
public record SafetyIncident(@NotNull @NotBlankText String kind, @NotNull LocalDate date) {

  /**
   * Checks nothing; the field constraints are checked by {@code FactsConstraints}, all at once.
   */
  public SafetyIncident {
  }
}
