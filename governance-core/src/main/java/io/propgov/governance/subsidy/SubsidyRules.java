package io.propgov.governance.subsidy;

import static io.propgov.governance.subsidy.SubsidyParameters.COST_SHARING;
import static io.propgov.governance.subsidy.SubsidyParameters.PROGRAMMES;

import io.propgov.governance.area.AbstractRuleArea;
import io.propgov.governance.area.Valid;
import io.propgov.governance.credit.Consequence;
import io.propgov.governance.credit.ConsequenceTypes;
import io.propgov.governance.credit.CreditParameters;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Label;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.internal.Definitions;
import io.propgov.governance.internal.PolicyChecks;
import io.propgov.governance.internal.Problems;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.policy.ParameterValue;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The subsidy rules of a policy: judges applications to its programmes (eligibility with every
 * unmet criterion, score, payout band, amount), shares a programme's budget among eligible
 * applicants, and splits costs between government and owners. Immutable and thread-safe.
 *
 * <p>An application is judged by the programme in force on the day it was filed; a budget is
 * shared, and a cost split, by the policy in force on the as-of date. Amounts are CNY at scale
 * 2: an award is its base amount times its payout share rounded down to the fen, and budgets and
 * costs are shared by the largest-remainder method, so the parts always add up.
 *
 * @since 0.1.0
 */
public final class SubsidyRules extends AbstractRuleArea<ApplicationCase, Award> {

  /** The area's id. */
  public static final String AREA = "subsidy";

  private final GovernancePolicy policy;
  private final Valid.Issuer issuer = new Valid.Issuer();

  /**
   * Prepares the rules of a policy; the subsidy parameters are optional.
   *
   * @param policy the policy, not null
   */
  public SubsidyRules(GovernancePolicy policy) {
    super(AREA, SubsidyParameters.ALL);
    this.policy = PolicyChecks.usable(policy, SubsidyRules::check);
  }

  /** A credit consequence's names as the policy defines them on a date; its id in both languages when it does not. */
  private Function<String, Label> consequenceNames(LocalDate date) {
    ConsequenceTypes types = policy.timeline(CreditParameters.CONSEQUENCE_TYPES).flatMap(t -> t.at(date))
        .map(ParameterValue::value).orElse(null);
    return id -> {
      Consequence found = types == null ? null : types.find(Consequence.of(id));
      return found == null ? new Label(id, id) : found.label();
    };
  }

  /**
   * Checks that every credit consequence a programme's criterion names ({@code barredBy}) is one
   * the policy's {@code credit.consequence-types} in force on the same date defines.
   *
   * @param policy the policy, not null
   * @return every error found, with its pointer and the ids that would be legal; empty when none
   * @since 0.2.0
   */
  public static List<InputError> check(GovernancePolicy policy) {
    Problems problems = new Problems();
    policy.timeline(PROGRAMMES).ifPresent(t -> Definitions.checkDefined(PROGRAMMES, t,
        CreditParameters.CONSEQUENCE_TYPES, policy.timeline(CreditParameters.CONSEQUENCE_TYPES),
        ConsequenceTypes::ids, "credit consequence", (programmes, sink) -> {
          for (int p = 0; p < programmes.programmes().size(); p++) {
            List<Criterion> criteria = programmes.programmes().get(p).criteria();
            for (int c = 0; c < criteria.size(); c++) {
              if (criteria.get(c) instanceof Criterion.NotBarred notBarred) {
                for (int b = 0; b < notBarred.barredBy().size(); b++) {
                  sink.accept("/" + p + "/criteria/" + c + "/barredBy/" + b, notBarred.barredBy().get(b));
                }
              }
            }
          }
        }, problems));
    return problems.errors();
  }

  /**
   * Returns whether a policy runs subsidy programmes.
   *
   * @param policy the policy, not null
   * @return true when it sets {@link SubsidyParameters#PROGRAMMES}
   */
  public static boolean runsProgrammes(GovernancePolicy policy) {
    return policy.timeline(PROGRAMMES).isPresent();
  }

  /**
   * Returns whether a policy shares costs between government and owners.
   *
   * @param policy the policy, not null
   * @return true when it sets {@link SubsidyParameters#COST_SHARING}
   */
  public static boolean sharesCosts(GovernancePolicy policy) {
    return policy.timeline(COST_SHARING).isPresent();
  }

  /**
   * Validates an application, all at once, located under {@code pointer}: a policy without
   * programmes, or none in force on the day it was filed; an unknown programme; a filing date
   * after the as-of date; more inspection points than the programme gives; an incident of a kind
   * the programme does not know.
   *
   * @param facts the application with its estate's standing, not null
   * @param pointer the JSON Pointer of the application in the caller's document
   * @param asOf the date of the decision, not null
   * @return the valid facts, or every error found
   */
  @Override
  public Validation<Seq<InputError>, Valid<ApplicationCase>> validate(ApplicationCase facts, String pointer,
      LocalDate asOf) {
    Objects.requireNonNull(facts.standing(), "standing");
    return Problems.fieldsFirst(facts.application(), pointer, SubsidyFields::application, () -> {
      Problems problems = new Problems();
      check(facts.application(), pointer, asOf, problems);
      return problems.orValid(() -> issuer.issue(facts));
    });
  }

