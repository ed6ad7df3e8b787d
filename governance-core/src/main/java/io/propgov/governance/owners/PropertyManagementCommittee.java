package io.propgov.governance.owners;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A property management committee (物业管理委员会) that the sub-district set up to stand in for the
 * owners where no owners' committee exists.
 *
 * @param formed the day it was set up, never null
 * @since 0.3.0
 */
public record PropertyManagementCommittee(@NotNull LocalDate formed) {

  /** Checks nothing; the field constraints are checked by {@code FactsConstraints}, all at once. */
  public PropertyManagementCommittee {
  }
}
