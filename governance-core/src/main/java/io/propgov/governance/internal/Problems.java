package io.propgov.governance.internal;

import io.propgov.governance.error.InputError;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects input errors so that every one is reported, not only the first. Not thread-safe:
 * one instance per validation.
 */
public final class Problems {

  private final List<InputError> errors = new ArrayList<>();

  /** Records an error. */
  public void add(String pointer, String code, String message) {
    errors.add(new InputError(pointer, code, message));
  }

  /** Records an error, already located. */
  public void add(InputError error) {
    errors.add(error);
  }

  /** Records an error unless {@code condition} holds; returns the condition. */
  public boolean check(boolean condition, String pointer, String code, String message) {
    if (!condition) {
      add(pointer, code, message);
    }
    return condition;
  }

  /** Returns true when no error was recorded. */
  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /**
   * Returns every error recorded, or, when there is none, the value {@code valid} supplies.
   *
   * @param <T> the type of the value
   * @param valid supplies the value; called only when there is no error
   * @return the errors, or the value
   */
  public <T> Validation<Seq<InputError>, T> orValid(Supplier<T> valid) {
    return errors.isEmpty() ? Validation.valid(valid.get()) : Validation.invalid(io.vavr.collection.List.ofAll(errors));
  }

  /** Returns the errors in the order recorded. */
  public List<InputError> errors() {
    return List.copyOf(errors);
  }

  /** The JSON Pointer of the {@code index}-th value of a parameter in a policy document. */
  public static String parameterValue(String parameterId, int index) {
    return "/parameters/" + token(parameterId) + "/" + index;
  }

  /** Escapes a key for use as one JSON Pointer token (RFC 6901). */
  public static String token(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
