package io.propgov.governance.engine;

import io.propgov.governance.constraint.FieldSink;
import io.propgov.governance.credit.ArrearsRules;
import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.credit.CreditParameters;
import io.propgov.governance.credit.CreditRules;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.EstateFields;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.internal.Problems;
import io.propgov.governance.metrics.UnitRates;
import io.propgov.governance.org.HierarchyFacts;
import io.propgov.governance.org.HierarchyRules;
import io.propgov.governance.org.OrgParameters;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.satisfaction.RoundRating;
import io.propgov.governance.satisfaction.RoundStatus;
import io.propgov.governance.satisfaction.SatisfactionAssessment;
import io.propgov.governance.satisfaction.SatisfactionParameters;
import io.propgov.governance.satisfaction.SatisfactionRules;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.service.NeedCounts;
import io.propgov.governance.service.ServiceAssessment;
import io.propgov.governance.service.ServiceFields;
import io.propgov.governance.service.ServiceParameters;
import io.propgov.governance.service.ServiceRules;
import io.propgov.governance.subsidy.Allocation;
import io.propgov.governance.subsidy.Application;
import io.propgov.governance.subsidy.ApplicationResult;
import io.propgov.governance.subsidy.Award;
import io.propgov.governance.subsidy.CostShare;
import io.propgov.governance.subsidy.CostShareResult;
import io.propgov.governance.subsidy.SubsidyParameters;
import io.propgov.governance.subsidy.SubsidyRules;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.OwnersVote;
import io.propgov.governance.vote.VoteParameters;
import io.propgov.governance.vote.VoteResult;
import io.propgov.governance.vote.VoteRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The entry point: the rules of one policy, ready to judge facts. Immutable and thread-safe;
 * create one per policy and reuse it across calls and threads.
 *
 * <pre>{@code
 * GovernanceEngine engine = GovernanceEngine.create(policy);
 * Decision<EstateAssessment> decision = engine.assess(estate, LocalDate.of(2024, 12, 31));
 * System.out.println(decision.render(Locale.SIMPLIFIED_CHINESE));
 * }</pre>
 *
 * <p>No method reads the clock: the as-of date is always an argument, so the same policy,
 * facts and date give the same decision on any thread, at any time.
 *
 * @since 0.1.0
 */
public final class GovernanceEngine {

  private final GovernancePolicy policy;
  private final SatisfactionRules satisfaction;
  private final VoteRules vote;
  private final HierarchyRules hierarchy;
  private final ServiceRules service;
  private final CreditRules credit;
  private final ArrearsRules arrears;
  private final SubsidyRules subsidy;

  private GovernanceEngine(GovernancePolicy policy) {
    this.policy = policy;
    this.satisfaction = new SatisfactionRules(policy);
    this.vote = new VoteRules(policy);
    this.hierarchy = HierarchyRules.isConfigured(policy) ? new HierarchyRules(policy) : null;
    this.service = ServiceRules.isConfigured(policy) ? new ServiceRules(policy) : null;
    this.credit = CreditRules.isConfigured(policy) ? new CreditRules(policy) : null;
    this.arrears = credit == null ? null : new ArrearsRules(policy);
    this.subsidy = new SubsidyRules(policy);
  }

  /**
   * Prepares the rules of a policy.
   *
   * @param policy the policy, not null
   * @return the engine, never null
   * @throws InvalidPolicyException listing every parameter the rules need that the policy
   *     lacks, and every inconsistency between parameters
   */
  public static GovernanceEngine create(GovernancePolicy policy) {
    Objects.requireNonNull(policy, "policy");
    List<InputError> errors = check(policy);
    if (!errors.isEmpty()) {
      throw new InvalidPolicyException(errors);
    }
    return new GovernanceEngine(policy);
  }

  /**
   * Checks whether the engine can use a policy, without creating an engine.
   *
   * @param policy the policy, not null
   * @return every error found, empty when {@link #create} would succeed
   */
  public static List<InputError> check(GovernancePolicy policy) {
    List<InputError> errors = new ArrayList<>(SatisfactionRules.check(policy));
    errors.addAll(VoteRules.check(policy));
    if (HierarchyRules.isConfigured(policy)) {
      errors.addAll(HierarchyRules.check(policy));
    }
    if (ServiceRules.isConfigured(policy)) {
      errors.addAll(ServiceRules.check(policy));
    }
    if (CreditRules.isConfigured(policy)) {
      errors.addAll(CreditRules.check(policy));
    }
    return List.copyOf(errors);
  }

