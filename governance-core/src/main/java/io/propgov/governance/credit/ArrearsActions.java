package io.propgov.governance.credit;

import io.propgov.governance.explain.LabelledIds;
import io.propgov.governance.internal.Definitions;
import io.propgov.governance.policy.Extensible;
import java.util.List;

/**
 * The arrears actions a policy defines ({@code arrears.actions}), in order: each with its names and
 * its effect on the limitation period. A ladder step, a forbidden action, a step taken or an action
 * planned must name one of them. A child policy that sets the list adds to its parent's.
 *
 * @param actions the defined actions, each id once, never null
 * @since 0.2.0
 */
public record ArrearsActions(List<ArrearsAction> actions)
    implements LabelledIds<ArrearsAction>, Extensible<ArrearsActions> {

  /** Checks that every action is defined and no id is given twice. */
  public ArrearsActions {
    actions = Definitions.defined(actions, "arrears action", "its names and limitation effect");
  }

  /**
   * Returns the defined actions, in order.
   *
   * @return the actions, never null
   */
  @Override
  public List<ArrearsAction> entries() {
    return actions;
  }

  /** Compares the definitions in full: two lists naming an entry differently are different values. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ArrearsActions other && definitions().equals(other.definitions());
  }

  @Override
  public int hashCode() {
    return definitions().hashCode();
  }

  @Override
  public ArrearsActions over(ArrearsActions inherited) {
    return new ArrearsActions(Definitions.over(actions, inherited.actions(), ArrearsAction::id));
  }
}
