package io.propgov.governance.org;

import io.propgov.governance.estate.PartyForm;

/**
 * The member counts that decide which party organisation a unit owes (Party Constitution art. 30
 * and practice: at least 3 full members form a branch; more than 7 a branch committee; more
 * than 50 a general branch; more than 100 a primary-level committee; fewer than 3 join a joint
 * branch or get a party-building instructor).
 *
 * @param branchMinimum the fewest full members that form a branch (default 3), at least 1
 * @param committeeAbove more than this many form a branch committee (default 7)
 * @param generalBranchAbove more than this many form a general branch (default 50)
 * @param baseCommitteeAbove more than this many form a primary-level committee (default 100)
 * @since 0.1.0
 */
public record PartyThresholds(int branchMinimum, int committeeAbove, int generalBranchAbove, int baseCommitteeAbove) {

  /** Checks that the thresholds rise. */
  public PartyThresholds {
    if (branchMinimum < 1 || committeeAbove < branchMinimum || generalBranchAbove <= committeeAbove
        || baseCommitteeAbove <= generalBranchAbove) {
      throw new IllegalArgumentException("party thresholds must rise: 1 ≤ branchMinimum (" + branchMinimum
          + ") ≤ committeeAbove (" + committeeAbove + ") < generalBranchAbove (" + generalBranchAbove
          + ") < baseCommitteeAbove (" + baseCommitteeAbove + ")");
    }
  }

  /**
   * Returns the form of organisation a unit with this many full members owes.
   *
   * @param fullMembers the full party members, 0 or more
   * @return the form owed, never null
   */
  public PartyForm formFor(int fullMembers) {
    if (fullMembers < branchMinimum) {
      return PartyForm.JOINT_BRANCH_OR_INSTRUCTOR;
    }
    if (fullMembers > baseCommitteeAbove) {
      return PartyForm.BASE_COMMITTEE;
    }
    if (fullMembers > generalBranchAbove) {
      return PartyForm.GENERAL_BRANCH;
    }
    return fullMembers > committeeAbove ? PartyForm.BRANCH_COMMITTEE : PartyForm.BRANCH;
  }
}
