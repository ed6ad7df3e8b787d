package io.propgov.governance.vote;

import io.propgov.governance.constraint.NotBlankText;
import io.propgov.governance.internal.FactsLists;
import io.propgov.governance.internal.FactsStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

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
@FactsStyle
@Value.Builder
public record OwnersVote(@NotNull @NotBlankText String id, @NotNull Matter matter, @NotNull LocalDate date,
    @Min(1) int totalOwners, @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal totalArea,
    List<@NotNull @Valid Ballot> ballots, @Min(0) Integer contractNoticeDays) implements WithOwnersVote {

  /**
   * Normalises only; the field constraints are checked by {@code FactsConstraints}, all at once.
   */
  public OwnersVote {
    ballots = FactsLists.copy(ballots);
  }

  /**
   * Returns a builder that never throws; build, then check the constraints.
   *
   * @return a new, empty builder
   */
  public static OwnersVoteBuilder builder() {
    return new OwnersVoteBuilder();
  }

  /** Returns the contract's own notice period. @return the days, empty when the contract sets none */
  public Optional<Integer> contractNotice() {
    return Optional.ofNullable(contractNoticeDays);
  }
}
