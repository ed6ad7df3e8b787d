package io.propgov.governance.org;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A meeting held: which required meeting, by which unit, on which day.
 *
 * @param meeting the code of the meeting rule, never blank
 * @param unitId the unit that held it, never blank
 * @param held the day it was held, never null
 * @since 0.1.0
 */
public record Meeting(String meeting, String unitId, LocalDate held) {

  /** Checks the parts. */
  public Meeting {
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(held, "held");
    if (meeting.isBlank() || unitId.isBlank()) {
      throw new IllegalArgumentException("a meeting held names its meeting rule and its unit; neither may be blank");
    }
  }
}
