package io.propgov.governance.layer;

import io.propgov.governance.policy.PolicyRef;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.policy.ParameterValue;
import io.propgov.governance.policy.Timeline;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A layered policy resolved through its parents: the flat policy the engine accepts, the levels
 * it came through, the level that set each value, and the bounds in force below it.
 *
 * <p>A level that restates an inherited value unchanged (same date, same value) does not take it
 * over: {@link #setBy} names the highest level that set it.
 *
 * @param policy the resolved policy: the lowest level's id, jurisdiction, version and
 *     description, every parameter it sets or inherits, never null
 * @param levels the levels, root first, this policy last, never empty
 * @param origins for each parameter id, the id of the level that set each value of its
 *     timeline, in the timeline's order, never null
 * @param bounds every bound declared by this level and those above it, root first, never null
 * @since 0.1.0
 */
public record ResolvedPolicy(GovernancePolicy policy, List<PolicyRef> levels, Map<String, List<String>> origins,
    List<LevelBound> bounds) {

  /** Checks that every part is given and copies the collections. */
  public ResolvedPolicy {
    Objects.requireNonNull(policy, "policy");
    levels = List.copyOf(levels);
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("a resolved policy has at least one level");
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    origins.forEach((id, list) -> copy.put(id, List.copyOf(list)));
    origins = java.util.Collections.unmodifiableMap(copy);
    bounds = List.copyOf(bounds);
  }

  /**
   * Returns the id of the level whose value of a parameter is in force on a date.
   *
   * @param key the parameter, not null
   * @param date the date, not null
   * @return the level's id, or empty when no value is in force then
   */
  public Optional<String> setBy(ParameterKey<?> key, LocalDate date) {
    Optional<? extends Timeline<?>> timeline = policy.timeline(key);
    if (timeline.isEmpty()) {
      return Optional.empty();
    }
    List<? extends ParameterValue<?>> values = timeline.get().values();
    int found = -1;
    for (int i = 0; i < values.size(); i++) {
      if (!values.get(i).effectiveFrom().isAfter(date)) {
        found = i;
      }
    }
    return found < 0 ? Optional.empty() : Optional.of(origins.get(key.id()).get(found));
  }

  /**
   * Returns the bounds in force on a parameter.
   *
   * @param key the parameter, not null
   * @return the bounds with the levels that set them, root first, never null
   */
  public List<LevelBound> bounds(ParameterKey<?> key) {
    return bounds.stream().filter(b -> b.bound().key().equals(key)).toList();
  }
}
