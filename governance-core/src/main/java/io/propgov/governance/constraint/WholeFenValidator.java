package io.propgov.governance.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/**
 * Checks {@link WholeFen} for Bean Validation.
 *
 * @since 0.1.0
 */
public final class WholeFenValidator implements ConstraintValidator<WholeFen, BigDecimal> {

  /** Creates the validator; Bean Validation calls it. */
  public WholeFenValidator() {}

  /**
   * Returns whether the amount is null or in whole fen.
   *
   * @param value the amount, or null
   * @param context unused
   * @return true when valid
   */
  @Override
  public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
    return value == null || value.scale() <= 2 || value.stripTrailingZeros().scale() <= 2;
  }
}
