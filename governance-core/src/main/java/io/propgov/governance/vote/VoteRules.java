package io.propgov.governance.vote;

import static io.propgov.governance.vote.VoteParameters.DISMISSAL_NOTICE_DAYS;
import static io.propgov.governance.vote.VoteParameters.ORDINARY_RULE;
import static io.propgov.governance.vote.VoteParameters.SPECIAL_MATTERS;
import static io.propgov.governance.vote.VoteParameters.SPECIAL_RULE;

import io.propgov.governance.area.AbstractRuleArea;
import io.propgov.governance.area.Valid;
import io.propgov.governance.constraint.FieldSink;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Margin;
import io.propgov.governance.explain.MarginUnit;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.internal.Periods;
import io.propgov.governance.internal.PolicyChecks;
import io.propgov.governance.internal.Problems;
import io.propgov.governance.internal.Repeats;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterValue;
import io.propgov.governance.policy.Threshold;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The owners' vote rules of a policy (Civil Code art. 278 and, before 2021, Property Law
 * art. 76): decides whether a vote reached its quorum and carried, and for a dismissal when
 * the service contract can end. Immutable and thread-safe.
 *
 * <p>Counting follows the judicial interpretation on building ownership: each owner counts
 * once however many units they hold (ballots with the same owner id merge), areas add up.
 * Every share is compared exactly, so "at least two thirds" holds at exactly 2/3 and "more
 * than half" fails at exactly 1/2.
 *
 * @since 0.1.0
 */
public final class VoteRules extends AbstractRuleArea<OwnersVote, VoteResult> {

  /** The area's id. */
  public static final String AREA = "vote";

  private final GovernancePolicy policy;
  private final Valid.Issuer issuer = new Valid.Issuer();
  /** The parameters resolved once per period, so that deciding a vote looks nothing up by id. */
  private final Periods<Period> periods;

  /** What deciding a vote needs from the policy in force on one date. */
  private record Period(SpecialMatters specialMatters, ParameterValue<VoteRequirement> ordinary,
      ParameterValue<VoteRequirement> special, ParameterValue<Integer> notice) {}

  /**
   * Prepares the rules of a policy.
   *
   * @param policy the policy, not null
   * @throws InvalidPolicyException listing every missing parameter
   */
  public VoteRules(GovernancePolicy policy) {
    super(AREA, VoteParameters.ALL);
    this.policy = PolicyChecks.usable(policy, VoteRules::check);
    this.periods = Periods.of(policy, VoteParameters.ALL, on -> new Period(policy.valueAt(SPECIAL_MATTERS, on).value(),
        policy.valueAt(ORDINARY_RULE, on), policy.valueAt(SPECIAL_RULE, on), policy.valueAt(DISMISSAL_NOTICE_DAYS, on)));
  }

  /**
   * Checks that a policy sets every parameter of this rule area.
   *
   * @param policy the policy, not null
   * @return every error found, empty when the policy can be used
   */
  public static List<InputError> check(GovernancePolicy policy) {
    return PolicyChecks.missing(policy, VoteParameters.ALL);
  }

  /**
   * Decides a vote by the rule in force on its date: validates it, then decides.
   *
   * @param vote the vote, not null
   * @param asOf the date of the decision; the vote must have been held by then, not null
   * @return the result with its quorum, approval and notice reasons, never null
   * @throws InvalidFactsException listing every problem with the vote
   */
  public Decision<VoteResult> decide(OwnersVote vote, LocalDate asOf) {
    Valid<OwnersVote> valid = Valid.orThrow(validate(vote, "", asOf));
    return decide(valid, asOf);
  }

