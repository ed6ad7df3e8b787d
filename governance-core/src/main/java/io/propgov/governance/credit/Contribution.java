package io.propgov.governance.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What one credit event still counting gives the score.
 *
 * @param eventId the event's id, never null
 * @param code the code of its type, never null
 * @param kind the kind of record, never null
 * @param date the day it happened, never null
 * @param lastDay the last day it counts, never null
 * @param points its points, signed: positive when it adds, negative when it deducts; before caps
 * @since 0.1.0
 */
public record Contribution(String eventId, String code, CreditEventKind kind, LocalDate date, LocalDate lastDay,
    BigDecimal points) {

  /** Checks that every part is given. */
  public Contribution {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(lastDay, "lastDay");
    Objects.requireNonNull(points, "points");
  }
}
