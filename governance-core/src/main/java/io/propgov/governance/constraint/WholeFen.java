package io.propgov.governance.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An amount of CNY in whole fen: at most two decimals once trailing zeros are dropped (so
 * {@code 12.500} is 12.50 CNY and valid, {@code 12.505} is not). A null value is valid. Reported
 * with the code {@code multipleOf}.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = WholeFenValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface WholeFen {

  /**
   * The message template.
   *
   * @return the message key
   */
  String message() default "{io.propgov.governance.constraint.WholeFen.message}";

  /**
   * The validation groups.
   *
   * @return none by default
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return none by default
   */
  Class<? extends Payload>[] payload() default {};
}