  /**
   * Returns every parameter the rules read, in a stable order. A policy must set each of the
   * satisfaction and vote parameters; the organisation parameters ({@code org.*}) it sets all or
   * none of: without them the engine judges estates but not organisation trees. So too the
   * service parameters ({@code service.*}) and the credit and arrears parameters
   * ({@code credit.*}, {@code arrears.*}): without them it judges no service tiers, credit records
   * or arrears. The subsidy parameters ({@code subsidy.*}) are each optional.
   *
   * @return the parameter keys, never null
   */
  public static List<ParameterKey<?>> parameters() {
    return Stream.of(SatisfactionParameters.ALL, VoteParameters.ALL, OrgParameters.ALL, ServiceParameters.ALL,
        CreditParameters.ALL, CreditParameters.OPTIONAL, SubsidyParameters.ALL).flatMap(List::stream).toList();
  }

  /** Returns the policy the engine applies. @return the policy, never null */
  public GovernancePolicy policy() {
    return policy;
  }

  /** Returns the satisfaction rating rules. @return the rules, never null */
  public SatisfactionRules satisfaction() {
    return satisfaction;
  }

  /** Returns the owners' vote rules. @return the rules, never null */
  public VoteRules vote() {
    return vote;
  }

  /**
   * Returns the organisation hierarchy rules.
   *
   * @return the rules, never null
   * @throws IllegalStateException when the policy sets no organisation parameters
   */
  public HierarchyRules hierarchy() {
    if (hierarchy == null) {
      throw new IllegalStateException("policy " + policy.ref() + " sets no organisation parameters ("
          + OrgParameters.ALL.stream().map(ParameterKey::id).collect(Collectors.joining(", "))
          + "), so it cannot judge organisation trees");
    }
    return hierarchy;
  }

  /**
   * Returns the company credit rules: scores, grades, the blacklist and the joint rewards and
   * punishments in force ({@link CreditRules#consequences}, which other rule areas ask).
   *
   * @return the rules, never null
   * @throws IllegalStateException when the policy sets no credit parameters
   * @since 0.1.0
   */
  public CreditRules credit() {
    if (credit == null) {
      throw new IllegalStateException("policy " + policy.ref() + " sets no credit parameters ("
          + CreditParameters.ALL.stream().map(ParameterKey::id).collect(Collectors.joining(", "))
          + "), so it cannot judge credit records or arrears");
    }
    return credit;
  }

  /**
   * Returns the residents' arrears rules: the ladder, time-barred months, forbidden actions and
   * the dishonest-debtor list.
   *
   * @return the rules, never null
   * @throws IllegalStateException when the policy sets no credit parameters
   * @since 0.1.0
   */
  public ArrearsRules arrears() {
    credit();
    return arrears;
  }

  /**
   * Returns whether the policy can judge credit records and arrears.
   *
   * @return true when it sets the credit parameters
   * @since 0.1.0
   */
  public boolean judgesCredit() {
    return credit != null;
  }

  /**
   * Returns every problem with the facts about an organisation tree, all at once: the tree's
   * own (duplicate ids, unknown parents, forbidden levels, cycles, extra roots, under
   * {@code /units}), each estate's (under {@code /estates}), matters that cannot be routed
   * (under {@code /matters}) and meetings of unknown kinds or units (under {@code /meetings}).
   *
   * @param facts the facts, not null
   * @param asOf the date of the decision, not null
   * @return the errors, empty when the facts can be judged
   * @throws IllegalStateException when the policy sets no organisation parameters
   */
  public List<InputError> validate(HierarchyFacts facts, LocalDate asOf) {
    return new HierarchyAssessor(this, hierarchy()).validate(facts, asOf);
  }

  /**
   * Rolls the city rates up the tree: for every unit, the sums of the numerators and
   * denominators over the estates of its subtree. An estate whose facts are invalid is left out
   * alone (its errors are those {@link #validate(HierarchyFacts, LocalDate)} lists under its
   * pointer); the others still count.
   *
   * @param facts the facts, not null
   * @param asOf the date of the decision, not null
   * @return each unit's rates, by unit id, in the order the units were given, never null
   * @throws InvalidFactsException listing every problem with the tree itself (the units), when it
   *     cannot be judged
   * @throws IllegalStateException when the policy sets no organisation parameters
   */
  public Map<String, UnitRates> rates(HierarchyFacts facts, LocalDate asOf) {
    return new HierarchyAssessor(this, hierarchy()).rates(facts, asOf);
  }

