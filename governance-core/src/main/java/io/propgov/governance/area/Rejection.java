package io.propgov.governance.area;

import io.propgov.governance.error.InputError;
import java.util.List;

/**
 * Why an item was not judged: every error in its facts, each located by a JSON Pointer.
 *
 * @param errors the errors, in the order found, never empty
 * @since 0.2.0
 */
public record Rejection(List<InputError> errors) {

  /** Checks there is at least one error and copies them. */
  public Rejection {
    errors = List.copyOf(errors);
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a rejection needs at least one error");
    }
  }
}
