package io.propgov.governance.internal;

import io.propgov.governance.constraint.FieldSink;
import io.propgov.governance.error.InputError;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Collects input errors so that every one is reported, not only the first. Not thread-safe:
 * one instance per validation.
 */
public final class Problems {

  private final List<InputError> errors = new ArrayList<>();

  /** Records an error. */
  public void add(String pointer, String code, String message) {
    errors.add(new InputError(pointer, code, message));
  }

  /** Records an error, already located. */
  public void add(InputError error) {
    errors.add(error);
  }

  /** Records an error unless {@code condition} holds; returns the condition. */
  public boolean check(boolean condition, String pointer, String code, String message) {
    if (!condition) {
      add(pointer, code, message);
    }
    return condition;
  }

  /**
   * Records a {@code duplicate} error at each element whose key an earlier element has.
   *
   * @param <T> the type of an element
   * @param <K> the type of a key
   * @param items the elements, none null
   * @param key the key of an element
   * @param at the pointer of the key of the element at an index
   * @param message the message of a key given again
   */
  public <T, K> void unique(List<T> items, Function<T, K> key, IntFunction<String> at, Function<K, String> message) {
    Set<K> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      K k = key.apply(items.get(i));
      if (!seen.add(k)) {
        add(at.apply(i), "duplicate", message.apply(k));
      }
    }
  }

  /** Returns true when no error was recorded. */
  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /**
   * Returns every error recorded, or, when there is none, the value {@code valid} supplies.
   *
   * @param <T> the type of the value
   * @param valid supplies the value; called only when there is no error
   * @return the errors, or the value
   */
  public <T> Validation<Seq<InputError>, T> orValid(Supplier<T> valid) {
    return errors.isEmpty() ? Validation.valid(valid.get()) : Validation.invalid(io.vavr.collection.List.ofAll(errors));
  }

  /**
   * Validates facts in two steps: their field constraints first, and only when every one holds,
   * the checks that may rely on every required field being given.
   *
   * @param <T> the type of the facts
   * @param <V> the type of the valid value
   * @param facts the facts, not null
   * @param pointer the JSON Pointer of the facts in the caller's document
   * @param fields the field checks of the facts
   * @param beyond the further checks; called only when the fields are valid
   * @return the field errors, sorted by {@link FieldSink#ORDER}, or what the further checks give
   */
  public static <T, V> Validation<Seq<InputError>, V> fieldsFirst(T facts, String pointer,
      FieldSink.Check<? super T> fields, Supplier<Validation<Seq<InputError>, V>> beyond) {
    FieldSink sink = new FieldSink();
    fields.check(facts, pointer, sink);
    return sink.isEmpty() ? beyond.get() : Validation.invalid(io.vavr.collection.List.ofAll(sink.sorted()));
  }

  /** Returns the errors in the order recorded. */
  public List<InputError> errors() {
    return List.copyOf(errors);
  }

  /** The JSON Pointer of the {@code index}-th value of a parameter in a policy document. */
  public static String parameterValue(String parameterId, int index) {
    return "/parameters/" + token(parameterId) + "/" + index;
  }

  /** Escapes a key for use as one JSON Pointer token (RFC 6901). */
  public static String token(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