  /**
   * Reports on a unit's subtree: its rates, party-organisation coverage with the uncovered
   * listed, cross appointments, regular meetings and the routing of every matter raised in it.
   * An estate, matter or meeting whose facts are invalid (such as an estate's co-management
   * facts, or a matter raised after the as-of date) is left out alone, and the report lists its
   * errors in {@link UnitReport#rejected()}; everything else is still judged.
   *
   * @param facts the facts, not null
   * @param unitId the unit, not null
   * @param asOf the date of the decision, not null
   * @return the report, never null
   * @throws InvalidFactsException listing every problem with the tree itself (the units), or
   *     naming an unknown unit
   * @throws IllegalStateException when the policy sets no organisation parameters
   */
  public Decision<UnitReport> report(HierarchyFacts facts, String unitId, LocalDate asOf) {
    return new HierarchyAssessor(this, hierarchy()).report(facts, unitId, asOf);
  }

  /**
   * Returns the service rules: tiers, expand or upgrade, management mode, co-management.
   *
   * @return the rules, never null
   * @throws IllegalStateException when the policy sets no service parameters
   */
  public ServiceRules service() {
    if (service == null) {
      throw new IllegalStateException("policy " + policy.ref() + " sets no service parameters ("
          + ServiceParameters.ALL.stream().map(ParameterKey::id).collect(Collectors.joining(", "))
          + "), so it cannot judge service tiers");
    }
    return service;
  }

  /**
   * Returns whether the policy can judge service tiers and modes.
   *
   * @return true when it sets the service parameters
   */
  public boolean judgesService() {
    return service != null;
  }

  /**
   * Counts, for every unit of a tree, the estates of its subtree that need coverage expanded,
   * quality upgraded, or meet the target tier, and those without service facts.
   *
   * @param facts the facts, not null
   * @param asOf the date of the decision, not null
   * @return each unit's counts, by unit id, in the order the units were given, never null; an
   *     estate whose facts are invalid is left out alone
   * @throws InvalidFactsException listing every problem with the tree itself (the units)
   * @throws IllegalStateException when the policy sets no organisation or no service parameters
   */
  public Map<String, NeedCounts> serviceNeeds(HierarchyFacts facts, LocalDate asOf) {
    return new HierarchyAssessor(this, hierarchy()).needs(facts, service(), asOf);
  }

  /**
   * Assesses every estate of a batch as a whole: each rule area that has facts for it
   * (satisfaction, votes, its place in the organisation tree, service, its company's credit,
   * its subsidy applications) in one report, and each area without facts or rules named as not
   * assessed, with why. N estates in give N results out, in order: a report, or every error in
   * the estate's facts and in the credit record and applications it needs, with pointers into
   * the facts document. Estates that share an id are each rejected, with an error naming the other
   * occurrence.
   *
   * @param facts everything the host knows, not null
   * @param asOf the date of the decisions, not null
   * @return one result per estate, in input order, never null
   */
  public List<EstateReportResult> assessEstates(GovernanceFacts facts, LocalDate asOf) {
    return new WholeEstateAssessor(this, Objects.requireNonNull(facts, "facts"), Objects.requireNonNull(asOf, "asOf"))
        .run();
  }

  /**
   * Returns whether the policy can judge organisation trees.
   *
   * @return true when it sets the organisation parameters
   */
  public boolean judgesHierarchy() {
    return hierarchy != null;
  }

  /** Returns the subsidy rules. @return the rules, never null */
  public SubsidyRules subsidy() {
    return subsidy;
  }

  /**
   * Returns whether the policy runs subsidy programmes.
   *
   * @return true when it sets {@code subsidy.programmes}
   */
  public boolean judgesSubsidies() {
    return SubsidyRules.runsProgrammes(policy);
  }

