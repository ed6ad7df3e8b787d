package io.propgov.governance.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a record: its date component {@link #value()}, when given, is not before its date component
 * {@link #than()} (the same day is allowed). A missing date on either side is valid here: combine
 * with {@code NotNull} where one is required. Reported at the later component with the code
 * {@code notBefore}, naming the earlier component and its date.
 *
 * @since 0.2.0
 */
@Documented
@Constraint(validatedBy = NotBeforeValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NotBefore {

  /**
   * The component that must not come first.
   *
   * @return a {@code LocalDate} component's name
   */
  String value();

  /**
   * The component it must not come before.
   *
   * @return a {@code LocalDate} component's name
   */
  String than();

  /**
   * The message template.
   *
   * @return the message key
   */
  String message() default "{io.propgov.governance.constraint.NotBefore.message}";

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
