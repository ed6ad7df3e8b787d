package io.propgov.governance.satisfaction;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One respondent's rating of the property company in a survey round.
 *
 * @param respondentId who answered (a household, committee member or community officer);
 *     unique within a round, never blank
 * @param group the party the respondent answers for, never null
 * @param score the rating on the policy's scale, never null
 * @since 0.1.0
 */
public record SurveyAnswer(String respondentId, RespondentGroup group, BigDecimal score) {

  /** Checks that every part is given. */
  public SurveyAnswer {
    Objects.requireNonNull(respondentId, "respondentId");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(score, "score");
    if (respondentId.isBlank()) {
      throw new IllegalArgumentException("respondentId must not be blank");
    }
  }
}
