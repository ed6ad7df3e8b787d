package io.propgov.governance.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link NotBlankText} for Bean Validation.
 *
 * @since 0.1.0
 */
public final class NotBlankTextValidator implements ConstraintValidator<NotBlankText, CharSequence> {

  /** Creates the validator; Bean Validation calls it. */
  public NotBlankTextValidator() {}

  /**
   * Returns whether the text is null or not blank.
   *
   * @param value the text, or null
   * @param context unused
   * @return true when valid
   */
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || !value.toString().isBlank();
  }
}
