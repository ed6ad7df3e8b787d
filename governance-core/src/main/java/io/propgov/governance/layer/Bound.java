package io.propgov.governance.layer;

import io.propgov.governance.message.ConstraintMessages;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.policy.Threshold;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A limit a policy level sets on what the levels below it may do with one parameter: a
 * minimum, a maximum, a direction ("may only be raised") or "fixed by law".
 *
 * <p>Order-based bounds work on these parameter types, compared exactly: {@link Integer},
 * {@link Long}, {@link BigInteger}, {@link BigDecimal} (by value, so {@code 60} equals
 * {@code 60.0}), {@link Fraction}, {@link LocalDate} (later is higher), and {@link Threshold}
 * (by share; at an equal share "more than" is higher than "at least", being stricter). Any
 * parameter type can be fixed by law, compared by equality (by value for the ordered types).
 *
 * @param key the parameter bounded, never null
 * @param kind what the bound allows, never null
 * @param limit the limit of a {@link BoundKind#MIN} or {@link BoundKind#MAX} bound (required),
 *     or the fixed value of a {@link BoundKind#FIXED_BY_LAW} bound (optional: without it the value
 *     is fixed at the one inherited); null for a direction
 * @param source where the bound comes from, such as "Civil Code art. 278", never null
 * @since 0.1.0
 */
public record Bound(ParameterKey<?> key, BoundKind kind, Object limit, Citation source) {

  /** Checks that every required part is given; {@link PolicyLayer} checks the limit against the key. */
  public Bound {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
  }

  /**
   * Returns whether values of a type can be held to a minimum, maximum or direction.
   *
   * @param type a parameter's value type, not null
   * @return true for the ordered types listed above
   */
  public static boolean isOrdered(Class<?> type) {
    return type == Integer.class || type == Long.class || type == BigInteger.class || type == BigDecimal.class
        || type == Fraction.class || type == LocalDate.class || type == Threshold.class;
  }

  /**
   * Compares two values of an ordered type, exactly.
   *
   * @param a a value, not null
   * @param b a value of the same type, not null
   * @return negative, zero or positive as {@code a} is lower than, equal to or higher than {@code b}
   * @throws IllegalArgumentException when the values are not of one ordered type
   */
  public static int compare(Object a, Object b) {
    if (a instanceof Threshold x && b instanceof Threshold y) {
      int c = x.share().compareTo(y.share());
      return c != 0 ? c : x.comparison().compareTo(y.comparison()); // AT_LEAST before MORE_THAN
    }
    if (a.getClass() == b.getClass() && isOrdered(a.getClass())) {
      @SuppressWarnings("unchecked")
      Comparable<Object> comparable = (Comparable<Object>) a;
      return comparable.compareTo(b);
    }
    throw new IllegalArgumentException("cannot order " + a.getClass().getSimpleName() + " and "
        + b.getClass().getSimpleName());
  }

  /**
   * Returns whether two values of a parameter are the same value: by order for the ordered types
   * ({@code 60} and {@code 60.0} are the same pass line), else by equality.
   *
   * @param a a value, not null
   * @param b a value, not null
   * @return true when the same
   */
  public static boolean same(Object a, Object b) {
    if (a.getClass() == b.getClass() && isOrdered(a.getClass())) {
      return compare(a, b) == 0;
    }
    return a.equals(b);
  }

  /**
   * Returns whether a value keeps to this bound.
   *
   * @param value the value a lower level sets, not null
   * @param inherited the value it would otherwise inherit, or null when none is in force
   * @return true when allowed
   */
  public boolean allows(Object value, Object inherited) {
    return switch (kind) {
      case MIN -> compare(value, limit) >= 0;
      case MAX -> compare(value, limit) <= 0;
      case MAY_ONLY_RAISE -> inherited == null || compare(value, inherited) >= 0;
      case MAY_ONLY_LOWER -> inherited == null || compare(value, inherited) <= 0;
      case FIXED_BY_LAW -> limit != null ? same(value, limit) : inherited == null || same(value, inherited);
    };
  }

  /**
   * Returns whether this bound compares with the inherited value rather than with a limit of its own.
   *
   * @return true for directions and for "fixed by law" without a value
   */
  public boolean relative() {
    return kind == BoundKind.MAY_ONLY_RAISE || kind == BoundKind.MAY_ONLY_LOWER
        || (kind == BoundKind.FIXED_BY_LAW && limit == null);
  }

  /**
   * Returns the bound in words, such as "at least 50" or "may only be raised".
   *
   * @return the text, never null
   */
  public String describe() {
    return switch (kind) {
      case MIN -> ConstraintMessages.en("text.boundMin", "limit", limit);
      case MAX -> ConstraintMessages.en("text.boundMax", "limit", limit);
      case FIXED_BY_LAW -> limit == null ? kind.words() : ConstraintMessages.en("text.fixedByLawAt", "limit", limit);
      default -> kind.words();
    };
  }
}
