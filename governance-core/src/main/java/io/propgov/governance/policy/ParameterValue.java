package io.propgov.governance.policy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of a parameter, in force from a date until the next value of the same parameter
 * takes over, with the source it comes from.
 *
 * @param effectiveFrom the first day the value is in force, never null
 * @param value the value, never null
 * @param source where the value comes from; cited by every reason that uses it, never null
 * @param <T> the type of the value
 * @since 0.1.0
 */
public record ParameterValue<T>(LocalDate effectiveFrom, T value, Citation source) {

  /** Checks that every part is given. */
  public ParameterValue {
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
  }
}
