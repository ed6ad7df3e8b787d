package io.propgov.governance.explain;

import io.propgov.governance.message.ConstraintMessages;
import io.propgov.governance.policy.Extensible;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A list a policy defines and a city extends: each value once, with its names (arrears actions,
 * credit consequences, service modes, city rates). Two lists are equal when they define the same
 * values in full, names and flags included, in the same order; a child level's list is laid over
 * its parent's as {@link Extensible} says. The concrete lists add only their constructor and the
 * accessor named for what they hold.
 *
 * @param <T> the kind of value
 * @param <L> the concrete list type
 * @since 0.3.0
 */
public abstract class DefinedList<T extends LabelledId, L extends DefinedList<T, L>>
    implements LabelledIds<T>, Extensible<L> {

  private final List<T> entries;

  /**
   * Checks that every value is defined and no id is given twice, and copies the list.
   *
   * @param entries the values, in order, not null
   * @param what the kind of value, for the message (such as "service mode")
   * @param needs what a definition must give, for the message (such as "its names")
   * @throws IllegalArgumentException if an id is given twice or a value lacks its definition
   */
  protected DefinedList(List<T> entries, String what, String needs) {
    List<T> copy = List.copyOf(Objects.requireNonNull(entries, "entries"));
    Set<String> seen = new HashSet<>();
    for (T entry : copy) {
      if (!seen.add(entry.id())) {
        throw new IllegalArgumentException(ConstraintMessages.en("text.definedTwice", "what", what, "id", entry.id()));
      }
    }
    for (T entry : copy) {
      if (!entry.defined()) {
        throw new IllegalArgumentException(ConstraintMessages.en("text.needs", "what", what, "id", entry.id(), "needs",
            needs));
      }
    }
    this.entries = copy;
  }

  /**
   * Builds a list of the concrete type from laid-over entries.
   *
   * @param entries the entries, checked by the constructor
   * @return the list, never null
   */
  protected abstract L with(List<T> entries);

  @Override
  public final List<T> entries() {
    return entries;
  }

  /**
   * Lays this level's definitions over inherited ones: the inherited stay in their order, one of
   * the same id is replaced where it stands, new ones follow in this level's order.
   */
  @Override
  public final L over(L inherited) {
    Map<String, T> merged = new LinkedHashMap<>();
    inherited.entries().forEach(d -> merged.put(d.id(), d));
    entries.forEach(d -> merged.put(d.id(), d));
    return with(new ArrayList<>(merged.values()));
  }

  /** Compares the definitions in full: two lists naming a value differently are different values. */
  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && definitions().equals(((DefinedList<?, ?>) o).definitions());
  }

  @Override
  public final int hashCode() {
    return definitions().hashCode();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + entries;
  }
}