  private void check(Application application, String pointer, LocalDate asOf, Problems problems) {
    problems.check(!application.filed().isAfter(asOf), pointer + "/filed", "after-as-of",
        "application " + application.id() + " was filed on " + application.filed() + ", after the as-of date " + asOf
            + "; judge it on or after the day it was filed");
    if (!problems.check(runsProgrammes(policy), pointer + "/programmeId", "no-programmes", "policy " + policy.id()
        + " runs no subsidy programmes (it sets no " + PROGRAMMES.id() + ")")
        || !PolicyChecks.inForce(policy, List.of(PROGRAMMES), application.filed(), pointer + "/filed", problems)) {
      return;
    }
    Programmes programmes = policy.valueAt(PROGRAMMES, application.filed()).value();
    Programme programme = programmes.programme(application.programmeId()).orElse(null);
    if (!problems.check(programme != null, pointer + "/programmeId", "unknown", "no programme '"
        + application.programmeId() + "' in force on " + application.filed() + "; the programmes are "
        + String.join(", ", programmes.ids()))) {
      return;
    }
    ScoringScheme scoring = programme.scoring();
    BigDecimal max = scoring == null ? null : scoring.inspectionMax();
    problems.check(max == null || application.inspectionPoints() == null
        || application.inspectionPoints().compareTo(max) <= 0, pointer + "/inspectionPoints", "maximum",
        "inspectionPoints " + application.inspectionPoints() + " exceeds the " + max + " points inspections give in "
            + programme.id());
    if (scoring != null && scoring.safety() != null) {
      SafetyScore safety = scoring.safety();
      for (int i = 0; i < application.incidents().size(); i++) {
        String kind = application.incidents().get(i).kind();
        problems.check(safety.kind(kind).isPresent(), pointer + "/incidents/" + i + "/kind", "enum",
            "incident kind '" + kind + "' is not one of " + programme.id() + "'s: "
                + String.join(", ", safety.kinds().stream().map(IncidentKind::code).toList()));
      }
    }
  }

  /**
   * Judges an application: eligible or not with every unmet criterion, the score part by part,
   * the payout band and the amount.
   *
   * @param application the application, not null
   * @param standing what the estate's record and the satisfaction rules say about its estate, not null
   * @param asOf the date of the decision, not null
   * @return the decision, never null
   * @throws InvalidFactsException listing every problem {@link #validate} finds
   */
  public Decision<Award> decide(Application application, EstateStanding standing, LocalDate asOf) {
    Valid<ApplicationCase> valid = Valid.orThrow(validate(new ApplicationCase(application, standing), "", asOf));
    return decide(valid, asOf);
  }

  @Override
  public Decision<Award> decide(Valid<ApplicationCase> facts, LocalDate asOf) {
    Application application = issuer.open(facts).application();
    EstateStanding standing = issuer.open(facts).standing();
    ParameterValue<Programmes> value = policy.valueAt(PROGRAMMES, application.filed());
    Programme programme = value.value().programme(application.programmeId()).orElseThrow();
    var source = value.source();
    Fraction rate = Eligibility.feeRate(application, standing);
    List<Reason> reasons = new ArrayList<>(Eligibility.judge(programme, source, application, standing, rate,
        consequenceNames(application.filed())));
    List<String> unmet = reasons.stream().filter(r -> r.outcome() == Outcome.NOT_MET).map(Reason::ruleId)
        .distinct().toList();
    Score score = null;
    Fraction share = Fraction.ONE;
    if (programme.scoring() != null) {
      Scoring.Scored scored = Scoring.score(programme.scoring(), source, application, rate);
      reasons.addAll(scored.reasons());
      score = scored.score();
      Scoring.Payout payout = Scoring.payout(programme.payoutBands(), score.total(), source);
      reasons.add(payout.reason());
      share = payout.share();
    }
    Scoring.Base base = Scoring.base(programme.base(), application, source);
    reasons.add(base.reason());
    boolean eligible = unmet.isEmpty();
    BigDecimal amount = eligible ? Money.floor(Fraction.of(base.amount()).times(share)) : Money.zero();
    reasons.add(eligible
        ? Reason.noted(SubsidyRuleIds.AMOUNT, Outcome.MET, source, Scoring.money("amount", amount),
            Scoring.money("base", base.amount()), Figure.of("share", share, Unit.SHARE))
        : Reason.noted(SubsidyRuleIds.AMOUNT, Outcome.NOT_MET, source, Figure.count("unmet", unmet.size())));
    Award award = new Award(application.id(), programme.id(), programme.name(), application.companyId(),
        application.estateId(), application.filed(), eligible, unmet, score, share, base.amount(), amount);
    return new Decision<>(award, reasons, policy.ref(), asOf);
  }

