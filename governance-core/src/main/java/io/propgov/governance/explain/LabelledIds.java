package io.propgov.governance.explain;

import java.util.List;
import java.util.Objects;

/**
 * A list of the values of one kind a policy defines, in order, each id once: what facts and
 * other parameters name must be one of them.
 *
 * @param <T> the kind of value
 * @since 0.2.0
 */
public interface LabelledIds<T extends LabelledId> {

  /**
   * Returns the defined values, in order.
   *
   * @return the values, never null
   */
  List<T> entries();

  /**
   * Returns the definition of a value.
   *
   * @param value the value, by id, not null
   * @return the defined value, or null when the list does not define it
   */
  default T find(T value) {
    Objects.requireNonNull(value, "value");
    for (T defined : entries()) {
      if (defined.equals(value)) {
        return defined;
      }
    }
    return null;
  }

  /**
   * Returns the ids, in order.
   *
   * @return the ids, never null
   */
  default List<String> ids() {
    return entries().stream().map(LabelledId::id).toList();
  }

  /**
   * Returns the definitions in full (id, names and flags), not only the ids by which the values
   * themselves are equal: two lists naming a value differently are different lists.
   *
   * @return each value's definition, in order, never null
   */
  default List<List<Object>> definitions() {
    return entries().stream().map(LabelledId::definition).toList();
  }
}
