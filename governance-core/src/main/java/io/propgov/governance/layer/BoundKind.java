package io.propgov.governance.layer;

/**
 * What a bound allows a lower level to do with a parameter.
 *
 * <p>{@link #MIN}, {@link #MAX}, {@link #MAY_ONLY_RAISE} and {@link #MAY_ONLY_LOWER} need an
 * ordered parameter type (see {@link Bound#isOrdered(Class)}); {@link #FIXED_BY_LAW} works on
 * every type, by equality.
 *
 * @since 0.1.0
 */
public enum BoundKind {
  /** No lower level may set a value below the bound's limit. */
  MIN("min", "at least"),
  /** No lower level may set a value above the bound's limit. */
  MAX("max", "at most"),
  /** A lower level may raise the value it inherits, never lower it. */
  MAY_ONLY_RAISE("direction", "may only be raised"),
  /** A lower level may lower the value it inherits, never raise it. */
  MAY_ONLY_LOWER("direction", "may only be lowered"),
  /**
   * A lower level may not change the value: it equals the bound's limit when one is given, else
   * the value it inherits (a lower level may restate it unchanged).
   */
  FIXED_BY_LAW("fixedByLaw", "fixed by law");

  private final String token;
  private final String words;

  BoundKind(String token, String words) {
    this.token = token;
    this.words = words;
  }

  /**
   * Returns the member of a policy document's bound that declares this kind: {@code min},
   * {@code max}, {@code direction} or {@code fixedByLaw}.
   *
   * @return the JSON member name, never null
   */
  public String token() {
    return token;
  }

  /** Returns the bound in words, such as "may only be raised". @return the words, never null */
  public String words() {
    return words;
  }

  /** Returns whether the bound compares values by order rather than equality. @return true for all but fixed */
  public boolean needsOrder() {
    return this != FIXED_BY_LAW;
  }
}
