package io.propgov.governance.subsidy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A safety incident in an estate during the period an application covers.
 *
 * @param kind the code of its kind in the programme's safety scoring, never blank
 * @param date the day it happened, never null
 * @since 0.1.0
 */
public record SafetyIncident(String kind, LocalDate date) {

  /** Checks the parts. */
  public SafetyIncident {
    if (kind == null || kind.isBlank()) {
      throw new IllegalArgumentException("a safety incident needs a kind");
    }
    Objects.requireNonNull(date, "date");
  }
}
