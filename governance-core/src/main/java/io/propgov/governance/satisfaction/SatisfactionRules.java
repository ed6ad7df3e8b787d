package io.propgov.governance.satisfaction;

import static io.propgov.governance.satisfaction.SatisfactionParameters.FAILURES_FOR_DISMISSAL;
import static io.propgov.governance.satisfaction.SatisfactionParameters.GROUP_WEIGHTS;
import static io.propgov.governance.satisfaction.SatisfactionParameters.INVALID_ROUNDS;
import static io.propgov.governance.satisfaction.SatisfactionParameters.PASS_LINE;
import static io.propgov.governance.satisfaction.SatisfactionParameters.QUORUM;
import static io.propgov.governance.satisfaction.SatisfactionParameters.SCALE;

import io.propgov.governance.area.AbstractRuleArea;
import io.propgov.governance.area.Valid;
import io.propgov.governance.constraint.FieldSink;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Margin;
import io.propgov.governance.explain.MarginUnit;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.internal.DecimalSum;
import io.propgov.governance.internal.Periods;
import io.propgov.governance.internal.PolicyChecks;
import io.propgov.governance.internal.Problems;
import io.propgov.governance.internal.Repeats;
import io.propgov.governance.message.ConstraintMessages;
import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.NoValueInForceException;
import io.propgov.governance.policy.ParameterValue;
import io.propgov.governance.policy.Threshold;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import io.propgov.governance.policy.Timeline;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The satisfaction rating rules of a policy: rates survey rounds and decides whether owners
 * may start dismissing their property company. Immutable and thread-safe.
 *
 * <p>A round is valid when enough households answered ({@code satisfaction.quorum}); a valid
 * round passes when its weighted score is at or above the pass line and fails below it
 * ({@code satisfaction.pass-line}); owners may start a dismissal once the latest rounds hold
 * enough consecutive failures ({@code satisfaction.failures-for-dismissal}). Each round is
 * judged by the policy in force on the day it closed.
 *
 * @since 0.1.0
 */
public final class SatisfactionRules extends AbstractRuleArea<List<SurveyRound>, SatisfactionAssessment> {

  /** The area's id. */
  public static final String AREA = "satisfaction";

  private final GovernancePolicy policy;
  private final Valid.Issuer issuer = new Valid.Issuer();
  /** The parameters resolved once per period, so that judging a round looks nothing up by id. */
  private final Periods<Period> periods;
  /** The timelines an assessment as of a date reads, held once rather than looked up by key each time. */
  private final Timeline<InvalidRoundHandling> invalidRounds;
  private final Timeline<Integer> failuresForDismissal;

  /**
   * Prepares the rules of a policy.
   *
   * @param policy the policy, not null
   * @throws InvalidPolicyException listing every missing or inconsistent parameter
   */
  public SatisfactionRules(GovernancePolicy policy) {
    super(AREA, SatisfactionParameters.ALL);
    this.policy = PolicyChecks.usable(policy, SatisfactionRules::check);
    this.periods = Periods.of(policy, SatisfactionParameters.ALL, this::resolve);
    this.invalidRounds = policy.timeline(INVALID_ROUNDS).orElseThrow();
    this.failuresForDismissal = policy.timeline(FAILURES_FOR_DISMISSAL).orElseThrow();
  }

  /**
   * What judging a round needs from the policy in force on one date: the values with their
   * sources for the reasons, the pass line and weights as exact fractions.
   */
  private record Period(Scale scale, ParameterValue<Threshold> quorum, ParameterValue<BigDecimal> passLine,
      Fraction passLineShare, Fraction[] weights) {}

  /**
   * Resolves the values in force on a date, in the order a round's verdict always read them, so
   * that a date with no value in force fails as it did: with {@link NoValueInForceException}.
   */
  private Period resolve(LocalDate on) {
    ParameterValue<Threshold> quorum = policy.valueAt(QUORUM, on);
    ParameterValue<BigDecimal> passLine = policy.valueAt(PASS_LINE, on);
    GroupWeights groupWeights = policy.valueAt(GROUP_WEIGHTS, on).value();
    Fraction[] weights = new Fraction[RespondentGroup.values().length];
    for (RespondentGroup group : RespondentGroup.values()) {
      weights[group.ordinal()] = groupWeights.of(group);
    }
    Scale scale = policy.timeline(SCALE).flatMap(t -> t.at(on)).map(ParameterValue::value).orElse(null);
    return new Period(scale, quorum, passLine, Fraction.of(passLine.value()), weights);
  }

