package io.propgov.governance.org;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A matter a resident raised at a unit of the tree: a repair, a dispute, a complaint.
 *
 * @param id the matter's id, never blank
 * @param raisedAt the id of the unit it was raised at, never blank
 * @param severity the code of its severity in the policy, never blank
 * @param raisedOn the day it was raised, never null
 * @param resolvedOn the day it was resolved, or null while open
 * @since 0.1.0
 */
public record ResidentMatter(String id, String raisedAt, String severity, LocalDate raisedOn, LocalDate resolvedOn) {

  /** Checks the parts. */
  public ResidentMatter {
    for (String text : new String[] {id, raisedAt, severity}) {
      Objects.requireNonNull(text, "matter id, unit and severity are required");
      if (text.isBlank()) {
        throw new IllegalArgumentException("matter id, unit and severity must not be blank");
      }
    }
    Objects.requireNonNull(raisedOn, "raisedOn");
    if (resolvedOn != null && resolvedOn.isBefore(raisedOn)) {
      throw new IllegalArgumentException("matter " + id + " was resolved on " + resolvedOn + ", before it was raised on "
          + raisedOn);
    }
  }

  /** Returns the day it was resolved. @return the day, empty while open */
  public Optional<LocalDate> resolved() {
    return Optional.ofNullable(resolvedOn);
  }
}
