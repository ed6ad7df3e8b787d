package io.propgov.governance.service;

import java.util.List;

/**
 * The stable ids of the service tier and mode rules: each names a rule in a decision's reasons
 * and, with an outcome, its message {@code <ruleId>.<OUTCOME>}. The ids are published API and
 * never change.
 *
 * @since 0.1.0
 */
public final class ServiceRuleIds {

  /** The highest service tier whose required items and standards an estate meets. */
  public static final String TIER = "service.tier";

  /** Whether an estate receives an item a tier requires. */
  public static final String REQUIREMENT_ITEM = "service.requirement.item";

  /** Whether a measured standard meets what a tier requires. */
  public static final String REQUIREMENT_STANDARD = "service.requirement.standard";

  /** That a standard a tier sets was not measured. */
  public static final String REQUIREMENT_UNMEASURED = "service.requirement.unmeasured";

  /** Whether the tier reached is the target tier or above. */
  public static final String TARGET = "service.target";

  /** The guide fee at the tier reached. */
  public static final String FEE = "service.fee";

  /** Which management mode the mode table gives an estate. */
  public static final String MODE = "service.mode";

  /** Which company is on duty when several share an estate. */
  public static final String CO_MANAGEMENT = "service.co-management";

  private ServiceRuleIds() {}

  /**
   * Returns every rule id of this area.
   *
   * @return the ids in the order declared here, never null
   */
  public static List<String> all() {
    return List.of(
        TIER,
        REQUIREMENT_ITEM,
        REQUIREMENT_STANDARD,
        REQUIREMENT_UNMEASURED,
        TARGET,
        FEE,
        MODE,
        CO_MANAGEMENT);
  }
}
