package io.propgov.governance.workorder;

import io.propgov.governance.policy.Fraction;
import java.util.Objects;

/**
 * One ranked unit or company.
 *
 * @param subjectId the unit's or company's id, never null
 * @param place its place: 1 plus the number of subjects with a strictly higher score, so that
 *     equal scores share a place, at least 1
 * @param score the weighted score of its three rates, exact, never null
 * @param orders the orders it was judged on that month
 * @since 0.3.0
 */
public record RankEntry(String subjectId, int place, Fraction score, int orders) {

  /** Checks the parts. */
  public RankEntry {
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(score, "score");
  }
}
