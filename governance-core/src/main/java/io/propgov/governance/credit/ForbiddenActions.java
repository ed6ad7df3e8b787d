package io.propgov.governance.credit;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The actions the law forbids a company to take to force payment (Civil Code art. 944: "A company
 * may not cut water, power, heating or gas to force payment"), each an action of
 * {@code arrears.actions}.
 *
 * @param actions the forbidden actions, by id, never null (may be empty)
 * @since 0.1.0
 */
public record ForbiddenActions(Set<ArrearsAction> actions) {

  /** Copies the actions, in the order of their ids. */
  public ForbiddenActions {
    actions = Collections.unmodifiableSortedSet(new TreeSet<>(actions));
  }
}