  /**
   * Judges one application to a subsidy programme: eligible or not with every unmet criterion,
   * its score, payout band and amount. The estate's company, party organisation and fees come
   * from its record, and the verdict on its latest valid satisfaction round from the
   * satisfaction rules (rounds after the latest hire only); the company's credit consequences
   * come with the application ({@link Application#credit()}).
   *
   * @param application the application, not null
   * @param estate the estate it names, or null when it names none
   * @param asOf the date of the decision, not null
   * @return the decision, never null
   * @throws InvalidFactsException listing every problem with the application or the estate
   * @throws IllegalArgumentException when the estate is not the one the application names
   */
  public Decision<Award> award(Application application, Estate estate, LocalDate asOf) {
    return new SubsidyAssessor(this, subsidy).award(Objects.requireNonNull(application, "application"), estate,
        Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * Judges a batch of applications: N applications give N results, in order, each a decision or
   * the errors that kept it from being judged (pointers under {@code /applications/<i>}, as in
   * a facts document). An application names its estate by id among {@code estates}.
   *
   * @param applications the applications, not null
   * @param estates the estates they may name, not null
   * @param asOf the date of the decisions, not null
   * @return one result per application, in input order, never null
   */
  public List<ApplicationResult> awardAll(List<Application> applications, List<Estate> estates, LocalDate asOf) {
    return awardAll(applications, estates, List.of(), asOf);
  }

  /**
   * Judges a batch of applications with the companies' credit records: an application that
   * brings no credit standing of its own gets its company's consequences in force on
   * {@code asOf} from the credit rules ({@link io.propgov.governance.credit.CreditRules#consequences}),
   * each with the reason that brings it, when the policy judges credit and {@code companies}
   * holds the company's record. Without a record (or credit rules) the standing stays unstated,
   * which the not-barred criterion counts as unmet. A record with errors rejects the applications
   * that need it (pointer {@code /applications/<i>/companyId}).
   *
   * @param applications the applications, not null
   * @param estates the estates they may name, not null
   * @param companies the companies' credit records, not null
   * @param asOf the date of the decisions, not null
   * @return one result per application, in input order, never null
   */
  public List<ApplicationResult> awardAll(List<Application> applications, List<Estate> estates,
      List<CompanyRecord> companies, LocalDate asOf) {
    return new SubsidyAssessor(this, subsidy).awardAll(applications, estates, Objects.requireNonNull(companies,
        "companies"), Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * Shares each programme's budget among the awards judged in a batch: one allocation per
   * programme in force on {@code asOf} with at least one judged application, in the policy's
   * order.
   *
   * @param results the results of {@link #awardAll}, not null
   * @param asOf the date of the decisions, not null
   * @return the allocations, never null
   */
  public List<Decision<Allocation>> allocate(List<ApplicationResult> results, LocalDate asOf) {
    return new SubsidyAssessor(this, subsidy).allocate(results, Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * Splits a batch of costs between government and owners, then per household by exclusive
   * area: N cost shares give N results, in order (pointers under {@code /costShares/<i>}).
   *
   * @param costs the cost shares, not null
   * @param asOf the date of the decisions, not null
   * @return one result per cost share, in input order, never null
   */
  public List<CostShareResult> splitAll(List<CostShare> costs, LocalDate asOf) {
    return new SubsidyAssessor(this, subsidy).splitAll(costs, Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * Assesses one estate as of a date: its satisfaction history, every vote held by then, and
   * where it stands with its company; and, when the policy judges service and the estate has
   * service facts, its service tier, need, mode and co-management duty. Rounds and votes dated
   * after {@code asOf} are left out.
   *
   * @param estate the estate, not null
   * @param asOf the date of the decision, not null
   * @return the decision, with the satisfaction and vote decisions nested, never null
   * @throws InvalidFactsException listing every problem with the estate's facts
   */
  public Decision<EstateAssessment> assess(Estate estate, LocalDate asOf) {
    List<InputError> errors = validate(estate, "", asOf);
    if (!errors.isEmpty()) {
      throw new InvalidFactsException(errors);
    }
    return assessValid(estate, asOf);
  }

  /**
   * Assesses a batch of estates: N estates give N results, in order, each a decision or the
   * errors that kept that estate from being judged. One bad estate never stops the others.
   * Estates that share an id are each rejected, with an error naming the other occurrence.
   *
   * @param estates the estates, not null
   * @param asOf the date of the decisions, not null
   * @return one result per estate, in input order, never null
   */
  public List<EstateResult> assessAll(List<Estate> estates, LocalDate asOf) {
    List<EstateResult> results = new ArrayList<>(estates.size());
    EstateIds ids = EstateIds.of(estates);
    for (int i = 0; i < estates.size(); i++) {
      Estate estate = estates.get(i);
      if (estate == null) {
        results.add(new EstateResult.Rejected(i, null, List.of(new InputError("/estates/" + i, "required",
            FieldSink.NULL_ITEM))));
        continue;
      }
      List<InputError> errors = validate(estate, "/estates/" + i, asOf);
      InputError duplicate = ids.at(i);
      if (duplicate != null) {
        errors = new ArrayList<>(errors);
        errors.add(0, duplicate);
      }
      results.add(errors.isEmpty() ? new EstateResult.Assessed(i, assessValid(estate, asOf))
          : new EstateResult.Rejected(i, estate.id(), errors));
    }
    return results;
  }

  /**
   * Returns every problem with an estate's facts, located under {@code pointer}.
   *
   * @param estate the estate, not null
   * @param pointer the JSON Pointer of the estate in the caller's document ({@code ""} for the root)
   * @param asOf the date of the decision, not null
   * @return the errors, empty when the estate can be assessed
   */
  public List<InputError> validate(Estate estate, String pointer, LocalDate asOf) {
    Objects.requireNonNull(estate, "estate");
    Objects.requireNonNull(asOf, "asOf");
    Problems problems = new Problems();
    FieldSink fields = new FieldSink();
    // The estate's own fields; its rounds, votes and service are checked by their rule areas.
    EstateFields.estateOwn(estate, pointer, fields);
    if (service == null && estate.service() != null) {
      ServiceFields.service(estate.service(), pointer + "/service", fields);
    }
    fields.sorted().forEach(problems::add);
    satisfaction.validate(estate.surveyRounds(), pointer + "/surveyRounds").forEach(problems::add);
    Set<String> voteIds = new HashSet<>();
    for (int i = 0; i < estate.votes().size(); i++) {
      OwnersVote v = estate.votes().get(i);
      String at = pointer + "/votes/" + i;
      if (v == null) {
        problems.add(at, "required", FieldSink.NULL_ITEM);
        continue;
      }
      problems.check(voteIds.add(v.id()) || v.id() == null, at + "/id", "duplicate",
          "vote id '" + v.id() + "' appears more than once; each vote needs its own id");
      vote.validate(v, at).forEach(problems::add);
    }
    if (service != null && estate.service() != null) {
      service.validate(estate.service(), pointer + "/service", asOf).forEach(problems::add);
    }
    return problems.errors();
  }

  Decision<EstateAssessment> assessValid(Estate estate, LocalDate asOf) {
    List<Decision<VoteResult>> votes = estate.votes().stream().filter(v -> !v.date().isAfter(asOf))
        .sorted(Comparator.comparing(OwnersVote::date).thenComparing(OwnersVote::id))
        .map(v -> vote.decideValid(v, asOf)).toList();

    List<VoteResult> results = votes.stream().map(Decision::value).toList();
    LocalDate hired = latestHire(results);
    // A company hired after a dismissal starts a new engagement: only a later dismissal counts.
    VoteResult dismissal = results.stream()
        .filter(r -> r.passed() && r.matter() == Matter.DISMISS_COMPANY && (hired == null || r.date().isAfter(hired)))
        .reduce((first, second) -> second).orElse(null);
    Decision<SatisfactionAssessment> rating = satisfaction.assessValid(currentRounds(estate, hired), asOf);
    EstateStatus status = status(rating.value(), dismissal);
    Decision<ServiceAssessment> tier = service == null || estate.service() == null ? null
        : service.assessValid(estate.id(), estate.service(), estate.serviceMode(), asOf);
    EstateAssessment assessment = new EstateAssessment(estate.id(), estate.name(), status,
        dismissal == null ? null : dismissal.contractEnd(), rating, votes, tier);
    return new Decision<>(assessment, List.of(), policy.ref(), asOf);
  }

  /** Rounds up to the latest hire rated the previous company; the current one is judged on its own. */
  private static List<SurveyRound> currentRounds(Estate estate, LocalDate hired) {
    return hired == null ? estate.surveyRounds()
        : estate.surveyRounds().stream().filter(r -> r.date().isAfter(hired)).toList();
  }

  /** The date of the latest passed hire vote among decided votes, or null. */
  private static LocalDate latestHire(List<VoteResult> decided) {
    return decided.stream().filter(r -> r.passed() && r.matter() == Matter.HIRE_COMPANY).map(VoteResult::date)
        .max(Comparator.naturalOrder()).orElse(null);
  }

  /** The status of the estate's current company's latest valid rating by the as-of date. */
  Optional<RoundStatus> latestValidRating(Estate estate, LocalDate asOf) {
    List<VoteResult> hires = estate.votes().stream()
        .filter(v -> v.matter() == Matter.HIRE_COMPANY && !v.date().isAfter(asOf))
        .map(v -> vote.decideValid(v, asOf).value()).toList();
    return satisfaction.latestValidStatus(currentRounds(estate, latestHire(hires)), asOf);
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
