package io.propgov.governance.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The values a parameter takes over time, ordered by the date each comes into force.
 *
 * @param values the values, sorted by {@code effectiveFrom}, no two on the same date, never empty
 * @param <T> the type of the values
 * @since 0.1.0
 */
public record Timeline<T>(List<ParameterValue<T>> values) {

  /** Sorts and copies the values and checks that no two share a date. */
  public Timeline {
    values = values.stream().sorted(Comparator.comparing(ParameterValue::effectiveFrom)).toList();
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a timeline has at least one value");
    }
    for (int i = 1; i < values.size(); i++) {
      if (values.get(i).effectiveFrom().equals(values.get(i - 1).effectiveFrom())) {
        throw new IllegalArgumentException("two values take effect on " + values.get(i).effectiveFrom());
      }
    }
  }

  /**
   * Returns the value in force on a date: the last one whose {@code effectiveFrom} is on or
   * before it.
   *
   * @param date the date, not null
   * @return the value, or empty when the date is before the first value
   */
  public Optional<ParameterValue<T>> at(LocalDate date) {
    int lo = 0;
    int hi = values.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (values.get(mid).effectiveFrom().isAfter(date)) {
        hi = mid - 1;
      } else {
        found = mid;
        lo = mid + 1;
      }
    }
    return found < 0 ? Optional.empty() : Optional.of(values.get(found));
  }

  /** Returns the date the first value comes into force. @return the date, never null */
  public LocalDate firstEffective() {
    return values.get(0).effectiveFrom();
  }
}
