package io.propgov.governance.credit;

import java.util.EnumSet;
import java.util.Set;

/**
 * The actions the law forbids a company to take to force payment (Civil Code art. 944: no cutting
 * of water, power, heating or gas).
 *
 * @param actions the forbidden actions, never null (may be empty)
 * @since 0.1.0
 */
public record ForbiddenActions(Set<ArrearsAction> actions) {

  /** Copies the actions. */
  public ForbiddenActions {
    actions = actions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(actions));
  }
}
