package io.propgov.governance.subsidy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One applicant's share of a programme's budget.
 *
 * @param applicationId the application, never null
 * @param rank its place in the allocation order, from 1
 * @param requested the amount its award decision gave, in CNY, scale 2, never null
 * @param granted the amount paid, in CNY, scale 2, at most {@code requested}, never null
 * @param score its score, or null when the programme does not score
 * @since 0.1.0
 */
public record AllocationShare(String applicationId, int rank, BigDecimal requested, BigDecimal granted,
    BigDecimal score) {

  /** Checks the parts. */
  public AllocationShare {
    Objects.requireNonNull(applicationId, "applicationId");
    Objects.requireNonNull(requested, "requested");
    Objects.requireNonNull(granted, "granted");
    if (rank < 1 || granted.compareTo(requested) > 0) {
      throw new IllegalArgumentException("application " + applicationId + ": rank from 1 and granted at most requested");
    }
  }
}
