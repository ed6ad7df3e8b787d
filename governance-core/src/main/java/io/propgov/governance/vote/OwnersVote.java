package io.propgov.governance.vote;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A joint decision of an estate's owners: the matter, the date, the estate's totals and every
 * ballot cast.
 *
 * @param id the vote's id, unique within an estate, never blank
 * @param matter the matter voted on, never null
 * @param date the date of the decision; judged by the rule in force on that date, never null
 * @param totalOwners all owners of the estate, counted one per owner, at least 1
 * @param totalArea the estate's total exclusive area in m², positive, never null
 * @param ballots every ballot cast, never null
 * @param contractNoticeDays the notice the service contract sets for a dismissal, when it sets
 *     one (from 2021, Civil Code art. 946: "unless the contract says otherwise"); null to use
 *     the policy's
 * @since 0.1.0
 */
public record OwnersVote(String id, Matter matter, LocalDate date, int totalOwners, BigDecimal totalArea,
    List<Ballot> ballots, Integer contractNoticeDays) {

  /** Checks the parts and copies the ballots. */
  public OwnersVote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(totalArea, "totalArea");
    if (id.isBlank()) {
      throw new IllegalArgumentException("vote id must not be blank");
    }
    if (totalOwners < 1) {
      throw new IllegalArgumentException("vote " + id + ": totalOwners must be at least 1, was " + totalOwners);
    }
    if (totalArea.signum() <= 0) {
      throw new IllegalArgumentException("vote " + id + ": totalArea must be positive, was " + totalArea.toPlainString());
    }
    if (contractNoticeDays != null && contractNoticeDays < 0) {
      throw new IllegalArgumentException("vote " + id + ": contractNoticeDays must not be negative, was " + contractNoticeDays);
    }
    ballots = List.copyOf(ballots);
  }

  /** Returns the contract's own notice period. @return the days, empty when the contract sets none */
  public Optional<Integer> contractNotice() {
    return Optional.ofNullable(contractNoticeDays);
  }
}
