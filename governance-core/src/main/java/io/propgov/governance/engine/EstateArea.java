package io.propgov.governance.engine;

import io.propgov.governance.area.AbstractRuleArea;
import io.propgov.governance.area.Valid;
import io.propgov.governance.constraint.FieldSink;
import io.propgov.governance.error.InputError;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.EstateFields;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.satisfaction.RoundRating;
import io.propgov.governance.satisfaction.RoundStatus;
import io.propgov.governance.satisfaction.SatisfactionAssessment;
import io.propgov.governance.satisfaction.SatisfactionRules;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.service.ServiceAssessment;
import io.propgov.governance.service.ServiceCase;
import io.propgov.governance.service.ServiceFields;
import io.propgov.governance.service.ServiceRules;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.OwnersVote;
import io.propgov.governance.vote.VoteResult;
import io.propgov.governance.vote.VoteRules;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One estate as a whole: its satisfaction history, its owners' votes and, when the policy judges
 * service and the estate has service facts, its service tier, need, mode and co-management duty.
 * Validation runs each part's own area once and keeps what they proved, so that deciding
 * validates nothing again.
 */
final class EstateArea extends AbstractRuleArea<Estate, EstateAssessment> {

  /** The area's id. */
  static final String AREA = "estate";

  private final GovernancePolicy policy;
  private final SatisfactionRules satisfaction;
  private final VoteRules vote;
  private final ServiceRules service;
  private final Valid.Issuer issuer = new Valid.Issuer();

  /** What validating an estate proved: its parts, each valid by its own area. */
  private record Parts(Valid<List<SurveyRound>> rounds, List<Valid<OwnersVote>> votes, Valid<ServiceCase> service) {}

  EstateArea(GovernancePolicy policy, SatisfactionRules satisfaction, VoteRules vote, ServiceRules service) {
    super(AREA, parameters(satisfaction, vote, service));
    this.policy = policy;
    this.satisfaction = satisfaction;
    this.vote = vote;
    this.service = service;
  }

  /** The parameters of the estate's parts, those of service only when the policy judges it. */
  private static List<ParameterKey<?>> parameters(SatisfactionRules satisfaction, VoteRules vote,
      ServiceRules service) {
    return Stream.of(satisfaction.parameters(), vote.parameters(), service == null ? List.<ParameterKey<?>>of()
        : service.parameters()).flatMap(List::stream).toList();
  }

