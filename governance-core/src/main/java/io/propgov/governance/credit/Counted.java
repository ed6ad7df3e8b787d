package io.propgov.governance.credit;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A credit event resolved against the catalogue in force on its date: its type, its points
 * (magnitude) and the last day it counts.
 */
record Counted(CreditEvent event, CreditEventType type, BigDecimal points, LocalDate lastDay) {

  /** The kind of record. */
  CreditEventKind kind() {
    return type.kind();
  }

  /** Whether it counts on a day: from its date to its last day, both included. */
  boolean countsOn(LocalDate date) {
    return !date.isBefore(event.date()) && !date.isAfter(lastDay);
  }

  /** Its points with their sign: deducting kinds negative. */
  BigDecimal signedPoints() {
    return kind().adds() ? points : points.negate();
  }

  /** Whether it is a bad record or a serious violation, either of which breaks a repair's quiet period. */
  boolean isBad() {
    return !kind().adds();
  }

  /** Whether the violation was corrected by a day. */
  boolean correctedBy(LocalDate date) {
    return event.correctedOn() != null && !event.correctedOn().isAfter(date);
  }
}
