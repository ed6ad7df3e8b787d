package io.propgov.governance.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Lists of parameter entries that a key (a code, an id, a kind) names once each. */
public final class Keyed {

  private Keyed() {}

  /**
   * Copies a list, rejecting a key given twice.
   *
   * @param <T> the type of an entry
   * @param items the entries, not null
   * @param key the key of an entry
   * @param twice the message of a key given twice, with {@code %s} for the key
   * @return the copy
   * @throws IllegalArgumentException naming the key given twice
   */
  public static <T> List<T> unique(List<T> items, Function<T, ?> key, String twice) {
    List<T> copy = List.copyOf(items);
    Set<Object> seen = new HashSet<>();
    for (T item : copy) {
      if (!seen.add(key.apply(item))) {
        throw new IllegalArgumentException(String.format(twice, key.apply(item)));
      }
    }
    return copy;
  }

  /**
   * Copies a list that needs an entry, rejecting an empty list and a key given twice.
   *
   * @param <T> the type of an entry
   * @param items the entries, not null
   * @param key the key of an entry
   * @param empty the message of an empty list
   * @param twice the message of a key given twice, with {@code %s} for the key
   * @return the copy
   * @throws IllegalArgumentException when the list is empty or a key is given twice
   */
  public static <T> List<T> uniqueNonEmpty(List<T> items, Function<T, ?> key, String empty, String twice) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException(empty);
    }
    return unique(items, key, twice);
  }

  /**
   * Returns the entry a key names.
   *
   * @param <T> the type of an entry
   * @param items the entries
   * @param key the key of an entry
   * @param wanted the key sought
   * @return the entry, empty when none has the key
   */
  public static <T> Optional<T> find(List<T> items, Function<T, ?> key, Object wanted) {
    return items.stream().filter(t -> key.apply(t).equals(wanted)).findFirst();
  }
}
