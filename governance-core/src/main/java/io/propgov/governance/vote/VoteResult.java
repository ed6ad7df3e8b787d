package io.propgov.governance.vote;

import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.policy.Fraction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of an owners' vote, with every count it rests on.
 *
 * @param voteId the vote's id, never null
 * @param matter the matter voted on, never null
 * @param date the date of the decision, never null
 * @param special whether the special (stricter) rule applied
 * @param quorum whether enough owners and area took part: {@link Outcome#MET} or
 *     {@link Outcome#NOT_MET}, or {@link Outcome#NOT_APPLICABLE} when the rule in force on the
 *     vote's date sets no separate quorum (the Property Law, before 2021), never null
 * @param passed whether the motion was carried
 * @param participating the owners and area that took part, abstentions included, never null
 * @param votesFor the owners and area that voted for, never null
 * @param votesAgainst the owners and area that voted against, never null
 * @param abstentions the owners and area that abstained, never null
 * @param contractEnd for a dismissal that passed, the earliest day the service contract can
 *     end (decision date plus the notice owed); null otherwise
 * @since 0.1.0
 */
public record VoteResult(String voteId, Matter matter, LocalDate date, boolean special, Outcome quorum,
    boolean passed, Tally participating, Tally votesFor, Tally votesAgainst, Tally abstentions,
    LocalDate contractEnd) implements Conclusion {

  /** Checks that the required parts are given. */
  public VoteResult {
    Objects.requireNonNull(voteId, "voteId");
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(quorum, "quorum");
    Objects.requireNonNull(participating, "participating");
    Objects.requireNonNull(votesFor, "votesFor");
    Objects.requireNonNull(votesAgainst, "votesAgainst");
    Objects.requireNonNull(abstentions, "abstentions");
  }

  /**
   * Returns whether the vote failed for want of participation: a quorum the rule sets was
   * missed. False when the quorum was met and when the rule sets none.
   *
   * @return true when the quorum was missed
   */
  public boolean quorumMissed() {
    return quorum == Outcome.NOT_MET;
  }

  /** Returns the earliest end of the contract. @return the date, empty unless a dismissal passed */
  public Optional<LocalDate> earliestContractEnd() {
    return Optional.ofNullable(contractEnd);
  }

  @Override
  public String messageKey() {
    String verdict = passed ? "PASSED" : quorumMissed() ? "NO_QUORUM" : "REJECTED";
    return "vote." + verdict + (contractEnd != null ? ".WITH_END" : "");
  }

  @Override
  public java.util.Map<String, String> headlineTerms() {
    return java.util.Map.of("matter", "matter." + matter);
  }

  @Override
  public java.util.Map<String, String> headlineLiterals() {
    return java.util.Map.of("vote", voteId);
  }

  @Override
  public List<Figure> headlineFigures() {
    List<Figure> figures = new ArrayList<>(List.of(Figure.date("date", date),
        Figure.count("participatingOwners", participating.owners()),
        Figure.of("participatingArea", Fraction.of(participating.area()), Unit.SQUARE_METRES),
        Figure.count("forOwners", votesFor.owners()),
        Figure.of("forArea", Fraction.of(votesFor.area()), Unit.SQUARE_METRES)));
    if (contractEnd != null) {
      figures.add(Figure.date("contractEnd", contractEnd));
    }
    return figures;
  }
}
