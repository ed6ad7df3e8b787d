package io.propgov.governance.internal;

import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.policy.Timeline;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A rule area's parameters resolved once per period: between two dates on which any of its
 * parameters changes, every value in force is the same, so it is looked up once when the rules
 * are prepared and found again by a binary search over the change dates, with no map lookup
 * by parameter id. Immutable and thread-safe when the resolved values are.
 *
 * @param <V> what the rules need in one period
 */
public final class Periods<V> {

  private final long[] starts;
  private final Object[] values;

  private Periods(long[] starts, Object[] values) {
    this.starts = starts;
    this.values = values;
  }

  /**
   * Resolves the periods of a set of parameters: one for every date any of them changes on
   * which all have a value in force.
   *
   * @param policy the policy
   * @param keys the parameters of the rule area
   * @param resolve what the rules need on a date on which every key has a value in force
   * @param <V> the resolved type
   * @return the periods
   */
  public static <V> Periods<V> of(GovernancePolicy policy, List<ParameterKey<?>> keys, Function<LocalDate, V> resolve) {
    TreeSet<LocalDate> changes = new TreeSet<>();
    for (ParameterKey<?> key : keys) {
      Optional<? extends Timeline<?>> timeline = policy.timeline(key);
      timeline.ifPresent(t -> t.values().forEach(v -> changes.add(v.effectiveFrom())));
    }
    long[] starts = new long[changes.size()];
    Object[] values = new Object[changes.size()];
    int i = 0;
    for (LocalDate date : changes) {
      starts[i] = date.toEpochDay();
      values[i] = allInForce(policy, keys, date) ? resolve.apply(date) : null;
      i++;
    }
    return new Periods<>(starts, values);
  }

  private static boolean allInForce(GovernancePolicy policy, List<ParameterKey<?>> keys, LocalDate date) {
    for (ParameterKey<?> key : keys) {
      Optional<? extends Timeline<?>> timeline = policy.timeline(key);
      if (timeline.isEmpty() || timeline.get().at(date).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns what the rules need on a date.
   *
   * @param date the date
   * @return the resolved values, or null when some parameter has no value in force on that date
   */
  @SuppressWarnings("unchecked")
  public V at(LocalDate date) {
    int found = Arrays.binarySearch(starts, date.toEpochDay());
    if (found < 0) {
      found = -found - 2;
    }
    return found < 0 ? null : (V) values[found];
  }
}
