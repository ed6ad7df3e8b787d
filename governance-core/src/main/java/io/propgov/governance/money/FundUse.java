package io.propgov.governance.money;

import io.propgov.governance.constraint.NotBlankText;
import io.propgov.governance.constraint.WholeFen;
import io.propgov.governance.internal.FactsLists;
import io.propgov.governance.internal.FactsStyle;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * One use of the maintenance fund: approved by the owners' vote, or drawn by the emergency
 * procedure.
 *
 * @param id the use's id, never blank
 * @param date the day the fund was drawn, never null
 * @param amount the amount drawn, CNY, whole fen, more than 0, never null
 * @param emergency the policy's emergency kind when drawn as an emergency, or null for an
 *     ordinary use that needs a vote
 * @param voteId the owners' vote that approved an ordinary use, an id of the estate's votes, or null
 * @param steps the ids of the emergency procedure's steps taken, never null
 * @since 0.3.0
 */
@FactsStyle
@Value.Builder
public record FundUse(@NotNull @NotBlankText String id, @NotNull LocalDate date,
    @NotNull @DecimalMin(value = "0", inclusive = false) @WholeFen BigDecimal amount, @NotBlankText String emergency,
    @NotBlankText String voteId, List<@NotNull @NotBlankText String> steps) implements WithFundUse {

  /** Normalises only (a null list becomes empty); the field constraints are checked by {@code FactsConstraints}. */
  public FundUse {
    steps = FactsLists.copy(steps);
  }

  /**
   * Returns a builder that never throws; build, then check the constraints.
   *
   * @return a new, empty builder
   */
  public static FundUseBuilder builder() {
    return new FundUseBuilder();
  }
}
