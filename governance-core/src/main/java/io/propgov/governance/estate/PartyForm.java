package io.propgov.governance.estate;

/**
 * The forms of party organisation a unit may have, by its count of full members (Party
 * Constitution art. 30 and practice).
 *
 * @since 0.1.0
 */
public enum PartyForm {
  /** Too few members for a branch of its own: a joint branch with a neighbour, or an instructor. */
  JOINT_BRANCH_OR_INSTRUCTOR,
  /** A party branch (党支部). */
  BRANCH,
  /** A party branch with a branch committee (支部委员会). */
  BRANCH_COMMITTEE,
  /** A general party branch (党总支). */
  GENERAL_BRANCH,
  /** A primary-level party committee (基层党委). */
  BASE_COMMITTEE
}
