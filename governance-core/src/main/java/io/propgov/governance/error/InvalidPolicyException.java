package io.propgov.governance.error;

import java.util.List;

/**
 * Thrown when a policy cannot be built or used: a missing parameter, a value outside its legal
 * range, two values in force from the same date.
 *
 * @since 0.1.0
 */
public final class InvalidPolicyException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param errors every error found, at least one
   */
  public InvalidPolicyException(List<InputError> errors) {
    super("policy", errors);
  }
}