  /**
   * Validates every part of an estate, located under {@code pointer}: its rounds, each vote (also
   * those held after {@code asOf}, which a decision as of that date leaves out) and duplicate vote
   * ids, and its service facts when the policy judges service.
   */
  @Override
  public Validation<Seq<InputError>, Valid<Estate>> validate(Estate estate, String pointer, LocalDate asOf) {
    List<InputError> errors = new ArrayList<>();
    FieldSink fields = new FieldSink();
    // The estate's own fields; its rounds, votes and service are checked by their rule areas.
    EstateFields.estateOwn(estate, pointer, fields);
    if (service == null && estate.service() != null) {
      ServiceFields.service(estate.service(), pointer + "/service", fields);
    }
    errors.addAll(fields.sorted());
    Validation<Seq<InputError>, Valid<List<SurveyRound>>> rounds =
        satisfaction.validate(estate.surveyRounds(), pointer + "/surveyRounds", asOf);
    rounds.swap().forEach(e -> e.forEach(errors::add));
    Set<String> voteIds = new HashSet<>();
    List<Valid<OwnersVote>> votes = new ArrayList<>();
    for (int i = 0; i < estate.votes().size(); i++) {
      OwnersVote v = estate.votes().get(i);
      String at = pointer + "/votes/" + i;
      if (v == null) {
        errors.add(new InputError(at, "required", FieldSink.NULL_ITEM));
        continue;
      }
      if (!voteIds.add(v.id()) && v.id() != null) {
        errors.add(new InputError(at + "/id", "duplicate",
            "vote id '" + v.id() + "' appears more than once; each vote needs its own id"));
      }
      boolean known = v.date() == null || !v.date().isAfter(asOf);
      // A later vote is checked on its own date: it is valid facts, left out of this decision.
      Validation<Seq<InputError>, Valid<OwnersVote>> checked = vote.validate(v, at, known ? asOf : v.date());
      checked.swap().forEach(e -> e.forEach(errors::add));
      if (checked.isValid() && known) {
        votes.add(checked.get());
      }
    }
    Valid<ServiceCase> serviceCase = null;
    if (service != null && estate.service() != null) {
      Validation<Seq<InputError>, Valid<ServiceCase>> checked = service.validate(
          new ServiceCase(estate.id(), estate.serviceMode(), estate.service()), pointer, asOf);
      checked.swap().forEach(e -> e.forEach(errors::add));
      serviceCase = checked.getOrNull();
    } else if (service != null && estate.serviceMode() != null) {
      // No service facts to judge, but the mode the estate names must still be one the policy defines.
      errors.addAll(service.validateMode(estate.serviceMode(), pointer + "/serviceMode", asOf));
    }
    if (!errors.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(errors));
    }
    votes.sort(Comparator.comparing((Valid<OwnersVote> v) -> v.facts().date()).thenComparing(v -> v.facts().id()));
    return Validation.valid(issuer.issue(estate, new Parts(rounds.get(), List.copyOf(votes), serviceCase)));
  }

  @Override
  public Decision<EstateAssessment> decide(Valid<Estate> valid, LocalDate asOf) {
    Estate estate = issuer.open(valid);
    Parts parts = issuer.proof(valid, Parts.class);
    List<Decision<VoteResult>> votes = parts.votes().stream().map(v -> vote.decide(v, asOf)).toList();
    List<VoteResult> results = votes.stream().map(Decision::value).toList();
    LocalDate hired = latestHire(results);
    // A company hired after a dismissal starts a new engagement: only a later dismissal counts.
    VoteResult dismissal = results.stream()
        .filter(r -> r.passed() && r.matter() == Matter.DISMISS_COMPANY && (hired == null || r.date().isAfter(hired)))
        .reduce((first, second) -> second).orElse(null);
    Decision<SatisfactionAssessment> rating = satisfaction.decide(parts.rounds(), hired, asOf);
    EstateStatus status = status(rating.value(), dismissal);
    Decision<ServiceAssessment> tier = parts.service() == null ? null : service.decide(parts.service(), asOf);
    EstateAssessment assessment = new EstateAssessment(estate.id(), estate.name(), status,
        dismissal == null ? null : dismissal.contractEnd(), rating, votes, tier);
    return new Decision<>(assessment, List.of(), policy.ref(), asOf);
  }

  /**
   * The status of the current company's latest valid rating by the as-of date: the rounds after
   * the latest passed hire vote, without explanations.
   */
  Optional<RoundStatus> latestValidRating(Valid<Estate> valid, LocalDate asOf) {
    Parts parts = issuer.proof(valid, Parts.class);
    List<VoteResult> hires = parts.votes().stream().filter(v -> v.facts().matter() == Matter.HIRE_COMPANY)
        .map(v -> vote.decide(v, asOf).value()).toList();
    return satisfaction.latestValidStatus(parts.rounds(), latestHire(hires), asOf);
  }

  /** The service facts an estate's validation proved, or null when it has none or the policy judges none. */
  Valid<ServiceCase> service(Valid<Estate> valid) {
    return issuer.proof(valid, Parts.class).service();
  }

  /** The date of the latest passed hire vote among decided votes, or null. */
  private static LocalDate latestHire(List<VoteResult> decided) {
    return decided.stream().filter(r -> r.passed() && r.matter() == Matter.HIRE_COMPANY).map(VoteResult::date)
        .max(Comparator.naturalOrder()).orElse(null);
  }

  private static EstateStatus status(SatisfactionAssessment rating, VoteResult dismissal) {
    if (dismissal != null) {
      return EstateStatus.DISMISSAL_DECIDED;
    }
    if (rating.dismissalMayStart()) {
      return EstateStatus.DISMISSAL_MAY_START;
    }
    RoundStatus latestValid = null;
    for (Decision<RoundRating> round : rating.rounds()) {
      if (round.value().status() != RoundStatus.INVALID) {
        latestValid = round.value().status();
      }
    }
    // Under RESET an invalid round ends the run, but a failed latest valid round still fails.
    if (rating.consecutiveFailures() > 0 || latestValid == RoundStatus.FAILED) {
      return EstateStatus.BELOW_PASS_LINE;
    }
    return latestValid == null ? EstateStatus.NO_VALID_RATING : EstateStatus.SATISFACTORY;
  }
}
