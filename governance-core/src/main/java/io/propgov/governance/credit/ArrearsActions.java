package io.propgov.governance.credit;

import io.propgov.governance.explain.DefinedList;
import java.util.List;

/**
 * The arrears actions a policy defines ({@code arrears.actions}), in order: each with its names and
 * its effect on the limitation period. A ladder step, a forbidden action, a step taken or an action
 * planned must name one of them. A child policy that sets the list adds to its parent's.
 *
 * @since 0.2.0
 */
public final class ArrearsActions extends DefinedList<ArrearsAction, ArrearsActions> {

  /**
   * Checks that every entry is defined and no id is given twice.
   *
   * @param actions the defined entries, in order, each id once, not null
   * @throws IllegalArgumentException if an id is given twice or an entry lacks its definition
   */
  public ArrearsActions(List<ArrearsAction> actions) {
    super(actions, "arrears action", "its names and limitation effect");
  }

  /**
   * Returns the defined entries, in order.
   *
   * @return the entries, never null
   */
  public List<ArrearsAction> actions() {
    return entries();
  }

  @Override
  protected ArrearsActions with(List<ArrearsAction> entries) {
    return new ArrearsActions(entries);
  }
}
