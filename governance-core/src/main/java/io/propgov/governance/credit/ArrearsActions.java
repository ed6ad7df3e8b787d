package io.propgov.governance.credit;

import io.propgov.governance.internal.Definitions;
import io.propgov.governance.policy.Extensible;
import java.util.List;
import java.util.Objects;

/**
 * The arrears actions a policy defines ({@code arrears.actions}), in order: each with its names and
 * its effect on the limitation period. A ladder step, a forbidden action, a step taken or an action
 * planned must name one of them. A child policy that sets the list adds to its parent's.
 *
 * @param actions the defined actions, each id once, never null
 * @since 0.2.0
 */
public record ArrearsActions(List<ArrearsAction> actions) implements Extensible<ArrearsActions> {

  /** Checks that every action is defined and no id is given twice. */
  public ArrearsActions {
    actions = Definitions.distinct(actions, ArrearsAction::id, "arrears action");
    for (ArrearsAction a : actions) {
      if (!a.defined()) {
        throw new IllegalArgumentException("arrears action '" + a.id() + "' needs its names and limitation effect");
      }
    }
  }

  /**
   * Returns the definition of an action.
   *
   * @param action the action, by id, not null
   * @return the defined action, or null when the list does not define it
   */
  public ArrearsAction find(ArrearsAction action) {
    Objects.requireNonNull(action, "action");
    for (ArrearsAction a : actions) {
      if (a.equals(action)) {
        return a;
      }
    }
    return null;
  }

  /** Returns the ids, in order. @return the ids, never null */
  public List<String> ids() {
    return actions.stream().map(ArrearsAction::id).toList();
  }

  /**
   * Compares the definitions in full (id, names and flags), not only the ids by which the entries
   * themselves are equal: two lists naming an entry differently are different values.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ArrearsActions other && full().equals(other.full());
  }

  @Override
  public int hashCode() {
    return full().hashCode();
  }

  private List<List<Object>> full() {
    return actions.stream().map(a -> List.<Object>of(a.id(), a.label(), a.limitation())).toList();
  }

  @Override
  public ArrearsActions over(ArrearsActions inherited) {
    return new ArrearsActions(Definitions.over(actions, inherited.actions(), ArrearsAction::id));
  }
}
