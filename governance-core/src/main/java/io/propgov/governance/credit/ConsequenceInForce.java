package io.propgov.governance.credit;

import java.util.Objects;

/**
 * A joint reward or punishment in force on a date, with what brings it.
 *
 * @param consequence the consequence, never null
 * @param reward whether it is a reward
 * @param byListing whether the listing brings it
 * @param byGrade the grade code that brings it, or null when only the listing does
 * @since 0.1.0
 */
public record ConsequenceInForce(Consequence consequence, boolean reward, boolean byListing, String byGrade) {

  /** Checks the consequence. */
  public ConsequenceInForce {
    Objects.requireNonNull(consequence, "consequence");
  }
}