  /**
   * Validates a vote for a decision as of a date: every problem with it (a date before the policy
   * has a rule in force, one owner voting two ways, more owners or area than the estate has) and
   * a vote held after {@code asOf}.
   *
   * @param vote the vote, not null
   * @param pointer the JSON Pointer of the vote in the caller's document
   * @param asOf the date of the decision, not null
   * @return the valid vote, or every error found
   */
  @Override
  public Validation<Seq<InputError>, Valid<OwnersVote>> validate(OwnersVote vote, String pointer, LocalDate asOf) {
    Problems problems = new Problems();
    // The sound road checks the ballots' fields in the pass that counts them; any break takes the
    // reporting road, which names every error.
    FieldSink header = new FieldSink();
    VoteFields.header(vote, pointer, header);
    Count sound = header.isEmpty() ? Count.ofSound(vote.ballots()) : null;
    if (sound == null && !fieldsValid(vote, pointer, problems)) {
      return Validation.invalid(io.vavr.collection.List.ofAll(problems.errors()));
    }
    Count count = sound != null ? sound : Count.of(vote.ballots());
    validate(vote, pointer, problems, count);
    problems.check(!vote.date().isAfter(asOf), pointer + "/date", "after-as-of", "vote " + vote.id() + " is dated "
        + vote.date() + ", after the as-of date " + asOf + "; a decision can only use votes held by its date");
    return problems.orValid(() -> issuer.issue(vote, count));
  }

  @Override
  public Decision<VoteResult> decide(Valid<OwnersVote> vote, LocalDate asOf) {
    return judge(issuer.open(vote), asOf, issuer.proof(vote, Count.class));
  }

  /** Records the vote's field-constraint errors; only a vote without any is checked further. */
  private static boolean fieldsValid(OwnersVote vote, String at, Problems problems) {
    FieldSink fields = new FieldSink();
    VoteFields.vote(vote, at, fields);
    fields.sorted().forEach(problems::add);
    return fields.isEmpty();
  }

  /**
   * Records every problem with a vote whose fields are valid, located under {@code pointer}: a
   * date before the policy has a rule in force, one owner voting two ways, more owners or area
   * than the estate has.
   */
  private void validate(OwnersVote vote, String pointer, Problems problems, Count count) {
    if (periods.at(vote.date()) == null) {
      PolicyChecks.inForce(policy, VoteParameters.ALL, vote.date(), pointer + "/date", problems);
    }
    List<Ballot> ballots = vote.ballots();
    for (int[] conflict : count.conflicts()) {
      Ballot b = ballots.get(conflict[1]);
      int first = conflict[0];
      problems.add(pointer + "/ballots/" + conflict[1] + "/choice", "conflict", "owner '" + b.ownerId() + "' voted "
          + ballots.get(first).choice() + " in ballot " + first + " but " + b.choice()
          + " here; an owner counts once, so all their ballots must carry the same choice");
    }
    int owners = count.owners();
    BigDecimal area = count.area();
    problems.check(owners <= vote.totalOwners(), pointer + "/totalOwners", "range",
        "vote " + vote.id() + " has ballots from " + owners + " owners but totalOwners is "
            + vote.totalOwners() + "; totalOwners must be at least the owners who voted");
    problems.check(area.compareTo(vote.totalArea()) <= 0, pointer + "/totalArea", "range",
        "vote " + vote.id() + " has ballots over " + area.toPlainString() + " m² but totalArea is "
            + vote.totalArea().toPlainString() + " m²; totalArea must be at least the area that voted");
  }

