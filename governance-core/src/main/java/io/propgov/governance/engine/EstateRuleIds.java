package io.propgov.governance.engine;

import java.util.List;

/**
 * The stable ids of the whole-estate assessment: each names a rule in a decision's reasons and,
 * with an outcome, its message {@code <ruleId>.<OUTCOME>}. The ids are published API and never
 * change.
 *
 * @since 0.1.0
 */
public final class EstateRuleIds {

  /** Whether a rule area was assessed for an estate, and why not. */
  public static final String AREA = "estate.area";

  private EstateRuleIds() {}

  /**
   * Returns every rule id of this area.
   *
   * @return the ids in the order declared here, never null
   */
  public static List<String> all() {
    return List.of(
        AREA);
  }
}
