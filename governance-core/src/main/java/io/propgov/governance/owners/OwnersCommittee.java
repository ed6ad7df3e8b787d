package io.propgov.governance.owners;

import io.propgov.governance.internal.FactsLists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * An estate's sitting owners' committee (业主委员会): the day its current term began (the day the
 * owners' assembly elected it) and its members.
 *
 * @param elected the day the current term began, never null
 * @param members its members, in any order, never null
 * @since 0.3.0
 */
public record OwnersCommittee(@NotNull LocalDate elected, List<@NotNull @Valid CommitteeMember> members) {

  /** Normalises only: a null list becomes empty; the field constraints are checked by {@code FactsConstraints}. */
  public OwnersCommittee {
    members = FactsLists.copy(members);
  }
}
