package io.propgov.governance.policy;

import io.propgov.governance.message.ConstraintMessages;
import java.util.Objects;
import java.util.function.Function;

/**
 * The typed name of a policy parameter, such as {@code satisfaction.pass-line}.
 *
 * <p>Each rule area declares the keys it reads; a key knows the type of its values and which
 * values are legal, so that a policy rejects an illegal value when it is built, naming the key
 * and what would be legal. Two keys are equal when their ids are.
 *
 * @param <T> the type of the parameter's values
 * @since 0.1.0
 */
public final class ParameterKey<T> {

  private final String id;
  private final Class<T> type;
  private final String description;
  private final Function<? super T, String> constraint;

  private ParameterKey(String id, Class<T> type, String description, Function<? super T, String> constraint) {
    this.id = id;
    this.type = type;
    this.description = description;
    this.constraint = constraint;
  }

  /**
   * Declares a key.
   *
   * @param id the stable id, lowercase words separated by dots and hyphens, not null
   * @param type the class of its values, not null
   * @param description what the parameter means, in English, not null
   * @param constraint returns null for a legal value, else a message saying what is legal
   * @param <T> the type of the parameter's values
   * @return the key, never null
   */
  public static <T> ParameterKey<T> of(String id, Class<T> type, String description,
      Function<? super T, String> constraint) {
    Objects.requireNonNull(id, "id");
    if (!id.matches("[a-z0-9]+([.-][a-z0-9]+)*")) {
      throw new IllegalArgumentException("parameter id '" + id + "' must be lowercase words joined by '.' or '-'");
    }
    return new ParameterKey<>(id, Objects.requireNonNull(type, "type"),
        Objects.requireNonNull(description, "description"), Objects.requireNonNull(constraint, "constraint"));
  }

  /** Returns the stable id. @return the id, never null */
  public String id() {
    return id;
  }

  /** Returns the class of the parameter's values. @return the class, never null */
  public Class<T> type() {
    return type;
  }

  /** Returns what the parameter means, in English. @return the description, never null */
  public String description() {
    return description;
  }

  /**
   * Checks a value against the key's type and constraint.
   *
   * @param value the value to check, may be null
   * @return null when the value is legal, else a message saying what is legal
   */
  public String check(Object value) {
    if (value == null) {
      return ConstraintMessages.en("text.valueRequired");
    }
    if (!type.isInstance(value)) {
      return ConstraintMessages.en("text.wrongType", "expected", type.getSimpleName(), "actual",
          value.getClass().getSimpleName());
    }
    return constraint.apply(type.cast(value));
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof ParameterKey<?> k && id.equals(k.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id;
  }
}
