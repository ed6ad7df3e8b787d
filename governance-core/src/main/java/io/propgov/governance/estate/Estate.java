package io.propgov.governance.estate;

import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.vote.OwnersVote;
import java.util.List;
import java.util.Objects;

/**
 * A residential estate (小区) with the facts the rules judge: its property company, its
 * satisfaction survey rounds and its owners' votes.
 *
 * @param id the estate's id, never blank
 * @param name the estate's name, never null (may be empty)
 * @param company the property company serving it, or null when none does
 * @param surveyRounds its satisfaction survey rounds, in any order, never null
 * @param votes its owners' votes, in any order, never null
 * @since 0.1.0
 */
public record Estate(String id, String name, PropertyCompany company, List<SurveyRound> surveyRounds,
    List<OwnersVote> votes) {

  /** Checks the id and copies the lists. */
  public Estate {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("estate id must not be blank");
    }
    name = name == null ? "" : name;
    surveyRounds = surveyRounds == null ? List.of() : List.copyOf(surveyRounds);
    votes = votes == null ? List.of() : List.copyOf(votes);
  }
}
