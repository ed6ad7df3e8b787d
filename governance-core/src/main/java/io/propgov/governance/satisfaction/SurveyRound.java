package io.propgov.governance.satisfaction;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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
public record SurveyRound(String id, LocalDate date, int households, List<SurveyAnswer> answers) {

  /** Checks the parts and copies the answers. */
  public SurveyRound {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    if (id.isBlank()) {
      throw new IllegalArgumentException("round id must not be blank");
    }
    if (households < 1) {
      throw new IllegalArgumentException("round " + id + ": households must be at least 1, was " + households);
    }
    answers = List.copyOf(answers);
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
