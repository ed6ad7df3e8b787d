package io.propgov.governance.metrics;

import io.propgov.governance.estate.Estate;
import io.propgov.governance.satisfaction.RoundStatus;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.vote.OwnersVote;
import io.propgov.governance.vote.VoteRules;
import java.time.LocalDate;
import java.util.Optional;

/** One estate as the measures read it: its facts, its latest valid rating and, once asked, its participants. */
final class EstateCounts {

  private final Estate estate;
  private final Optional<RoundStatus> rating;
  private final LocalDate asOf;
  private int participants = -1;

  EstateCounts(Estate estate, Optional<RoundStatus> rating, LocalDate asOf) {
    this.estate = estate;
    this.rating = rating;
    this.asOf = asOf;
  }

  Estate estate() {
    return estate;
  }

  Optional<RoundStatus> rating() {
    return rating;
  }

  /** Households taking part in the latest survey round or vote, at most the households; counted once. */
  int participants() {
    if (participants < 0) {
      participants = Math.min(latestParticipants(), estate.households());
    }
    return participants;
  }

  /** Households taking part in the latest survey round or vote held by the as-of date (a vote on the same day wins). */
  private int latestParticipants() {
    LocalDate latest = null;
    int count = 0;
    for (SurveyRound r : estate.surveyRounds()) {
      if (!r.date().isAfter(asOf) && (latest == null || r.date().isAfter(latest))) {
        latest = r.date();
        count = r.householdAnswers();
      }
    }
    for (OwnersVote v : estate.votes()) {
      if (!v.date().isAfter(asOf) && (latest == null || !v.date().isBefore(latest))) {
        latest = v.date();
        count = VoteRules.participants(v);
      }
    }
    return count;
  }
}
