package io.propgov.governance.estate;


import io.propgov.governance.internal.FactsStyle;
import jakarta.validation.constraints.Min;
import org.immutables.value.Value;
/**
 * The party organisation of a property company or an owners' committee.
 *
 * @param fullMembers its full party members, 0 or more
 * @param organisation the party organisation it has formed itself, or null when none
 * @param jointBranch whether it belongs to a joint branch with neighbouring units
 * @param instructor whether a party-building instructor has been assigned to it
 * @since 0.1.0
 */
@FactsStyle
@Value.Builder
public record PartyStatus(@Min(0) int fullMembers, PartyForm organisation, boolean jointBranch,
    boolean instructor) implements WithPartyStatus {

  /**
   * Checks nothing; the field constraints are checked by {@code FactsConstraints}, all at once.
   */
  public PartyStatus {
  }

  /**
   * Returns a builder that never throws; build, then check the constraints.
   *
   * @return a new, empty builder
   */
  public static PartyStatusBuilder builder() {
    return new PartyStatusBuilder();
  }

  /** Returns whether any party organisation reaches it: its own, a joint branch or an instructor. @return true when covered */
  public boolean isCovered() {
    return organisation != null || jointBranch || instructor;
  }
}