  /** The period of a date: compiled when every parameter is in force, else resolved (and failing) now. */
  private Period period(LocalDate on) {
    Period period = periods.at(on);
    return period != null ? period : resolve(on);
  }

  /**
   * Checks that a policy sets every parameter of this rule area and that its pass line lies on
   * its scale at every date either changes.
   *
   * @param policy the policy, not null
   * @return every error found, empty when the policy can be used
   */
  public static List<InputError> check(GovernancePolicy policy) {
    Problems problems = new Problems();
    PolicyChecks.requirePresent(policy, SatisfactionParameters.ALL, problems);
    PolicyChecks.checkAgainst(policy, PASS_LINE, SCALE, "range", (passLine, scale, date) -> scale.contains(passLine)
        ? null : ConstraintMessages.en("range.passLine", "param", PASS_LINE.id(), "passLine", passLine.toPlainString(),
            "scale", scale, "date", date), problems);
    return problems.errors();
  }

  /**
   * Rates one survey round by the policy in force on the day it closed.
   *
   * @param round the round, not null
   * @param asOf the date of the decision; the round must have closed by then, not null
   * @return the rating with the quorum and pass-line reasons, never null
   * @throws InvalidFactsException listing every problem with the round
   */
  public Decision<RoundRating> rate(SurveyRound round, LocalDate asOf) {
    Problems problems = new Problems();
    if (fieldsValid(round, "", problems)) {
      validateRound(round, "", asOf, problems, false);
    }
    throwIfAny(problems);
    return rateValid(round, asOf);
  }

  /**
   * Assesses an estate's satisfaction history as of a date: rates every round closed by then
   * and counts the current run of consecutive failures. Rounds closed after {@code asOf} are
   * not yet known on that date and are left out. The order of {@code rounds} does not matter.
   *
   * @param rounds the estate's rounds, in any order, not null
   * @param asOf the date of the decision, not null
   * @return the assessment, with each round's decision nested, never null
   * @throws InvalidFactsException listing every problem with any round
   */
  public Decision<SatisfactionAssessment> assess(List<SurveyRound> rounds, LocalDate asOf) {
    Valid<List<SurveyRound>> valid = Valid.orThrow(validate(rounds, "", asOf));
    return decide(valid, asOf);
  }

  /**
   * Validates an estate's rounds, located under {@code pointer}: duplicate ids, a date before the
   * policy has values in force, a respondent answering twice, a score off the scale, more
   * household answers than households. Every round is checked, whatever its date: rounds closed
   * after {@code asOf} are valid facts that a decision as of that date leaves out.
   *
   * @param rounds the rounds, not null
   * @param pointer the JSON Pointer of the list in the caller's document, such as {@code /surveyRounds}
   * @param asOf the date of the decision, not null
   * @return the valid rounds, or every error found
   */
  @Override
  public Validation<Seq<InputError>, Valid<List<SurveyRound>>> validate(List<SurveyRound> rounds, String pointer,
      LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Problems problems = new Problems();
    validate(rounds, pointer, problems);
    return problems.orValid(() -> issuer.issue(rounds));
  }

