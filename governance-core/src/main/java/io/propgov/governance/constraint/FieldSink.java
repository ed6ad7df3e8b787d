package io.propgov.governance.constraint;

import io.propgov.governance.error.InputError;
import io.propgov.governance.message.ConstraintMessages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Collects the field-constraint errors of facts, in the words both executors of
 * {@code FactsConstraints} use (the codes and messages of the JSON reader's schema errors). Builds
 * a pointer or a message only for an error: valid facts cost a few comparisons per field. A
 * location {@code at} is any object whose {@code toString()} is the JSON Pointer, so that an
 * element's pointer is built only when needed. Not thread-safe: one instance per check.
 *
 * @since 0.1.0
 */
public final class FieldSink {

  /** Orders errors by pointer, token by token (indexes numerically), then by code. */
  public static final Comparator<InputError> ORDER = FieldSink::compare;

  private final ConstraintMessages messages;
  private List<InputError> errors;

  /** Creates an empty sink whose messages are in English. */
  public FieldSink() {
    this(Locale.ENGLISH);
  }

  /**
   * Creates an empty sink whose messages are in the language of {@code locale}: Chinese for
   * {@code zh}, English otherwise.
   *
   * @param locale the language of the messages, not null
   */
  public FieldSink(Locale locale) {
    this.messages = ConstraintMessages.forLocale(locale);
  }

  /** Records an error. */
  public void add(String pointer, String code, String message) {
    if (errors == null) {
      errors = new ArrayList<>();
    }
    errors.add(new InputError(pointer, code, message));
  }

  /** Returns true when nothing was recorded. */
  public boolean isEmpty() {
    return errors == null;
  }

  /** Returns the errors sorted by {@link #ORDER}, an empty list when none. */
  public List<InputError> sorted() {
    if (errors == null) {
      return List.of();
    }
    errors.sort(ORDER);
    return List.copyOf(errors);
  }

  /** {@code @NotNull}: returns true when the value is given. */
  public boolean required(Object value, Object at, String name) {
    if (value == null) {
      add(at + "/" + name, "required", required(name));
      return false;
    }
    return true;
  }

  /** {@code @NotNull} on a list's elements. */
  public boolean item(Object value, Object at, String name, int index) {
    if (value == null) {
      add(at + "/" + name + "/" + index, "required", nullItem());
      return false;
    }
    return true;
  }

  /** {@code @NotNull @NotBlankText}. */
  public void requiredText(String value, Object at, String name) {
    if (required(value, at, name)) {
      text(value, at, name);
    }
  }

  /** {@code @NotBefore(value = name, than = earlierName)} on the owner of {@code at}. */
  public void notBefore(java.time.LocalDate value, java.time.LocalDate earlier, Object at, String name,
      String earlierName) {
    if (value != null && earlier != null && value.isBefore(earlier)) {
      add(at + "/" + name, "notBefore", notBefore(earlierName, earlier.toString(), value.toString()));
    }
  }

  /** {@code @NotBlankText}. */
  public void text(String value, Object at, String name) {
    if (value != null && value.isBlank()) {
      add(at + "/" + name, "minLength", blank());
    }
  }

  /** {@code @NotNull @NotBlankText} on a list of texts. */
  public void texts(List<String> values, Object at, String name) {
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (value == null) {
        add(at + "/" + name + "/" + i, "required", nullItem());
      } else if (value.isBlank()) {
        add(at + "/" + name + "/" + i, "minLength", blank());
      }
    }
  }

  /** {@code @Min}. */
  public void min(long value, long min, Object at, String name) {
    if (value < min) {
      add(at + "/" + name, "minimum", atLeast(Long.toString(min), Long.toString(value)));
    }
  }

  /** {@code @Max}. */
  public void max(long value, long max, Object at, String name) {
    if (value > max) {
      add(at + "/" + name, "maximum", atMost(Long.toString(max), Long.toString(value)));
    }
  }

  /** {@code @Min} and {@code @Max} on an optional integer. */
  public void between(Integer value, long min, long max, Object at, String name) {
    if (value != null) {
      min(value, min, at, name);
      max(value, max, at, name);
    }
  }

  /** {@code @DecimalMin("0")}, null valid. */
  public void notNegative(BigDecimal value, Object at, String name) {
    if (value != null && value.signum() < 0) {
      add(at + "/" + name, "minimum", atLeast("0", value.toPlainString()));
    }
  }

  /** {@code @DecimalMin(value = "0", inclusive = false)}, null valid. */
  public void positive(BigDecimal value, Object at, String name) {
    if (value != null && value.signum() <= 0) {
      add(at + "/" + name, "exclusiveMinimum", greaterThan("0", value.toPlainString()));
    }
  }

  /**
   * Returns whether a text is blank as {@link String#isBlank} says, deciding most texts by their
   * first character alone: the hot lists (answers, ballots) check thousands of ids.
   *
   * @param text the text, not null
   * @return true when it is empty or only whitespace
   */
  public static boolean blank(String text) {
    return text.isEmpty() || Character.isWhitespace(text.codePointAt(0)) && text.isBlank();
  }

  /** {@code @WholeFen}, null valid. */
  public void fen(BigDecimal value, Object at, String name) {
    if (value != null && value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
      add(at + "/" + name, "multipleOf", wholeFen(value.toPlainString()));
    }
  }

  /** {@code @Size(min = 1)} on a list. */
  public void notEmpty(List<?> values, Object at, String name) {
    if (values != null && values.isEmpty()) {
      add(at + "/" + name, "minItems", minItems(1, 0));
    }
  }

  /** The English message of a null list element. */
  public static final String NULL_ITEM = ConstraintMessages.ENGLISH.format("required.item", null, null, null);

  /** The message of a missing field. */
  public String required(String name) {
    return messages.format("required", name, null, null);
  }

  /** The message of a date before the one it must not precede. */
  public String notBefore(String earlierName, String earlier, String value) {
    return messages.format("notBefore", earlierName, earlier, value);
  }

  /** The message of a null list element. */
  public String nullItem() {
    return messages.format("required.item", null, null, null);
  }

  /** The message of blank text. */
  public String blank() {
    return messages.format("minLength", null, null, null);
  }

  /** The message of a number below an inclusive bound. */
  public String atLeast(String bound, String value) {
    return messages.format("minimum", null, bound, value);
  }

  /** The message of a number above an inclusive bound. */
  public String atMost(String bound, String value) {
    return messages.format("maximum", null, bound, value);
  }

  /** The message of a number at or below an exclusive bound. */
  public String greaterThan(String bound, String value) {
    return messages.format("exclusiveMinimum", null, bound, value);
  }

  /** The message of an amount finer than a fen. */
  public String wholeFen(String value) {
    return messages.format("multipleOf", null, null, value);
  }

  /** The message of a list with too few items. */
  public String minItems(int min, int held) {
    return messages.format(min == 1 ? "minItems.one" : "minItems.other", null, Integer.toString(min),
        Integer.toString(held));
  }

  /**
   * Checks a list whose elements are required ({@code List<@NotNull @Valid T>}): each element
   * given, then checked by {@code each}, if any.
   *
   * @param values the list, not null
   * @param at the location of the list's owner
   * @param name the list's name
   * @param each the check of one element, or null
   * @param <T> the element type
   */
  public <T> void list(List<T> values, Object at, String name, Check<? super T> each) {
    for (int i = 0, n = values.size(); i < n; i++) {
      T value = values.get(i);
      if (item(value, at, name, i) && each != null) {
        each.check(value, at(at, name, i), this);
      }
    }
  }

  /**
   * The location of the {@code index}-th element of the list {@code name} under {@code parent},
   * its pointer built only when an error needs it.
   *
   * @param parent the location of the list's owner
   * @param name the list's name
   * @param index the element's index
   * @return the location
   */
  public static Object at(Object parent, String name, int index) {
    return new Location(parent, name, index);
  }

  /**
   * The field checks of one kind of facts.
   *
   * @param <T> the facts type
   */
  @FunctionalInterface
  public interface Check<T> {

    /**
     * Records every field-constraint error of {@code value}.
     *
     * @param value the facts, not null
     * @param at their location
     * @param sink where errors go
     */
    void check(T value, Object at, FieldSink sink);
  }

  private record Location(Object parent, String name, int index) {

    @Override
    public String toString() {
      return parent + "/" + name + "/" + index;
    }
  }

  private static int compare(InputError a, InputError b) {
    int byPointer = comparePointers(a.pointer(), b.pointer());
    return byPointer != 0 ? byPointer : a.code().compareTo(b.code());
  }

  private static int comparePointers(String a, String b) {
    String[] x = a.split("/", -1);
    String[] y = b.split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = compareTokens(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static int compareTokens(String a, String b) {
    boolean na = isIndex(a);
    boolean nb = isIndex(b);
    if (na && nb) {
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    if (na != nb) {
      return na ? -1 : 1;
    }
    return a.compareTo(b);
  }

  private static boolean isIndex(String token) {
    if (token.isEmpty() || token.length() > 1 && token.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
