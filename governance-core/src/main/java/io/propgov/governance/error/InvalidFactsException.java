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
}
