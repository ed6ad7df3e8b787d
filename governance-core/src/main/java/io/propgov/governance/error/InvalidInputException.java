package io.propgov.governance.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a policy or facts break one or more rules; carries every error found, not only
 * the first.
 *
 * @since 0.1.0
 */
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The errors; an unmodifiable list, serializable as long as its elements are. */
  private final List<InputError> errors;

  /**
   * Creates the exception.
   *
   * @param what what was invalid ("policy", "facts"), used in the message
   * @param errors every error found, at least one
   */
  public InvalidInputException(String what, List<InputError> errors) {
    super(what + " invalid, " + errors.size() + (errors.size() == 1 ? " error" : " errors") + ":\n"
        + errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n")));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an invalid input has at least one error");
    }
    this.errors = List.copyOf(errors);
  }

  /**
   * Returns every error found, in document order where there is one.
   *
   * @return the errors, never empty
   */
  public List<InputError> errors() {
    return errors;
  }
}
