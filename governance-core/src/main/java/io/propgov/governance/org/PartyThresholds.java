package io.propgov.governance.org;

import io.propgov.governance.estate.PartyForm;

/**
 * The full-member counts that decide which party organisation a unit owes. Each count is
 * inclusive, as "以上" is in the texts: 3 or more full members form a branch (Party Constitution
 * art. 30; Branch Work Regulations, trial, 2018); a branch of 7 or more sets up a branch
 * committee (Branch Work Regulations, 2018); 50 or more form a general branch and 100 or more a
 * primary-level committee (the Party base-organisation regulations of 2019); fewer than 3 join a
 * joint branch or, in practice, get a party-building instructor.
 *
 * @param branchMinimum the fewest full members that form a branch (default 3), at least 1
 * @param committeeAtLeast this many or more form a branch committee (default 7), at least
 *     {@code branchMinimum}
 * @param generalBranchAtLeast this many or more form a general branch (default 50), more than
 *     {@code committeeAtLeast}
 * @param baseCommitteeAtLeast this many or more form a primary-level committee (default 100), more
 *     than {@code generalBranchAtLeast}
 * @since 0.1.0
 */
public record PartyThresholds(int branchMinimum, int committeeAtLeast, int generalBranchAtLeast,
    int baseCommitteeAtLeast) {

  /** Checks that the thresholds rise. */
  public PartyThresholds {
    if (branchMinimum < 1 || committeeAtLeast < branchMinimum || generalBranchAtLeast <= committeeAtLeast
        || baseCommitteeAtLeast <= generalBranchAtLeast) {
      throw new IllegalArgumentException("party thresholds must rise: 1 ≤ branchMinimum (" + branchMinimum
          + ") ≤ committeeAtLeast (" + committeeAtLeast + ") < generalBranchAtLeast (" + generalBranchAtLeast
          + ") < baseCommitteeAtLeast (" + baseCommitteeAtLeast + ")");
    }
  }

  /**
   * Returns the form of organisation a unit with this many full members owes; each threshold
   * counts the number itself ("7人以上" is 7 or more).
   *
   * @param fullMembers the full party members, 0 or more
   * @return the form owed, never null
   */
  public PartyForm formFor(int fullMembers) {
    if (fullMembers < branchMinimum) {
      return PartyForm.JOINT_BRANCH_OR_INSTRUCTOR;
    }
    if (fullMembers >= baseCommitteeAtLeast) {
      return PartyForm.BASE_COMMITTEE;
    }
    if (fullMembers >= generalBranchAtLeast) {
      return PartyForm.GENERAL_BRANCH;
    }
    return fullMembers >= committeeAtLeast ? PartyForm.BRANCH_COMMITTEE : PartyForm.BRANCH;
  }
}
