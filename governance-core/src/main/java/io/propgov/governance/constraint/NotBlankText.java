package io.propgov.governance.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that, when given, is not blank in the sense of {@link String#isBlank()} (every Unicode
 * white space counts, unlike {@code jakarta.validation.constraints.NotBlank}, which trims only
 * ASCII controls and spaces). A null value is valid: combine with {@code NotNull} when the text
 * is required. Reported with the code {@code minLength}, as the JSON schema reports blank text.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = NotBlankTextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotBlankText {

  /**
   * The message template.
   *
   * @return the message key
   */
  String message() default "{io.propgov.governance.constraint.NotBlankText.message}";

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
