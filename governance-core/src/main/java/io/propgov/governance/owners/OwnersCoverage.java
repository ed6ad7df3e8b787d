package io.propgov.governance.owners;

import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.metrics.Ratio;
import java.util.List;
import java.util.Objects;

/**
 * How many estates of a unit's subtree an owners' committee or a property management committee
 * currently represents (Chuxiong's committee coverage), counted from each estate's owners'
 * organisation decision and kept as a numerator and a denominator so that it rolls up exactly.
 *
 * @param unitId the unit, never null
 * @param estates the estates of its subtree whose owners' organisation was judged
 * @param ownersCommittees of those, the estates an owners' committee represents
 * @param managementCommittees of those, the estates a property management committee represents
 * @since 0.3.0
 */
public record OwnersCoverage(String unitId, long estates, long ownersCommittees, long managementCommittees)
    implements Conclusion {

  /** Checks the counts. */
  public OwnersCoverage {
    Objects.requireNonNull(unitId, "unitId");
    if (estates < 0 || ownersCommittees < 0 || managementCommittees < 0
        || ownersCommittees + managementCommittees > estates) {
      throw new IllegalArgumentException("represented estates (" + ownersCommittees + " + " + managementCommittees
          + ") must not be negative nor exceed the estates judged (" + estates + ")");
    }
  }

  /**
   * Returns the share of estates represented, as represented / judged.
   *
   * @return the ratio, never null
   */
  public Ratio represented() {
    return Ratio.of(ownersCommittees + managementCommittees, estates);
  }

  /** Adds another subtree's counts, keeping this unit's id. */
  OwnersCoverage plus(OwnersCoverage other) {
    return new OwnersCoverage(unitId, estates + other.estates, ownersCommittees + other.ownersCommittees,
        managementCommittees + other.managementCommittees);
  }

  @Override
  public String messageKey() {
    return "owners.coverage";
  }

  @Override
  public List<Figure> headlineFigures() {
    return List.of(Figure.count("represented", ownersCommittees + managementCommittees),
        Figure.count("estates", estates));
  }

  @Override
  public java.util.Map<String, String> headlineLiterals() {
    return java.util.Map.of("unit", unitId);
  }
}
