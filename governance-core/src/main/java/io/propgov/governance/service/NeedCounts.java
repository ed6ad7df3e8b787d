package io.propgov.governance.service;

import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Figure;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How many estates of an organisation unit's subtree need coverage expanded, quality upgraded or
 * meet the target, and how many could not be judged for want of service facts.
 *
 * @param unitId the unit, never null
 * @param expand estates below the basic tier, not negative
 * @param upgrade estates at the basic tier or above but below the target, not negative
 * @param meetsTarget estates at the target tier or above, not negative
 * @param notAssessed estates without service facts, not negative
 * @since 0.1.0
 */
public record NeedCounts(String unitId, long expand, long upgrade, long meetsTarget, long notAssessed)
    implements Conclusion {

  /** Checks the unit and counts. */
  public NeedCounts {
    Objects.requireNonNull(unitId, "unitId");
    if (expand < 0 || upgrade < 0 || meetsTarget < 0 || notAssessed < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /**
   * Returns the counts of one estate.
   *
   * @param unitId the estate's unit, not null
   * @param need the estate's need, or null when it was not assessed
   * @return the counts, never null
   */
  public static NeedCounts of(String unitId, ServiceNeed need) {
    return new NeedCounts(unitId, need == ServiceNeed.EXPAND ? 1 : 0, need == ServiceNeed.UPGRADE ? 1 : 0,
        need == ServiceNeed.MEETS_TARGET ? 1 : 0, need == null ? 1 : 0);
  }

  /**
   * Returns the counts of this unit and another added up, under this unit's id.
   *
   * @param other the other counts, not null
   * @return the sum, never null
   */
  public NeedCounts plus(NeedCounts other) {
    return new NeedCounts(unitId, expand + other.expand, upgrade + other.upgrade, meetsTarget + other.meetsTarget,
        notAssessed + other.notAssessed);
  }

  @Override
  public String messageKey() {
    return "service.needs";
  }

  @Override
  public List<Figure> headlineFigures() {
    return List.of(Figure.count("expand", expand), Figure.count("upgrade", upgrade),
        Figure.count("meetsTarget", meetsTarget), Figure.count("notAssessed", notAssessed));
  }

  @Override
  public Map<String, String> headlineLiterals() {
    return Map.of("unit", unitId);
  }
}
