package io.propgov.governance.examples.report;

import io.propgov.governance.error.InputError;
import io.propgov.governance.explain.Label;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.service.ServiceMode;
import io.propgov.governance.service.ServiceNeed;
import io.propgov.governance.vote.Matter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One estate in a summary: where it stands, its latest rating and vote, its service tier and
 * mode, its company's credit, and the money awarded to it. Built by {@link Summaries} from the
 * decisions; a part the estate was not judged on is null (never a passing value), and an estate
 * whose facts were invalid has the status {@link SummaryStatus#REJECTED}, its errors, and no parts.
 *
 * @param index the estate's position in its input, from 0
 * @param estateId the estate's id, or null when the input gave none that could be read
 * @param estateName its name, empty when not known, never null
 * @param status where it stands, never null
 * @param contractEnd when the owners decided to dismiss the company, the earliest end of the
 *     contract; null otherwise
 * @param errors why it was rejected, empty unless {@code status} is {@link SummaryStatus#REJECTED}, never null
 * @param rating its latest valid survey round, or null when it has none
 * @param vote its latest owners' vote, or null when it held none
 * @param service its service tier and mode, or null when service was not judged
 * @param company the company serving it, or null when none does (or it was rejected)
 * @param applications how many subsidy and award applications name it
 * @param awards the money awarded to it, CNY at scale 2, zero when none, never null
 * @since 0.2.0
 */
public record EstateSummary(int index, String estateId, String estateName, SummaryStatus status,
    LocalDate contractEnd, List<InputError> errors, Rating rating, Vote vote, Service service, Company company,
    int applications, BigDecimal awards) {

  /** Checks the parts, copies the errors and sets the awards' scale. */
  public EstateSummary {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative, was " + index);
    }
    Objects.requireNonNull(estateName, "estateName");
    Objects.requireNonNull(status, "status");
    errors = List.copyOf(errors);
    if ((status == SummaryStatus.REJECTED) == errors.isEmpty()) {
      throw new IllegalArgumentException("errors are given when, and only when, the estate was rejected");
    }
    if (applications < 0) {
      throw new IllegalArgumentException("applications must not be negative, was " + applications);
    }
    awards = Objects.requireNonNull(awards, "awards").setScale(2, RoundingMode.UNNECESSARY);
  }

  /**
   * Returns a row for an estate whose facts were invalid.
   *
   * @param index its position in its input
   * @param estateId its id, or null
   * @param estateName its name, or null when not known
   * @param errors why it was rejected, not empty
   * @return the row, never null
   */
  public static EstateSummary rejected(int index, String estateId, String estateName, List<InputError> errors) {
    return new EstateSummary(index, estateId, estateName == null ? "" : estateName, SummaryStatus.REJECTED, null,
        errors, null, null, null, null, 0, BigDecimal.ZERO);
  }

  /**
   * Returns whether the estate was judged.
   *
   * @return false when its facts were invalid
   */
  public boolean judged() {
    return status != SummaryStatus.REJECTED;
  }

  /**
   * Returns how the estate is shown to a reader: its name and id, {@code Name (ID)}, or the one
   * that is known, or {@code #n} (its position from 1) when neither is.
   *
   * @return the text, never null
   */
  public String displayName() {
    String id = estateId == null || estateId.isEmpty() ? "#" + (index + 1) : estateId;
    return estateName.isEmpty() ? id : estateName + " (" + id + ")";
  }

  /**
   * The latest valid survey round.
   *
   * @param roundId the round's id, never null
   * @param date the day it closed, never null
   * @param score its exact weighted score, or null when no weighted group answered
   * @param passed whether it passed
   * @param consecutiveFailures the failed rounds in the current run, counted back from the latest
   * @param failuresRequired how many the policy requires before a dismissal may start
   */
  public record Rating(String roundId, LocalDate date, Fraction score, boolean passed, int consecutiveFailures,
      int failuresRequired) {

    /** Checks that the round is named. */
    public Rating {
      Objects.requireNonNull(roundId, "roundId");
      Objects.requireNonNull(date, "date");
    }

    /**
     * Returns the score as shown: rounded down to two places, trailing zeros removed, as the
     * decisions show it, so that a score just below the pass line never shows equal to it (59.999
     * shows as 59.99); for display only, the rating compared the exact score.
     *
     * @return the score, or null when there is none
     */
    public BigDecimal shownScore() {
      return score == null ? null : score.toDecimal(2, RoundingMode.FLOOR);
    }
  }

  /**
   * The latest owners' vote.
   *
   * @param voteId the vote's id, never null
   * @param matter what it decided, never null
   * @param date the day of the decision, never null
   * @param outcome how it ended, never null
   */
  public record Vote(String voteId, Matter matter, LocalDate date, VoteOutcome outcome) {

    /** Checks the parts. */
    public Vote {
      Objects.requireNonNull(voteId, "voteId");
      Objects.requireNonNull(matter, "matter");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * Returns the matter's short name in English and Chinese, such as "dismissal" / 解聘.
     *
     * @return the label, never null
     */
    public Label matterLabel() {
      return ReportText.label("matter." + matter.name());
    }
  }

  /**
   * The service tier reached against the policy's target, and the management mode.
   *
   * @param tier the code of the highest tier met, or null when it meets none
   * @param tierName that tier's name, or null
   * @param target the code of the target tier, never null
   * @param targetName the target tier's name, never null
   * @param need whether coverage must expand, quality be upgraded, or the target is met, never null
   * @param mode the estate's current management mode, or null when not given
   * @param recommendedMode the mode the policy's mode table gives, or null when no mode inputs were given
   */
  public record Service(String tier, Label tierName, String target, Label targetName, ServiceNeed need,
      ServiceMode mode, ServiceMode recommendedMode) {

    /** Checks the required parts. */
    public Service {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(targetName, "targetName");
      Objects.requireNonNull(need, "need");
    }

    /**
     * Returns whether the tier reached is the target or above.
     *
     * @return true when the target is met
     */
    public boolean targetMet() {
      return need == ServiceNeed.MEETS_TARGET;
    }
  }

  /**
   * The company serving the estate and, when its credit record was judged, its grade and listing.
   *
   * @param id the company's id, never null
   * @param name its name, empty when not known, never null
   * @param score its credit score, or null when its credit was not judged
   * @param grade its grade code, such as {@code AAA}, or null when its credit was not judged
   * @param gradeName the grade's name, or null when its credit was not judged
   * @param blacklisted whether it is on the blacklist, or null when its credit was not judged
   */
  public record Company(String id, String name, BigDecimal score, String grade, Label gradeName,
      Boolean blacklisted) {

    /** Checks the id and name, and that the credit parts come together. */
    public Company {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      if ((grade == null) != (blacklisted == null) || (grade == null) != (score == null)) {
        throw new IllegalArgumentException("score, grade and blacklisted come together or not at all");
      }
    }

    /**
     * Returns whether its credit record was judged.
     *
     * @return true when there is a grade
     */
    public boolean rated() {
      return grade != null;
    }

    /**
     * Returns how the company is shown to a reader: {@code Name (ID)}, or its id when its name is not known.
     *
     * @return the text, never null
     */
    public String displayName() {
      return name.isEmpty() ? id : name + " (" + id + ")";
    }
  }
}
