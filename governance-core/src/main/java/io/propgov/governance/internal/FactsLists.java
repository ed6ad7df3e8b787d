package io.propgov.governance.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Copies of the facts types' lists that keep null elements, so that the field constraints report
 * them where they are ({@link List#copyOf} would throw instead).
 */
public final class FactsLists {

  private FactsLists() {}

  /**
   * Returns an unmodifiable copy of {@code list}, empty for null, null elements kept.
   *
   * @param list the list, or null
   * @param <T> the element type
   * @return the copy, never null
   */
  public static <T> List<T> copy(List<T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    for (T element : list) {
      if (element == null) {
        return Collections.unmodifiableList(new ArrayList<>(list));
      }
    }
    return List.copyOf(list);
  }
}
