package io.propgov.governance.org;

/**
 * What a body owes to be properly covered by party organisation.
 *
 * @since 0.1.0
 */
public enum CoverageAction {
  /** Nothing: it has the organisation its members call for. */
  NONE,
  /** Form the organisation its members call for (a branch, a branch committee, ...). */
  FORM_ORGANISATION,
  /** Too few members for a branch: join a joint branch or be assigned a party-building instructor. */
  JOIN_JOINT_BRANCH_OR_ASSIGN_INSTRUCTOR,
  /** It has an organisation, but not the form its members call for: reorganise. */
  REORGANISE
}
