package io.propgov.governance.explain;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An id a policy defines, with its names in English and Chinese: facts name the value by its id
 * alone, the policy defines it in full, and the rules look the definition up by id. Two values of
 * the same type are equal when their ids are.
 *
 * @since 0.2.0
 */
public abstract class LabelledId {

  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");

  private final String id;
  private final Label label;

  /**
   * Creates a value named by its id, defined when it has its names.
   *
   * @param id the id, capital letters, digits and underscores, starting with a letter
   * @param what what the id names, for the error message, such as {@code service mode}
   * @param label its names, or null when it is named by id alone
   * @throws IllegalArgumentException when the id is not of that form
   */
  protected LabelledId(String id, String what, Label label) {
    Objects.requireNonNull(id, what + " id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(what + " id '" + id
          + "' must be capital letters, digits and underscores, starting with a letter");
    }
    this.id = id;
    this.label = label;
  }

  /**
   * Returns the id.
   *
   * @return the id, never null
   */
  public final String id() {
    return id;
  }

  /**
   * Returns the id, as {@code name()} returned it when the type was a closed enum.
   *
   * @return the id, never null
   */
  public final String name() {
    return id;
  }

  /**
   * Returns the names, or null when the value is named by id alone.
   *
   * @return the label, or null
   */
  public final Label label() {
    return label;
  }

  /**
   * Returns whether the policy's definition is held.
   *
   * @return true when defined
   */
  public final boolean defined() {
    return label != null;
  }

  /**
   * Returns the definition in full, by which two lists of definitions are compared: the id, the
   * names and what else the policy defines. Only called on defined values.
   *
   * @return the parts of the definition, never null
   */
  protected List<Object> definition() {
    return List.of(id, label);
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((LabelledId) o).id.equals(id);
  }

  @Override
  public final int hashCode() {
    return id.hashCode();
  }

  /**
   * Returns the id, as the value is written in JSON.
   *
   * @return the id
   */
  @Override
  public final String toString() {
    return id;
  }
}
