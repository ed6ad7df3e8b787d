package io.propgov.governance.mode;

import io.propgov.governance.area.AbstractRuleArea;
import io.propgov.governance.area.Valid;
import io.propgov.governance.error.InputError;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Label;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.internal.PolicyChecks;
import io.propgov.governance.internal.Problems;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterValue;
import io.propgov.governance.service.DecisionTable;
import io.propgov.governance.service.ServiceMode;
import io.propgov.governance.service.ServiceModes;
import io.propgov.governance.service.ServiceParameters;
import io.propgov.governance.service.ServiceRules;
import io.propgov.governance.service.TableRow;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.OwnersVote;
import io.propgov.governance.vote.VoteResult;
import io.propgov.governance.vote.VoteRules;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The mode-vote rules of a policy: the policy's mode table recommends a management mode, the
 * owners' vote decides (民事民议、民事民决), and the decision shows both. The vote is judged by the
 * policy's vote rules as the art. 278 matter the policy names ({@code mode-vote.matter}), so its
 * quorum and majority are the vote area's, never a second copy. Immutable and thread-safe.
 *
 * @since 0.3.0
 */
public final class ModeVoteRules extends AbstractRuleArea<ModeCase, ModeVoteResult> {

  /** The area's id. */
  public static final String AREA = "mode-vote";

  private final GovernancePolicy policy;
  private final VoteRules votes;
  private final ServiceRules service;
  private final Valid.Issuer issuer = new Valid.Issuer();

  /**
   * Prepares the rules of a policy.
   *
   * @param policy a policy that passes {@link #check}, not null
   * @param votes the policy's vote rules, which judge the vote, not null
   * @param service the policy's service rules, which define the modes, not null
   * @throws io.propgov.governance.error.InvalidPolicyException listing every problem with the policy
   */
  public ModeVoteRules(GovernancePolicy policy, VoteRules votes, ServiceRules service) {
    super(AREA, ModeParameters.ALL);
    this.policy = PolicyChecks.usable(policy, ModeVoteRules::check);
    this.votes = Objects.requireNonNull(votes, "votes");
    this.service = Objects.requireNonNull(service, "service");
  }

  /**
   * Returns whether a policy judges mode votes: it names the matter they are decided as and
   * defines its service modes and mode table.
   *
   * @param policy the policy, not null
   * @return true when it does
   */
  public static boolean isConfigured(GovernancePolicy policy) {
    return policy.timeline(ModeParameters.VOTE_MATTER).isPresent() && ServiceRules.isConfigured(policy);
  }

  /**
   * Checks that a policy sets every parameter of this rule area.
   *
   * @param policy the policy, not null
   * @return every error found, empty when the policy can be used
   */
  public static List<InputError> check(GovernancePolicy policy) {
    return PolicyChecks.missing(policy, ModeParameters.ALL);
  }

  /**
   * Validates a mode vote: its fields and those of its vote, then the vote as the vote rules
   * validate it, a vote on another matter than the one the policy decides modes as, a proposed
   * mode the policy does not define, and mode inputs the table cannot answer.
   *
   * @param facts the mode vote with its estate's facts, not null
   * @param pointer the JSON Pointer of the mode vote in the caller's document
   * @param asOf the date of the decision, not null
   * @return the valid case, or every error found
   */
  @Override
  public Validation<Seq<InputError>, Valid<ModeCase>> validate(ModeCase facts, String pointer, LocalDate asOf) {
    return Problems.fieldsFirst(facts.vote(), pointer, ModeFields::modeVote, () -> validateBeyondFields(facts, pointer,
        asOf));
  }

  private Validation<Seq<InputError>, Valid<ModeCase>> validateBeyondFields(ModeCase facts, String pointer,
      LocalDate asOf) {
    Problems problems = new Problems();
    ModeVote mode = facts.vote();
    OwnersVote vote = mode.vote();
    Validation<Seq<InputError>, Valid<OwnersVote>> valid = votes.validate(vote, pointer + "/vote", asOf);
    valid.swap().forEach(errors -> errors.forEach(problems::add));
    if (PolicyChecks.inForce(policy, ModeParameters.ALL, vote.date(), pointer + "/vote/date", problems)) {
      ParameterValue<Matter> matter = policy.valueAt(ModeParameters.VOTE_MATTER, vote.date());
      problems.check(vote.matter() == matter.value(), pointer + "/vote/matter", "enum", "policy " + policy.id()
          + " decides the choice of a management mode as matter " + matter.value() + " on " + vote.date()
          + " (mode-vote.matter), was " + vote.matter());
    }
    service.validateMode(mode.proposedMode(), pointer + "/proposedMode", asOf).forEach(problems::add);
    if (!facts.modeInputs().isEmpty() && PolicyChecks.inForce(policy, List.of(ServiceParameters.MODE_TABLE), asOf,
        pointer + "/estateId", problems)) {
      try {
        problems.check(table(asOf).match(facts.modeInputs()).isPresent(), pointer + "/estateId", "mode-inputs",
            "estate " + mode.estateId() + ": no row of service.mode-table answers its modeInputs " + facts.modeInputs());
      } catch (IllegalArgumentException e) {
        problems.add(pointer + "/estateId", "mode-inputs", "estate " + mode.estateId() + ": its modeInputs cannot be"
            + " answered by service.mode-table: " + e.getMessage());
      }
    }
    return problems.orValid(() -> issuer.issue(facts, valid.get()));
  }

