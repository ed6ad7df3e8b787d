package io.propgov.governance.validation;

import io.propgov.governance.error.InputError;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Locale;

/**
 * Checks the field constraints of facts built in Java (every one at once), the constraints the
 * facts types declare as Jakarta Bean Validation annotations on their record components: a
 * required field given, text not blank, a count or amount within its bounds, an amount in whole
 * fen, what a field holds checked in turn. Each error is located by a JSON Pointer under the
 * given pointer, with the code and message the JSON reader gives for the same field (such as
 * {@code required}, {@code minLength}, {@code minimum}, {@code exclusiveMinimum}), sorted by
 * pointer (indexes numerically), then code.
 *
 * <p>Two executors give the same errors: {@link #fast()}, hand-written, the engine's; and
 * {@link #beanValidation()}, Hibernate Validator reading the annotations, the reference.
 * Checks that need more than one field or the policy (a score on the policy's scale, duplicate
 * ids, a date after the as-of date) are the rule areas' own validation. Thread-safe.
 *
 * @since 0.1.0
 */
public interface FactsConstraints {

  /**
   * Returns every field-constraint error of the facts.
   *
   * @param facts facts of one of the facts types (an estate, a survey round, a household, the
   *     whole {@code GovernanceFacts}...), not null
   * @param pointer the JSON Pointer of the facts in the caller's document ({@code ""} for the root)
   * @return the errors, sorted, empty when every constraint holds
   * @throws IllegalArgumentException when {@code facts} is not of a facts type
   */
  default List<InputError> check(Object facts, String pointer) {
    return check(facts, pointer, Locale.ENGLISH);
  }

  /**
   * Returns every field-constraint error of the facts, with its message in the language of
   * {@code locale} (Chinese for {@code zh}, English otherwise), for showing to people; the
   * pointers and codes are those of {@link #check(Object, String)}.
   *
   * @param facts facts of one of the facts types, not null
   * @param pointer the JSON Pointer of the facts in the caller's document
   * @param locale the language of the messages, not null
   * @return the errors, sorted, empty when every constraint holds
   * @throws IllegalArgumentException when {@code facts} is not of a facts type
   */
  List<InputError> check(Object facts, String pointer, Locale locale);

  /**
   * Returns the facts when every field constraint holds, else every error.
   *
   * @param facts facts of one of the facts types, not null
   * @param pointer the JSON Pointer of the facts in the caller's document
   * @param <T> the facts type
   * @return valid facts, or the errors as {@link #check} lists them
   * @throws IllegalArgumentException when {@code facts} is not of a facts type
   */
  default <T> Validation<Seq<InputError>, T> validate(T facts, String pointer) {
    List<InputError> errors = check(facts, pointer);
    return errors.isEmpty() ? Validation.valid(facts) : Validation.invalid(io.vavr.collection.List.ofAll(errors));
  }

  /**
   * The hand-written executor, without reflection: the one the engine runs on every call.
   *
   * @return the fast executor
   */
  static FactsConstraints fast() {
    return FastConstraints.INSTANCE;
  }

  /**
   * The reference executor: Hibernate Validator reading the annotations, started on first use
   * (without an expression language, and without logging its version).
   *
   * @return the Bean Validation executor
   */
  static FactsConstraints beanValidation() {
    return BeanValidationConstraints.INSTANCE;
  }
}
