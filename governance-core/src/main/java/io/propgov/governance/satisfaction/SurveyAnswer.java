package io.propgov.governance.satisfaction;

import io.propgov.governance.constraint.NotBlankText;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * One respondent's rating of the property company in a survey round.
 *
 * @param respondentId who answered (a household, committee member or community officer);
 *     unique within a round, never blank
 * @param group the party the respondent answers for, never null
 * @param score the rating on the policy's scale, never null
 * @since 0.1.0
 */
public record SurveyAnswer(@NotNull @NotBlankText String respondentId, @NotNull RespondentGroup group,
    @NotNull BigDecimal score) {

  /**
   * Checks nothing; the field constraints are checked by {@code FactsConstraints}, all at once.
   */
  public SurveyAnswer {
  }
}
