package io.propgov.governance.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;

/**
 * Checks {@link NotBefore} for Bean Validation, reporting the violation at the later component.
 *
 * @since 0.2.0
 */
public final class NotBeforeValidator implements ConstraintValidator<NotBefore, Record> {

  private String later;
  private String earlier;

  /** Creates the validator; Bean Validation calls it. */
  public NotBeforeValidator() {}

  @Override
  public void initialize(NotBefore constraint) {
    later = constraint.value();
    earlier = constraint.than();
  }

  /**
   * Returns whether the later date is missing, the earlier one is missing, or it is not before it.
   *
   * @param value the record, or null
   * @param context where the violation is placed at the later component
   * @return true when valid
   */
  @Override
  public boolean isValid(Record value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    LocalDate first = date(value, earlier);
    LocalDate second = date(value, later);
    if (first == null || second == null || !second.isBefore(first)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode(later).addConstraintViolation();
    return false;
  }

  /**
   * Reads a record's date component by name.
   *
   * @param record the record
   * @param component the component's name
   * @return its value, or null
   * @throws IllegalStateException when the record has no such {@code LocalDate} component
   */
  public static LocalDate date(Record record, String component) {
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      if (c.getName().equals(component) && c.getType() == LocalDate.class) {
        try {
          return (LocalDate) c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + component + " of " + record.getClass().getName(), e);
        }
      }
    }
    throw new IllegalStateException(record.getClass().getName() + " has no LocalDate component " + component);
  }
}
