package io.propgov.governance.validation;

import io.propgov.governance.constraint.FieldSink;
import io.propgov.governance.constraint.NotBefore;
import io.propgov.governance.constraint.NotBeforeValidator;
import io.propgov.governance.constraint.NotBlankText;
import io.propgov.governance.constraint.WholeFen;
import io.propgov.governance.error.InputError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.HibernateValidator;

/**
 * The reference executor: Hibernate Validator, each violation turned into the error the
 * hand-written checks give (its path into a JSON Pointer, its constraint into a code and message).
 */
final class BeanValidationConstraints implements FactsConstraints {

  static final BeanValidationConstraints INSTANCE = new BeanValidationConstraints();

  private BeanValidationConstraints() {}

  /** Started on first use, once. */
  private static final class Holder {

    /** Held so that the level set on it stays: the logging keeps loggers weakly. */
    private static final Logger VERSION_LOGGER = Logger.getLogger("org.hibernate.validator.internal.util.Version");

    static final Validator VALIDATOR = start();

    private static Validator start() {
      // Hibernate Validator logs its version at INFO when it starts; a library stays silent.
      if (VERSION_LOGGER.getLevel() == null) {
        VERSION_LOGGER.setLevel(Level.WARNING);
      }
      // The errors carry the checks' own messages: no template is interpolated, so no EL is needed.
      ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
          .messageInterpolator(new Verbatim()).buildValidatorFactory();
      return factory.getValidator();
    }
  }

  @Override
  public List<InputError> check(Object facts, String pointer, Locale locale) {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(locale, "locale");
    if (!FastConstraints.DECLARED.containsKey(facts.getClass())) {
      throw new IllegalArgumentException("not a facts type: " + facts.getClass().getName());
    }
    FieldSink sink = new FieldSink(locale);
    for (ConstraintViolation<Object> v : Holder.VALIDATOR.validate(facts)) {
      add(v, pointer, sink);
    }
    return sink.sorted();
  }

  private static void add(ConstraintViolation<Object> v, String pointer, FieldSink sink) {
    StringBuilder at = new StringBuilder(pointer);
    String name = null;
    boolean element = false;
    for (Path.Node node : v.getPropertyPath()) {
      if (node.isInIterable() && node.getIndex() != null) {
        at.append('/').append(node.getIndex());
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        at.append('/').append(node.getName());
        name = node.getName();
        element = false;
      } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        element = true;
      }
    }
    Annotation constraint = v.getConstraintDescriptor().getAnnotation();
    String value = shown(v.getInvalidValue());
    String where = at.toString();
    if (constraint instanceof NotNull) {
      sink.add(where, "required", element ? sink.nullItem() : sink.required(name));
    } else if (constraint instanceof NotBlankText) {
      sink.add(where, "minLength", sink.blank());
    } else if (constraint instanceof Min min) {
      sink.add(where, "minimum", sink.atLeast(Long.toString(min.value()), value));
    } else if (constraint instanceof Max max) {
      sink.add(where, "maximum", sink.atMost(Long.toString(max.value()), value));
    } else if (constraint instanceof DecimalMin min) {
      sink.add(where, min.inclusive() ? "minimum" : "exclusiveMinimum", min.inclusive()
          ? sink.atLeast(min.value(), value) : sink.greaterThan(min.value(), value));
    } else if (constraint instanceof NotBefore order) {
      Record owner = (Record) v.getLeafBean();
      sink.add(where, "notBefore", sink.notBefore(order.than(),
          String.valueOf(NotBeforeValidator.date(owner, order.than())), shown(NotBeforeValidator.date(owner, order.value()))));
    } else if (constraint instanceof WholeFen) {
      sink.add(where, "multipleOf", sink.wholeFen(value));
    } else if (constraint instanceof Size size) {
      sink.add(where, "minItems", sink.minItems(size.min(), ((java.util.Collection<?>) v.getInvalidValue()).size()));
    } else {
      sink.add(where, constraint.annotationType().getSimpleName(), v.getMessage());
    }
  }

  private static String shown(Object value) {
    return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
  }

  @Override
  public String toString() {
    return "FactsConstraints.beanValidation()";
  }

  /** Leaves message templates as they are. */
  private static final class Verbatim implements MessageInterpolator {

    @Override
    public String interpolate(String template, Context context) {
      return template;
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      return template;
    }
  }

}
