package io.propgov.governance.engine;

import io.propgov.governance.contract.ContractRules;
import io.propgov.governance.contract.ContractStatus;
import io.propgov.governance.mode.ModeVoteRules;
import io.propgov.governance.mode.ModeVoteResult;
import io.propgov.governance.area.Result;
import io.propgov.governance.area.RuleArea;
import io.propgov.governance.area.Valid;
import io.propgov.governance.constraint.FieldSink;
import io.propgov.governance.credit.ArrearsRules;
import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.credit.CreditRules;
import io.propgov.governance.workorder.WorkOrderRules;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.EstateFields;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.internal.Problems;
import io.propgov.governance.metrics.UnitRates;
import io.propgov.governance.money.MoneyAssessment;
import io.propgov.governance.money.MoneyRates;
import io.propgov.governance.money.MoneyRules;
import io.propgov.governance.org.HierarchyFacts;
import io.propgov.governance.org.HierarchyRules;
import io.propgov.governance.org.OrgParameters;
import io.propgov.governance.org.OrgTree;
import io.propgov.governance.owners.OwnersAssessment;
import io.propgov.governance.owners.OwnersCoverage;
import io.propgov.governance.owners.OwnersRules;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.satisfaction.SatisfactionRules;
import io.propgov.governance.service.NeedCounts;
import io.propgov.governance.service.ServiceAssessment;
import io.propgov.governance.service.ServiceFields;
import io.propgov.governance.service.ServiceParameters;
import io.propgov.governance.service.ServiceRules;
import io.propgov.governance.subsidy.Allocation;
import io.propgov.governance.subsidy.Application;
import io.propgov.governance.subsidy.Award;
import io.propgov.governance.subsidy.CostShare;
import io.propgov.governance.subsidy.CostSplit;
import io.propgov.governance.subsidy.SubsidyRules;
import io.propgov.governance.vote.VoteRules;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

  private final Areas areas;

  private GovernanceEngine(Areas areas) {
    this.areas = areas;
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
    return new GovernanceEngine(Areas.of(policy));
  }

  /**
   * Checks whether the engine can use a policy, without creating an engine.
   *
   * @param policy the policy, not null
   * @return every error found, empty when {@link #create} would succeed
   */
  public static List<InputError> check(GovernancePolicy policy) {
    return Areas.check(Objects.requireNonNull(policy, "policy"));
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
    return Areas.parameters();
  }

  /**
   * Returns the rule areas the policy configures, each with the parameters it reads, its
   * validation and its decisions: satisfaction, vote, then service, credit and arrears when the
   * policy sets their parameters, subsidy, and the whole estate.
   *
   * @return the areas, in a stable order, never null
   * @since 0.2.0
   */
  public List<RuleArea<?, ?>> areas() {
    return areas.configured();
  }

  /**
   * Returns the area that judges one estate as a whole: its satisfaction history, every vote
   * held by the as-of date, and its service when the policy judges service and the estate has
   * service facts. Validate once with it, then decide on as many dates as needed.
   *
   * @return the area, never null
   * @since 0.2.0
   */
  public RuleArea<Estate, EstateAssessment> estate() {
    return areas.estate;
  }

  /**
   * Returns the area that reports on a unit of an organisation tree: its rates, party coverage,
   * cross appointments, meetings, the routing of matters and the service needs of its subtree.
   *
   * @return the area, never null
   * @throws IllegalStateException when the policy sets no organisation parameters
   * @since 0.2.0
   */
  public RuleArea<UnitQuery, UnitReport> tree() {
    return areas.tree();
  }

  /** Returns the policy the engine applies. @return the policy, never null */
  public GovernancePolicy policy() {
    return areas.policy;
  }

  /** Returns the satisfaction rating rules. @return the rules, never null */
  public SatisfactionRules satisfaction() {
    return areas.satisfaction;
  }

  /** Returns the owners' vote rules. @return the rules, never null */
  public VoteRules vote() {
    return areas.vote;
  }

  /**
   * Returns the organisation hierarchy rules.
   *
   * @return the rules, never null
   * @throws IllegalStateException when the policy sets no organisation parameters
   */
  public HierarchyRules hierarchy() {
    return areas.hierarchy();
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
    return areas.credit();
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
    areas.credit();
    return areas.arrears;
  }

  /**
   * Returns whether the policy can judge credit records and arrears.
   *
   * @return true when it sets the credit parameters
   * @since 0.1.0
   */
  public boolean judgesCredit() {
    return areas.credit != null;
  }

  /**
   * Returns the work-order rules: each order on time or late, the three rates per unit and
   * company and month, the monthly rankings and the credit events of upheld complaints.
   *
   * @return the rules, never null
   * @throws IllegalStateException when the policy sets no work-order parameters
   * @since 0.3.0
   */
  public WorkOrderRules workOrders() {
    return areas.workOrders();
  }

  /**
   * Returns whether the policy can judge work orders.
   *
   * @return true when it sets the work-order parameters
   * @since 0.3.0
   */
  public boolean judgesWorkOrders() {
    return areas.workOrders != null;
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
    return areas.tree().validate(facts, asOf);
  }

  /**
   * Rolls the city rates the policy defines ({@code metrics.rates}, in force on {@code asOf}) up
   * the tree: for every unit, the sums of each rate's numerator and denominator over the estates
   * of its subtree. A policy that defines no rates gives every unit its estate count and no rate.
   * An estate whose facts are invalid is left out
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
    return areas.tree().rates(facts, asOf);
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
    HierarchyArea tree = areas.tree();
    return tree.decide(Valid.orThrow(tree.validate(new UnitQuery(facts, unitId), "", asOf)), asOf);
  }

  /**
   * Returns the service rules: tiers, expand or upgrade, management mode, co-management.
   *
   * @return the rules, never null
   * @throws IllegalStateException when the policy sets no service parameters
   */
  public ServiceRules service() {
    return areas.service();
  }

  /**
   * Returns whether the policy can judge service tiers and modes.
   *
   * @return true when it sets the service parameters
   */
  public boolean judgesService() {
    return areas.service != null;
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
    return areas.tree().needs(facts, areas.service(), asOf);
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
   * @return one {@link Result} per estate, in input order, each with the estate's id, never null
   */
  public List<Result<EstateReport>> assessEstates(GovernanceFacts facts, LocalDate asOf) {
    return new WholeEstateAssessor(areas, Objects.requireNonNull(facts, "facts"), Objects.requireNonNull(asOf, "asOf"))
        .run();
  }

  /**
   * Returns whether the policy can judge organisation trees.
   *
   * @return true when it sets the organisation parameters
   */
  public boolean judgesHierarchy() {
    return areas.hierarchy != null;
  }

  /**
   * Returns the contract-end rules (Civil Code arts. 947 to 950).
   *
   * @return the rules, never null
   * @throws IllegalStateException when the policy sets no contract parameters
   * @since 0.3.0
   */
  public ContractRules contract() {
    return areas.contract();
  }

  /**
   * Returns whether the policy judges service contracts.
   *
   * @return true when it sets the contract parameters
   * @since 0.3.0
   */
  public boolean judgesContracts() {
    return areas.contract != null;
  }

  /**
   * Judges every service contract of a facts document as of a date: N contracts give N results,
   * in order (pointers under {@code /contracts/<i>}); a contract naming no estate of the facts is
   * rejected.
   *
   * @param facts the facts, not null
   * @param asOf the date of the decisions, not null
   * @return one {@link Result} per contract, in input order, each with the contract's id, never null
   * @throws IllegalStateException when the policy sets no contract parameters
   * @since 0.3.0
   */
  public List<Result<ContractStatus>> contracts(GovernanceFacts facts, LocalDate asOf) {
    areas.contract();
    return new HandoverAssessor(areas, facts.estates()).contracts(facts.contracts(), Objects.requireNonNull(asOf,
        "asOf"));
  }

  /**
   * Returns the mode-vote rules: the mode table recommends, the owners' vote decides.
   *
   * @return the rules, never null
   * @throws IllegalStateException when the policy sets no mode-vote or service parameters
   * @since 0.3.0
   */
  public ModeVoteRules modeVote() {
    return areas.modeVote();
  }

  /**
   * Returns whether the policy judges the owners' votes on a management mode.
   *
   * @return true when it names the matter they are decided as and sets the service parameters
   * @since 0.3.0
   */
  public boolean judgesModeVotes() {
    return areas.modeVote != null;
  }

  /**
   * Judges every mode vote of a facts document as of a date, each with its estate's current mode
   * and mode table inputs: N votes give N results, in order (pointers under
   * {@code /modeVotes/<i>}); a vote naming no estate of the facts is rejected.
   *
   * @param facts the facts, not null
   * @param asOf the date of the decisions, not null
   * @return one {@link Result} per mode vote, in input order, each with the vote's id, never null
   * @throws IllegalStateException when the policy judges no mode votes
   * @since 0.3.0
   */
  public List<Result<ModeVoteResult>> modeVotes(GovernanceFacts facts, LocalDate asOf) {
    areas.modeVote();
    return new HandoverAssessor(areas, facts.estates()).modeVotes(facts.modeVotes(), Objects.requireNonNull(asOf,
        "asOf"));
  }

  /**
   * Returns the owners' organisation rules: the first assembly, the owners' committee's term and
   * composition, a property management committee standing in, and who represents the owners.
   *
   * @return the rules, never null
   * @throws IllegalStateException when the policy sets no owners' organisation parameters
   * @since 0.3.0
   */
  public OwnersRules owners() {
    return areas.owners();
  }

  /**
   * Returns whether the policy judges the owners' organisation.
   *
   * @return true when it sets the owners' organisation parameters
   * @since 0.3.0
   */
  public boolean judgesOwners() {
    return areas.owners != null;
  }

  /**
   * Rolls up the tree how many estates an owners' committee or a property management committee
   * currently represents (Chuxiong's committee coverage): every estate of {@code facts.owners()}
   * that is judged and attached to a unit of the tree counts once at its unit; one whose facts
   * have errors is left out alone (its errors are those {@link OwnersRules#assessAll} gives).
   *
   * @param facts the facts: units, estates (for the unit each is attached to) and owners, not null
   * @param asOf the date of the decisions, not null
   * @return each unit's coverage decision, by unit id, in the order the units were given, never null
   * @throws InvalidFactsException listing every problem with the tree itself
   * @throws IllegalStateException when the policy sets no organisation or no owners' parameters
   * @since 0.3.0
   */
  public Map<String, Decision<OwnersCoverage>> ownersCoverage(GovernanceFacts facts, LocalDate asOf) {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(asOf, "asOf");
    OwnersRules rules = owners();
    OrgTree tree = areas.hierarchy().tree(facts.units(), asOf);
    Map<String, String> unitOfEstate = new java.util.HashMap<>();
    for (Estate estate : facts.estates()) {
      if (estate != null && estate.id() != null && estate.unitId() != null) {
        unitOfEstate.putIfAbsent(estate.id(), estate.unitId());
      }
    }
    List<Decision<OwnersAssessment>> decisions = new ArrayList<>();
    rules.assessAll(facts.owners(), asOf).stream().filter(Result::isDecided).forEach(r -> decisions.add(r.decision()));
    Map<String, Decision<OwnersCoverage>> out = new java.util.LinkedHashMap<>();
    OwnersRules.rollUp(tree, unitOfEstate, decisions).forEach((unit, coverage) ->
        out.put(unit, OwnersRules.explain(coverage, policy().ref(), asOf)));
    return out;
  }

  /** Returns the subsidy rules. @return the rules, never null */
  public SubsidyRules subsidy() {
    return areas.subsidy;
  }

  /**
   * Returns whether the policy runs subsidy programmes.
   *
   * @return true when it sets {@code subsidy.programmes}
   */
  public boolean judgesSubsidies() {
    return areas.judgesSubsidies();
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
    return new SubsidyAssessor(areas).award(Objects.requireNonNull(application, "application"), estate,
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
   * @return one {@link Result} per application, in input order, each with the application's id, never null
   */
  public List<Result<Award>> awardAll(List<Application> applications, List<Estate> estates, LocalDate asOf) {
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
   * @return one {@link Result} per application, in input order, each with the application's id, never null
   */
  public List<Result<Award>> awardAll(List<Application> applications, List<Estate> estates,
      List<CompanyRecord> companies, LocalDate asOf) {
    return new SubsidyAssessor(areas).awardAll(applications, estates, Objects.requireNonNull(companies,
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
  public List<Decision<Allocation>> allocate(List<Result<Award>> results, LocalDate asOf) {
    return new SubsidyAssessor(areas).allocate(results, Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * Returns the transparency and money rules: disclosures, fees, the maintenance fund,
   * common-part income.
   *
   * @return the rules, never null
   * @throws IllegalStateException when the policy sets no money parameters
   * @since 0.3.0
   */
  public MoneyRules money() {
    return areas.money();
  }

  /**
   * Returns whether the policy judges money in the open.
   *
   * @return true when it sets the first-deposit rate (and with it the other money parameters)
   * @since 0.3.0
   */
  public boolean judgesMoney() {
    return areas.money != null;
  }

  /**
   * Judges each estate's money facts: N entries give N results, in order (pointers under
   * {@code /money/<j>}). A use of the maintenance fund is matched with the valid votes of the
   * estate of the same id.
   *
   * @param facts the facts, not null
   * @param asOf the date of the decisions, not null
   * @return one {@link Result} per money entry, in input order, each with the estate id, never null
   * @throws IllegalStateException when the policy sets no money parameters
   * @since 0.3.0
   */
  public List<Result<MoneyAssessment>> assessMoney(GovernanceFacts facts, LocalDate asOf) {
    return new MoneyAssessor(areas).assessAll(Objects.requireNonNull(facts, "facts"),
        Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * Rolls Wuhan Jiang'an's two shares up the tree: for every unit, the estates with a known
   * yearly account in its subtree that break even and that collect fees. An entry with invalid
   * facts is left out (its errors are those {@link #assessMoney} lists).
   *
   * @param facts the facts, not null
   * @param asOf the date, not null
   * @return each unit's shares, explained, by unit id in the order the units were given, never null
   * @throws InvalidFactsException listing every problem with the tree itself
   * @throws IllegalStateException when the policy sets no money or no organisation parameters
   * @since 0.3.0
   */
  public Map<String, Decision<MoneyRates>> moneyRates(GovernanceFacts facts, LocalDate asOf) {
    return new MoneyAssessor(areas).rates(Objects.requireNonNull(facts, "facts"), Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * Splits a batch of costs between government and owners, then per household by exclusive
   * area: N cost shares give N results, in order (pointers under {@code /costShares/<i>}).
   *
   * @param costs the cost shares, not null
   * @param asOf the date of the decisions, not null
   * @return one {@link Result} per cost share, in input order, each with the cost share's id, never null
   */
  public List<Result<CostSplit>> splitAll(List<CostShare> costs, LocalDate asOf) {
    return new SubsidyAssessor(areas).splitAll(costs, Objects.requireNonNull(asOf, "asOf"));
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
    Valid<Estate> valid = Valid.orThrow(validate(estate, "", asOf));
    return areas.estate.decide(valid, asOf);
  }

  /**
   * Assesses a batch of estates: N estates give N results, in order, each a decision or the
   * errors that kept that estate from being judged. One bad estate never stops the others.
   * Estates that share an id are each rejected, with an error naming the other occurrence.
   *
   * @param estates the estates, not null
   * @param asOf the date of the decisions, not null
   * @return one {@link Result} per estate, in input order, each with the estate's id, never null
   */
  public List<Result<EstateAssessment>> assessAll(List<Estate> estates, LocalDate asOf) {
    List<Result<EstateAssessment>> results = new ArrayList<>(estates.size());
    EstateIds ids = EstateIds.of(estates);
    for (int i = 0; i < estates.size(); i++) {
      Estate estate = estates.get(i);
      if (estate == null) {
        results.add(Result.rejected(i, null, List.of(new InputError("/estates/" + i, "required",
            FieldSink.NULL_ITEM))));
        continue;
      }
      Validation<Seq<InputError>, Valid<Estate>> valid = validate(estate, "/estates/" + i, asOf);
      InputError duplicate = ids.at(i);
      if (valid.isValid() && duplicate == null) {
        results.add(Result.decided(i, estate.id(), areas.estate.decide(valid.get(), asOf)));
      } else {
        List<InputError> errors = new ArrayList<>();
        if (duplicate != null) {
          errors.add(duplicate);
        }
        valid.swap().forEach(e -> e.forEach(errors::add));
        results.add(Result.rejected(i, estate.id(), errors));
      }
    }
    return results;
  }

  /**
   * Validates an estate's facts for a decision as of a date, every problem at once, located
   * under {@code pointer}: the rule area of the whole estate ({@link #estate()}) does the work.
   *
   * @param estate the estate, not null
   * @param pointer the JSON Pointer of the estate in the caller's document ({@code ""} for the root)
   * @param asOf the date of the decision, not null
   * @return the valid estate, or every error found
   */
  public Validation<Seq<InputError>, Valid<Estate>> validate(Estate estate, String pointer, LocalDate asOf) {
    Objects.requireNonNull(estate, "estate");
    Objects.requireNonNull(asOf, "asOf");
    return areas.estate.validate(estate, pointer, asOf);
  }
}
