package io.propgov.governance.owners;

import io.propgov.governance.constraint.NotBlankText;
import jakarta.validation.constraints.NotNull;

/**
 * One member of an owners' committee.
 *
 * @param name the member's name or id, never blank
 * @param partyMember whether the member is a member of the Communist Party of China (党员)
 * @param communityCommittee whether the member also sits on the community's party committee or
 *     residents' committee (社区"两委"), the cross membership the city's policy expects
 * @since 0.3.0
 */
public record CommitteeMember(@NotNull @NotBlankText String name, boolean partyMember, boolean communityCommittee) {

  /** Checks nothing; the field constraints are checked by {@code FactsConstraints}, all at once. */
  public CommitteeMember {
  }
}