  private Decision<VoteResult> judge(OwnersVote vote, LocalDate asOf, Count count) {
    LocalDate on = vote.date();
    Period period = periods.at(on);
    boolean special = period.specialMatters().contains(vote.matter());
    ParameterValue<VoteRequirement> rule = special ? period.special() : period.ordinary();
    Map<BallotChoice, Tally> tallies = count.tallies();
    Tally votesFor = tallies.get(BallotChoice.FOR);
    Tally participating = votesFor.plus(tallies.get(BallotChoice.AGAINST)).plus(tallies.get(BallotChoice.ABSTAIN));
    Tally total = new Tally(vote.totalOwners(), vote.totalArea());

    List<Reason> reasons = new ArrayList<>();
    Outcome quorum;
    if (rule.value().hasQuorum()) {
      quorum = Outcome.of(share(reasons, VoteRuleIds.QUORUM_AREA, rule.value().quorumArea(), area(participating),
          area(total), Unit.SQUARE_METRES, "participating", rule.source())
          & share(reasons, VoteRuleIds.QUORUM_OWNERS, rule.value().quorumOwners(), owners(participating), owners(total),
          Unit.COUNT, "participating", rule.source()));
    } else {
      // The rule counts approval against all owners and the whole area, so no quorum applies.
      quorum = Outcome.NOT_APPLICABLE;
      reasons.add(Reason.noted(VoteRuleIds.QUORUM_NONE, quorum, rule.source(),
          Figure.of("totalOwners", owners(total), Unit.COUNT), Figure.of("totalArea", area(total), Unit.SQUARE_METRES)));
    }
    boolean ofParticipants = rule.value().approvalBase() == ApprovalBase.PARTICIPANTS;
    Tally base = ofParticipants ? participating : total;
    boolean approved = share(reasons,
        ofParticipants ? VoteRuleIds.APPROVAL_AREA_PARTICIPATING : VoteRuleIds.APPROVAL_AREA_TOTAL,
        rule.value().approvalArea(),
        area(votesFor), area(base), Unit.SQUARE_METRES, "for", rule.source())
        & share(reasons,
        ofParticipants ? VoteRuleIds.APPROVAL_OWNERS_PARTICIPATING : VoteRuleIds.APPROVAL_OWNERS_TOTAL,
        rule.value().approvalOwners(), owners(votesFor),
        owners(base), Unit.COUNT, "for", rule.source());
    boolean passed = quorum != Outcome.NOT_MET && approved;

    LocalDate contractEnd = null;
    if (passed && vote.matter() == Matter.DISMISS_COMPANY) {
      ParameterValue<Integer> policyNotice = period.notice();
      int days = vote.contractNotice().orElse(policyNotice.value());
      contractEnd = on.plusDays(days);
      reasons.add(Reason.noted(VoteRuleIds.DISMISSAL_NOTICE, Outcome.MET,
          vote.contractNotice().isPresent() ? contractNotice(policyNotice.source()) : policyNotice.source(),
          Figure.of("noticeDays", Fraction.of(days), Unit.DAYS), Figure.date("contractEnd", contractEnd)));
    }
    VoteResult result = new VoteResult(vote.id(), vote.matter(), on, special, quorum, passed, participating,
        votesFor, tallies.get(BallotChoice.AGAINST), tallies.get(BallotChoice.ABSTAIN), contractEnd);
    return new Decision<>(result, reasons, policy.ref(), asOf);
  }

  /**
   * Returns how many owners took part in a vote, each counted once however many ballots they cast.
   *
   * @param vote the vote, not null
   * @return the participating owners
   */
  public static int participants(OwnersVote vote) {
    List<Ballot> ballots = vote.ballots();
    int[] firsts = Repeats.firsts(ballots.size(), i -> ballots.get(i).ownerId());
    int owners = 0;
    for (int i = 0; i < firsts.length; i++) {
      owners += firsts[i] == i ? 1 : 0;
    }
    return owners;
  }

  /**
   * The citation of a notice the contract sets: the contract, then the rule in force on the
   * vote's date that leaves the period to it (the law of that date, not of another).
   */
  private static Citation contractNotice(Citation rule) {
    return new Citation("the service contract's own notice clause; " + rule.en(), "物业服务合同约定的通知期限；" + rule.zh());
  }

  /**
   * Adds the reason for one share compared with its threshold, with its margin in owners or m²
   * (the base held as it is), and returns whether it is met.
   */
  private static boolean share(List<Reason> reasons, String ruleId, Threshold threshold, Fraction part,
      Fraction whole, Unit unit, String partName, Citation source) {
    boolean met = threshold.isMetBy(part, whole);
    Fraction share = whole.signum() == 0 ? Fraction.ZERO : part.dividedBy(whole);
    reasons.add(Reason.compared(ruleId, met, Figure.of("share", share, Unit.SHARE), threshold.comparison(),
        Figure.of("requiredShare", threshold.share(), Unit.SHARE), source,
        Figure.of(partName, part, unit), Figure.of("base", whole, unit))
        .withMargin(Margin.ofShare(threshold, part, whole,
            unit == Unit.COUNT ? MarginUnit.OWNERS : MarginUnit.SQUARE_METRES)));
    return met;
  }

  private static Fraction area(Tally tally) {
    return Fraction.of(tally.area());
  }

  private static Fraction owners(Tally tally) {
    return Fraction.of(tally.owners());
  }
}