  /**
   * Shares a programme's budget among the eligible awards made under it: every amount in full
   * when they fit, else by the programme's method. Awards of other programmes, ineligible ones
   * and awards of 0 take no part. The total granted never exceeds the budget and equals the
   * smaller of budget and demand, to the fen.
   *
   * @param programmeId the programme, not null
   * @param awards the awards, in any order, not null
   * @param asOf the date of the decision; the programme's budget in force then is shared, not null
   * @return the allocation, each applicant's share and rank explained, never null
   * @throws IllegalArgumentException when no such programme is in force on {@code asOf}
   */
  public Decision<Allocation> allocate(String programmeId, List<Award> awards, LocalDate asOf) {
    ParameterValue<Programmes> value = inForce(PROGRAMMES, asOf);
    Programme programme = value.value().programme(programmeId).orElseThrow(() -> new IllegalArgumentException(
        "no programme '" + programmeId + "' in force on " + asOf + "; the programmes are "
            + String.join(", ", value.value().ids())));
    Allocator.Allocated allocated = Allocator.allocate(programme, awards, value.source());
    return new Decision<>(allocated.allocation(), allocated.reasons(), policy.ref(), asOf);
  }

  /**
   * Validates a cost share, located under {@code pointer}: a policy without a cost-sharing rule,
   * or none in force on the as-of date, or a kind of work it does not name.
   *
   * @param cost the cost share, not null
   * @param pointer the JSON Pointer of the cost share in the caller's document
   * @param asOf the date of the decision, not null
   * @return the valid cost share, or every error found
   */
  public Validation<Seq<InputError>, Valid<CostShare>> validate(CostShare cost, String pointer, LocalDate asOf) {
    return Problems.fieldsFirst(cost, pointer, SubsidyFields::costShare, () -> validateBeyondFields(cost, pointer,
        asOf));
  }

  private Validation<Seq<InputError>, Valid<CostShare>> validateBeyondFields(CostShare cost, String pointer,
      LocalDate asOf) {
    Problems problems = new Problems();
    problems.unique(cost.households(), HouseholdArea::id, i -> pointer + "/households/" + i + "/id",
        id -> "household '" + id + "' appears more than once in cost share " + cost.id()
            + "; each household shares once");
    if (problems.check(sharesCosts(policy), pointer + "/kind", "no-cost-sharing", "policy " + policy.id()
        + " sets no cost-sharing rule (" + COST_SHARING.id() + ")")
        && PolicyChecks.inForce(policy, List.of(COST_SHARING), asOf, pointer, problems)) {
      CostSharing sharing = policy.valueAt(COST_SHARING, asOf).value();
      problems.check(sharing.rule(cost.kind()).isPresent(), pointer + "/kind", "enum", "kind of work '" + cost.kind()
          + "' has no cost-sharing rule; the kinds are " + String.join(", ", sharing.kinds()));
    }
    return problems.orValid(() -> issuer.issue(cost));
  }

  /**
   * Splits a cost between government and owners by the policy's share for its kind of work, then
   * the owners' part among the households by exclusive area, exactly: the parts add up to the
   * total, each within a fen of its exact share.
   *
   * @param cost the cost share, not null
   * @param asOf the date of the decision, not null
   * @return the split, never null
   * @throws InvalidFactsException listing every problem {@link #validate(CostShare, String, LocalDate)} finds
   */
  public Decision<CostSplit> split(CostShare cost, LocalDate asOf) {
    return split(Valid.orThrow(validate(cost, "", asOf)), asOf);
  }

  /**
   * Splits a cost share this area validated.
   *
   * @param valid the cost share, validated by this area, not null
   * @param asOf the date of the decision, not null
   * @return the split, never null
   */
  public Decision<CostSplit> split(Valid<CostShare> valid, LocalDate asOf) {
    CostShare cost = issuer.open(valid);
    ParameterValue<CostSharing> value = policy.valueAt(COST_SHARING, asOf);
    CostSplitter.Splitted split = CostSplitter.split(cost, value.value().rule(cost.kind()).orElseThrow(),
        value.source());
    return new Decision<>(split.split(), split.reasons(), policy.ref(), asOf);
  }

  private <T> ParameterValue<T> inForce(ParameterKey<T> key, LocalDate asOf) {
    if (policy.timeline(key).isEmpty()) {
      throw new IllegalStateException("policy " + policy.id() + " does not set " + key.id());
    }
    return policy.valueAt(key, asOf);
  }
}
