package io.propgov.governance.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A credit event resolved against the catalogue in force on its date: its type, its points
 * (magnitude), the last day it counts, and the catalogue entry its reasons share.
 */
record Counted(CreditEvent event, CreditEventType type, BigDecimal points, LocalDate lastDay, Catalogues.Entry entry) {

  /** Oldest first, ties by id: the order every walk over a record uses, so that results never depend on input order. */
  static final Comparator<Counted> BY_DATE_AND_ID = (a, b) -> {
    int byDate = a.event.date().compareTo(b.event.date());
    return byDate != 0 ? byDate : a.event.id().compareTo(b.event.id());
  };

  /**
   * Sorts events oldest first, ties by id ({@link #BY_DATE_AND_ID}). Sorts primitive keys (the
   * day and the position) rather than calling a comparator some 600 times for a hundred events,
   * then orders by id only within a day that holds more than one event.
   */
  static List<Counted> sorted(List<Counted> events) {
    int n = events.size();
    if (n >= 1 << 24) {
      List<Counted> copy = new java.util.ArrayList<>(events);
      copy.sort(BY_DATE_AND_ID);
      return List.copyOf(copy);
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      // Any LocalDate's epoch day fits in 39 bits and a sign: shifted past 2^24 positions it still fits a long.
      keys[i] = events.get(i).event.date().toEpochDay() << 24 | i;
    }
    Arrays.sort(keys);
    Counted[] out = new Counted[n];
    for (int i = 0; i < n; i++) {
      out[i] = events.get((int) (keys[i] & 0xFFFFFF));
    }
    for (int start = 0, end; start < n; start = end) {
      end = start + 1;
      while (end < n && keys[end] >> 24 == keys[start] >> 24) {
        end++;
      }
      if (end - start > 1) {
        Arrays.sort(out, start, end, BY_DATE_AND_ID);
      }
    }
    return List.of(out);
  }

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
