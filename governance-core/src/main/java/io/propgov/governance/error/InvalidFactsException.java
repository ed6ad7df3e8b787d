package io.propgov.governance.error;

import java.util.List;

/**
 * Thrown when facts handed to the engine break one or more rules: a negative area, a score
 * outside the policy's scale, a date before the policy has a value in force.
 *
 * @since 0.1.0
 */
public final class InvalidFactsException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param errors every error found, at least one
   */
  public InvalidFactsException(List<InputError> errors) {
    super("facts", errors);
  }

  /**
   * Creates the exception from the errors a validation gathered.
   *
   * @param errors every error found, at least one
   * @since 0.2.0
   */
  public InvalidFactsException(Iterable<InputError> errors) {
    this(copy(errors));
  }

  private static List<InputError> copy(Iterable<InputError> errors) {
    List<InputError> list = new java.util.ArrayList<>();
    errors.forEach(list::add);
    return list;
  }
}
