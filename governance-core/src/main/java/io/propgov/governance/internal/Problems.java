package io.propgov.governance.internal;

import io.propgov.governance.error.InputError;
import java.util.ArrayList;
import java.util.List;

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