  private void validate(List<SurveyRound> rounds, String pointer, Problems problems) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < rounds.size(); i++) {
      SurveyRound round = rounds.get(i);
      String at = pointer + "/" + i;
      if (round == null) {
        problems.add(at, "required", FieldSink.NULL_ITEM);
        continue;
      }
      if (!ids.add(round.id()) && round.id() != null) {
        problems.add(at + "/id", "duplicate", "round id '" + round.id() + "' appears more than once; each round needs its own id");
      }
      // The sound road checks the answers' fields in the pass that finds repeated respondents;
      // any break takes the reporting road, which names every field error first.
      FieldSink header = new FieldSink();
      SatisfactionFields.header(round, at, header);
      Problems deeper = new Problems();
      if (header.isEmpty() && validateRound(round, at, null, deeper, true)) {
        deeper.errors().forEach(problems::add);
      } else if (fieldsValid(round, at, problems)) {
        validateRound(round, at, null, problems, false);
      }
    }
  }

  /** Records the round's field-constraint errors; only a round without any is checked further. */
  private static boolean fieldsValid(SurveyRound round, String at, Problems problems) {
    FieldSink fields = new FieldSink();
    SatisfactionFields.round(round, at, fields);
    fields.sorted().forEach(problems::add);
    return fields.isEmpty();
  }

  @Override
  public Decision<SatisfactionAssessment> decide(Valid<List<SurveyRound>> rounds, LocalDate asOf) {
    return judge(issuer.open(rounds), asOf);
  }

  /**
   * Assesses the rounds closed after a date (the latest hire of a company: the rounds before it
   * rated the previous company, so the current one is judged on its own).
   *
   * @param rounds rounds this area validated, not null
   * @param after the date after which rounds count, or null for all rounds
   * @param asOf the date of the decision, not null
   * @return the assessment, never null
   */
  public Decision<SatisfactionAssessment> decide(Valid<List<SurveyRound>> rounds, LocalDate after, LocalDate asOf) {
    return judge(since(issuer.open(rounds), after), asOf);
  }

  private static List<SurveyRound> since(List<SurveyRound> rounds, LocalDate after) {
    return after == null ? rounds : rounds.stream().filter(r -> r.date().isAfter(after)).toList();
  }

  private Decision<SatisfactionAssessment> judge(List<SurveyRound> rounds, LocalDate asOf) {
    List<SurveyRound> known = rounds.stream().filter(r -> !r.date().isAfter(asOf))
        .sorted(Comparator.comparing(SurveyRound::date).thenComparing(SurveyRound::id)).toList();
    List<Decision<RoundRating>> rated = known.stream().map(r -> rateValid(r, asOf)).toList();

    ParameterValue<InvalidRoundHandling> handling = inForceOrFirst(invalidRounds, asOf);
    int run = 0;
    int invalidSeen = 0;
    for (int i = rated.size() - 1; i >= 0; i--) {
      RoundStatus status = rated.get(i).value().status();
      if (status == RoundStatus.FAILED) {
        run++;
      } else if (status == RoundStatus.INVALID) {
        invalidSeen++;
        if (handling.value() == InvalidRoundHandling.RESET) {
          break;
        }
      } else {
        break;
      }
    }
    ParameterValue<Integer> required = inForceOrFirst(failuresForDismissal, asOf);
    boolean mayStart = run >= required.value();
    List<Reason> reasons = List.of(
        Reason.compared(SatisfactionRuleIds.CONSECUTIVE_FAILURES, mayStart, Figure.count("consecutiveFailures", run),
            Comparison.AT_LEAST, Figure.count("failuresRequired", required.value()),
            required.source(), Figure.count("roundsRated", rated.size()),
            Figure.count("roundsAfterAsOf", rounds.size() - known.size()))
            .withMargin(Margin.of(Fraction.of(run), Comparison.AT_LEAST, Fraction.of(required.value()),
                MarginUnit.ROUNDS, Fraction.ZERO, null)),
        Reason.noted(handling.value() == InvalidRoundHandling.RESET ? SatisfactionRuleIds.INVALID_ROUNDS_RESET
            : SatisfactionRuleIds.INVALID_ROUNDS_SKIP,
            invalidSeen > 0 ? Outcome.MET : Outcome.NOT_APPLICABLE, handling.source(),
            Figure.count("invalidRounds", invalidSeen)));
    return new Decision<>(new SatisfactionAssessment(rated, run, required.value(), mayStart), reasons,
        policy.ref(), asOf);
  }

  /**
   * The value in force on {@code date}, or the first value when the date comes before it. Only
   * used for the as-of date of an assessment: every round the run counts was validated to have
   * values in force, so before the first value the run is empty and the value only labels it.
   */
  private static <T> ParameterValue<T> inForceOrFirst(Timeline<T> timeline, LocalDate date) {
    return timeline.at(date).orElse(timeline.values().get(0));
  }

  /**
   * Returns the status of the latest valid round closed by a date, judging rounds from the latest
   * back and stopping at the first valid one. Gives the same statuses as {@link #decide} without
   * building their explanations: for roll-ups over thousands of estates, which need only the status.
   *
   * @param rounds rounds this area validated, in any order, not null
   * @param after the date after which rounds count, or null for all rounds
   * @param asOf the date; later rounds are not yet known
   * @return the status, PASSED or FAILED; empty when no round closed by then is valid
   */
  public Optional<RoundStatus> latestValidStatus(Valid<List<SurveyRound>> rounds, LocalDate after, LocalDate asOf) {
    List<SurveyRound> known = since(issuer.open(rounds), after).stream().filter(r -> !r.date().isAfter(asOf))
        .sorted(Comparator.comparing(SurveyRound::date).thenComparing(SurveyRound::id)).toList();
    for (int i = known.size() - 1; i >= 0; i--) {
      RoundStatus status = verdict(known.get(i)).rating().status();
      if (status != RoundStatus.INVALID) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  /** A round's rating with the policy values it was judged by, so that reasons can be built from it. */
  private record Verdict(RoundRating rating, boolean quorumMet, ParameterValue<Threshold> quorum,
      ParameterValue<BigDecimal> passLine) {}

  /** Judges a round by the policy in force on the day it closed; the one place the verdict is computed. */
  private Verdict verdict(SurveyRound round) {
    LocalDate on = round.date();
    Period period = period(on);
    ParameterValue<Threshold> quorum = period.quorum();
    ParameterValue<BigDecimal> passLine = period.passLine();
    int[] counts = new int[period.weights().length];
    Fraction score = weightedScore(round.answers(), period.weights(), counts);
    int householdAnswers = counts[RespondentGroup.HOUSEHOLD.ordinal()];
    boolean quorumMet = quorum.value().isMetBy(Fraction.of(householdAnswers), Fraction.of(round.households()));
    int missing = quorumMet ? 0 : answersNeeded(quorum.value(), round.households()) - householdAnswers;
    RoundStatus status;
    if (!quorumMet || score == null) {
      status = RoundStatus.INVALID;
    } else {
      status = score.compareTo(period.passLineShare()) >= 0 ? RoundStatus.PASSED : RoundStatus.FAILED;
    }
    return new Verdict(new RoundRating(round.id(), on, status, score, householdAnswers, round.households(), missing),
        quorumMet, quorum, passLine);
  }

  private Decision<RoundRating> rateValid(SurveyRound round, LocalDate asOf) {
    Verdict verdict = verdict(round);
    RoundRating rating = verdict.rating();
    ParameterValue<Threshold> quorum = verdict.quorum();
    ParameterValue<BigDecimal> passLine = verdict.passLine();
    int householdAnswers = rating.householdAnswers();
    int missing = rating.missingAnswers();
    boolean quorumMet = verdict.quorumMet();
    Fraction households = Fraction.of(round.households());
    Fraction score = rating.score();
    Fraction line = Fraction.of(passLine.value());
    RoundStatus status = rating.status();
    List<Reason> reasons = new ArrayList<>();
    reasons.add(Reason.compared(SatisfactionRuleIds.QUORUM, quorumMet,
        Figure.of("answeredShare", Fraction.of(householdAnswers).dividedBy(households), Unit.SHARE),
        quorum.value().comparison(), Figure.of("requiredShare", quorum.value().share(), Unit.SHARE),
        quorum.source(), Figure.count("householdAnswers", householdAnswers),
        Figure.count("households", round.households()), Figure.count("missingAnswers", missing))
        .withMargin(Margin.ofShare(quorum.value(), Fraction.of(householdAnswers), households, MarginUnit.HOUSEHOLDS)));
    if (score != null) {
      Outcome outcome = status == RoundStatus.INVALID ? Outcome.NOT_APPLICABLE : Outcome.of(status == RoundStatus.PASSED);
      // An invalid round's score is not judged, so it has no margin.
      reasons.add(new Reason(SatisfactionRuleIds.PASS_LINE, outcome, "score",
          Comparison.AT_LEAST, "passLine",
          List.of(Figure.of("score", score, Unit.NUMBER), Figure.of("passLine", line, Unit.NUMBER)),
          passLine.source(), outcome == Outcome.NOT_APPLICABLE ? null
              : Margin.of(score, Comparison.AT_LEAST, line, MarginUnit.POINTS)));
    }
    return new Decision<>(rating, reasons, policy.ref(), asOf);
  }

  /** The fewest household answers that meet the quorum: ceil(p·h), or floor(p·h)+1 for "more than". */
  static int answersNeeded(Threshold quorum, int households) {
    Fraction exact = quorum.share().times(Fraction.of(households));
    BigInteger needed = exact.ceiling();
    if (quorum.comparison() == Comparison.MORE_THAN
        && exact.denominator().equals(BigInteger.ONE)) {
      needed = needed.add(BigInteger.ONE);
    }
    return needed.intValueExact();
  }

  /**
   * Weighted mean of the groups' mean scores over the groups that answered and carry weight.
   * Scores are summed as exact decimals in one pass, so that only a few fraction operations per
   * group remain: a sum of 200 fractions would reduce by a GCD 200 times. The answers of each group
   * are counted into {@code counts}, so that the quorum needs no second pass.
   */
  static Fraction weightedScore(List<SurveyAnswer> answers, Fraction[] weights, int[] counts) {
    int groups = weights.length;
    DecimalSum[] sums = new DecimalSum[groups];
    for (SurveyAnswer a : answers) {
      int g = a.group().ordinal();
      if (sums[g] == null) {
        sums[g] = new DecimalSum();
      }
      sums[g].add(a.score());
      counts[g]++;
    }
    Fraction total = Fraction.ZERO;
    Fraction weightSum = Fraction.ZERO;
    for (int g = 0; g < groups; g++) {
      Fraction weight = weights[g];
      if (counts[g] > 0 && weight.signum() > 0) {
        Fraction sum = sums[g].toFraction();
        total = total.plus(weight.times(sum).dividedBy(Fraction.of(counts[g])));
        weightSum = weightSum.plus(weight);
      }
    }
    return weightSum.signum() == 0 ? null : total.dividedBy(weightSum);
  }

  /** Thrown to give up on answers that break a field constraint; no stack trace, it is ordinary input. */
  private static final class Unsound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsound() {
      super(null, null, false, false);
    }
  }

  private static final Unsound UNSOUND = new Unsound();

  /**
   * Records every problem with a round whose own fields are valid. With {@code checkAnswers}, the
   * answers' field constraints are checked in the pass over respondent ids, and false is returned
   * at once when one breaks (the caller then reports it); without, they are known to hold.
   */
  private boolean validateRound(SurveyRound round, String at, LocalDate asOf, Problems problems,
      boolean checkAnswers) {
    if (asOf != null) {
      problems.check(!round.date().isAfter(asOf), at + "/date", "after-as-of",
          "round " + round.id() + " closed on " + round.date() + ", after the as-of date " + asOf
              + "; a decision can only use rounds closed by its date");
    }
    Period period = periods.at(round.date());
    if (period == null) {
      if (checkAnswers) {
        return false; // rare: the reporting road names the field errors and this one
      }
      PolicyChecks.inForce(policy, SatisfactionParameters.ALL, round.date(), at + "/date", problems);
      return true;
    }
    Scale scale = period.scale();
    List<SurveyAnswer> answers = round.answers();
    int[] firsts;
    try {
      firsts = Repeats.firsts(answers.size(), checkAnswers ? j -> SatisfactionFields.soundId(answers.get(j), UNSOUND)
          : j -> answers.get(j).respondentId());
    } catch (Unsound e) {
      return false;
    }
    int householdAnswers = 0;
    // Pointers and messages are built only for an error: most rounds have none.
    for (int j = 0; j < answers.size(); j++) {
      SurveyAnswer a = answers.get(j);
      if (a.group() == RespondentGroup.HOUSEHOLD) {
        householdAnswers++;
      }
      if (firsts[j] != j) {
        problems.add(at + "/answers/" + j + "/respondentId", "duplicate",
            "respondent '" + a.respondentId() + "' answered more than once in round " + round.id()
                + "; each respondent answers once");
      }
      if (!scale.contains(a.score())) {
        problems.add(at + "/answers/" + j + "/score", "range",
            "score " + a.score().toPlainString() + " is off the policy's scale; it must be between "
                + scale.min().toPlainString() + " and " + scale.max().toPlainString());
      }
    }
    if (householdAnswers > round.households()) {
      problems.add(at + "/households", "range",
          "round " + round.id() + " has " + householdAnswers + " household answers but only "
              + round.households() + " households; households must be at least the household answers");
    }
    return true;
  }

  private static void throwIfAny(Problems problems) {
    if (!problems.isEmpty()) {
      throw new InvalidFactsException(problems.errors());
    }
  }
}
