package io.propgov.governance.vote;

import io.propgov.governance.policy.Threshold;
import java.util.Objects;
import java.util.Optional;

/**
 * How a class of matters is decided: the quorum, if any, and the approval by area and by head.
 *
 * @param quorumArea the share of the total exclusive area that must take part, or null when
 *     the rule sets no quorum (as before 2021)
 * @param quorumOwners the share of all owners that must take part; null exactly when
 *     {@code quorumArea} is
 * @param approvalBase what the votes for are counted against, never null
 * @param approvalArea the share of the base area that must vote for, never null
 * @param approvalOwners the share of the base owners that must vote for, never null
 * @since 0.1.0
 */
public record VoteRequirement(Threshold quorumArea, Threshold quorumOwners, ApprovalBase approvalBase,
    Threshold approvalArea, Threshold approvalOwners) {

  /** Checks that the quorum parts come together and the approval parts are given. */
  public VoteRequirement {
    if ((quorumArea == null) != (quorumOwners == null)) {
      throw new IllegalArgumentException("quorumArea and quorumOwners are both set or both left out");
    }
    Objects.requireNonNull(approvalBase, "approvalBase");
    Objects.requireNonNull(approvalArea, "approvalArea");
    Objects.requireNonNull(approvalOwners, "approvalOwners");
  }

  /** Returns whether the rule sets a quorum. @return true when it does */
  public boolean hasQuorum() {
    return quorumArea != null;
  }

  /** Returns the area quorum. @return the threshold, empty when the rule sets no quorum */
  public Optional<Threshold> areaQuorum() {
    return Optional.ofNullable(quorumArea);
  }
}
