package io.propgov.governance.estate;

/**
 * The party organisation of a property company or an owners' committee.
 *
 * @param fullMembers its full party members, 0 or more
 * @param organisation the party organisation it has formed itself, or null when none
 * @param jointBranch whether it belongs to a joint branch with neighbouring units
 * @param instructor whether a party-building instructor has been assigned to it
 * @since 0.1.0
 */
public record PartyStatus(int fullMembers, PartyForm organisation, boolean jointBranch, boolean instructor) {

  /** Checks the member count. */
  public PartyStatus {
    if (fullMembers < 0) {
      throw new IllegalArgumentException("fullMembers must not be negative, was " + fullMembers);
    }
  }

  /** Returns whether any party organisation reaches it: its own, a joint branch or an instructor. @return true when covered */
  public boolean isCovered() {
    return organisation != null || jointBranch || instructor;
  }
}
