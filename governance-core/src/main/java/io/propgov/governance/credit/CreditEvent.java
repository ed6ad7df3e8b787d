package io.propgov.governance.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated entry of a company's credit record, of a type the policy's catalogue lists.
 *
 * @param id the entry's id, unique within the record, never blank
 * @param code the code of its type in the catalogue in force on its date, never blank
 * @param date the day it happened (or was recorded); it counts from this day, never null
 * @param points the points of this entry when they differ from the catalogue's (a basic
 *     assessment's score), 0 or more; null to use the catalogue's
 * @param correctedOn the day a violation was corrected, not before {@code date}; null when it was
 *     not (or is not a violation)
 * @since 0.1.0
 */
public record CreditEvent(String id, String code, LocalDate date, BigDecimal points, LocalDate correctedOn) {

  /** Checks the parts. */
  public CreditEvent {
    for (String text : new String[] {id, code}) {
      Objects.requireNonNull(text, "a credit event needs an id and a code");
      if (text.isBlank()) {
        throw new IllegalArgumentException("a credit event's id and code must not be blank");
      }
    }
    Objects.requireNonNull(date, "date");
    if (points != null && points.signum() < 0) {
      throw new IllegalArgumentException("credit event " + id + ": points are a magnitude, 0 or more, was "
          + points.toPlainString());
    }
    if (correctedOn != null && correctedOn.isBefore(date)) {
      throw new IllegalArgumentException("credit event " + id + ": corrected on " + correctedOn + ", before it happened on "
          + date);
    }
  }

  /**
   * Creates an entry worth the catalogue's points, not corrected.
   *
   * @param id the entry's id
   * @param code the code of its type
   * @param date the day it happened
   */
  public CreditEvent(String id, String code, LocalDate date) {
    this(id, code, date, null, null);
  }
}