  @Override
  @SuppressWarnings("unchecked")
  public Decision<ModeVoteResult> decide(Valid<ModeCase> valid, LocalDate asOf) {
    ModeCase facts = issuer.open(valid);
    Decision<VoteResult> vote = votes.decide((Valid<OwnersVote>) issuer.proof(valid, Valid.class), asOf);
    ServiceModes modes = policy.valueAt(ServiceParameters.MODES, asOf).value();
    ServiceMode proposed = defined(modes, facts.vote().proposedMode());
    ServiceMode current = facts.currentMode() == null ? null : defined(modes, facts.currentMode());
    List<Reason> reasons = new ArrayList<>();
    String row = null;
    ServiceMode recommended = null;
    ParameterValue<DecisionTable> table = policy.valueAt(ServiceParameters.MODE_TABLE, asOf);
    if (facts.modeInputs().isEmpty()) {
      reasons.add(Reason.noted(ModeRuleIds.RECOMMENDED, Outcome.NOT_APPLICABLE, table.source(),
          named("proposed", proposed).toArray(Figure[]::new)));
    } else {
      TableRow matched = table.value().match(facts.modeInputs()).orElseThrow();
      row = matched.id();
      recommended = defined(modes, ServiceMode.of(matched.outcome()));
      List<Figure> figures = new ArrayList<>(List.of(Figure.text("row", row)));
      figures.addAll(named("recommended", recommended));
      figures.addAll(named("proposed", proposed));
      reasons.add(Reason.noted(ModeRuleIds.RECOMMENDED, Outcome.of(recommended.equals(proposed)), table.source(),
          figures.toArray(Figure[]::new)));
    }
    VoteResult result = vote.value();
    ServiceMode decided = result.passed() ? proposed : current;
    List<Figure> figures = new ArrayList<>(named("proposed", proposed));
    if (decided != null) {
      figures.addAll(named("decided", decided));
    }
    figures.add(Figure.count("forOwners", result.votesFor().owners()));
    figures.add(Figure.of("forArea", Fraction.of(result.votesFor().area()), Unit.SQUARE_METRES));
    figures.add(Figure.count("participatingOwners", result.participating().owners()));
    figures.add(Figure.of("participatingArea", Fraction.of(result.participating().area()), Unit.SQUARE_METRES));
    figures.add(Figure.term("verdict", result.passed() ? "passed" : result.quorumMissed() ? "no-quorum" : "rejected"));
    ParameterValue<Matter> matter = policy.valueAt(ModeParameters.VOTE_MATTER, result.date());
    reasons.add(Reason.noted(ModeRuleIds.DECIDED, result.passed() ? Outcome.MET
        : decided == null ? Outcome.NOT_APPLICABLE : Outcome.NOT_MET, matter.source(), figures.toArray(Figure[]::new)));
    ModeVoteResult value = new ModeVoteResult(facts.vote().estateId(), result.voteId(), row, recommended, proposed,
        current, result.passed(), decided, vote);
    return new Decision<>(value, reasons, policy.ref(), asOf);
  }

  private DecisionTable table(LocalDate asOf) {
    return policy.valueAt(ServiceParameters.MODE_TABLE, asOf).value();
  }

  private static ServiceMode defined(ServiceModes modes, ServiceMode mode) {
    return Optional.ofNullable(modes.find(mode)).orElse(mode);
  }

  /** The figures that name a mode: its id, and its names from the policy. */
  private static List<Figure> named(String name, ServiceMode mode) {
    Label label = mode.defined() ? mode.label() : new Label(mode.id(), mode.id());
    return List.of(Figure.text(name, mode.id()), Figure.text(name + "En", label.en()),
        Figure.text(name + "Zh", label.zh()));
  }
}
