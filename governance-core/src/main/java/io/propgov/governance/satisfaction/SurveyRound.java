package io.propgov.governance.satisfaction;

import io.propgov.governance.constraint.NotBlankText;
import io.propgov.governance.internal.FactsLists;
import io.propgov.governance.internal.FactsStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A satisfaction survey round of an estate's property company: who answered, on which date,
 * out of how many households.
 *
 * @param id the round's id, unique within an estate, such as {@code 2024-H1}, never blank
 * @param date the date the round closed; it is judged by the policy in force on that date, never null
 * @param households the households of the estate entitled to answer, at least 1
 * @param answers every answer of the round, never null
 * @since 0.1.0
 */
@FactsStyle
@Value.Builder
public record SurveyRound(@NotNull @NotBlankText String id, @NotNull LocalDate date, @Min(1) int households,
    List<@NotNull @Valid SurveyAnswer> answers) implements WithSurveyRound {

  /**
   * Normalises only; the field constraints are checked by {@code FactsConstraints}, all at once.
   */
  public SurveyRound {
    answers = FactsLists.copy(answers);
  }

  /**
   * Returns a builder that never throws; build, then check the constraints.
   *
   * @return a new, empty builder
   */
  public static SurveyRoundBuilder builder() {
    return new SurveyRoundBuilder();
  }

  /**
   * Returns how many households answered: the answers of group {@link RespondentGroup#HOUSEHOLD},
   * the count the quorum and the participation rate are judged by.
   *
   * @return the household answers
   */
  public int householdAnswers() {
    int count = 0;
    for (SurveyAnswer a : answers) {
      if (a.group() == RespondentGroup.HOUSEHOLD) {
        count++;
      }
    }
    return count;
  }
}
