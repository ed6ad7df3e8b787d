package io.propgov.governance.engine;

import io.propgov.governance.contract.ContractStatus;
import io.propgov.governance.mode.ModeVoteResult;
import io.propgov.governance.area.Result;
import io.propgov.governance.area.Valid;
import io.propgov.governance.constraint.FieldSink;
import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.credit.CreditAssessment;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.money.EstateMoney;
import io.propgov.governance.money.MoneyAssessment;
import io.propgov.governance.org.OrgTree;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.owners.EstateOwners;
import io.propgov.governance.owners.OwnersAssessment;
import io.propgov.governance.subsidy.Award;
import io.propgov.governance.vote.VoteResult;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import io.propgov.governance.workorder.WorkOrder;
import io.propgov.governance.workorder.WorkOrderAssessment;
import io.propgov.governance.workorder.WorkOrderFacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs every rule area that has facts for each estate of a batch, and says which did not. */
final class WholeEstateAssessor {

  /** The source of the area reasons: the assessment's own rule, not a policy's. */
  static final Citation SOURCE = new Citation(
      "Whole-estate assessment (this SDK): an area without rules or facts is not assessed, never passed",
      "小区综合评估（本模型）：无规则或无数据的领域不予评估，绝不视为合格");

  private final Areas areas;
  private final GovernanceFacts facts;
  private final LocalDate asOf;
  private final Map<String, Integer> companies = new HashMap<>();
  /** The index of each estate's money facts, the first given for its id. */
  private final Map<String, Integer> money = new HashMap<>();
  /** The index of each estate's owners' organisation facts, the first naming it. */
  private final Map<String, Integer> owners = new HashMap<>();
  private OrgTree tree;
  private boolean treeErrors;
  private List<Result<Award>> applications = List.of();
  private EstateIds ids;
  private final ValidatedFacts checked;
  private List<Result<ContractStatus>> contracts = List.of();
  private List<Result<ModeVoteResult>> modeVotes = List.of();
  /** The indexes of the work orders naming each estate, when the policy judges work orders. */
  private final Map<String, List<Integer>> ordersByEstate = new HashMap<>();

  WholeEstateAssessor(Areas areas, GovernanceFacts facts, LocalDate asOf) {
    this.areas = areas;
    this.facts = facts;
    this.asOf = asOf;
    this.checked = new ValidatedFacts(areas, facts.estates(), facts.companies(), asOf);
    for (int j = 0; j < facts.companies().size(); j++) {
      if (facts.companies().get(j) != null) {
        companies.putIfAbsent(facts.companies().get(j).companyId(), j);
      }
    }
    for (int j = 0; j < facts.money().size(); j++) {
      if (facts.money().get(j) != null && facts.money().get(j).estateId() != null) {
        money.putIfAbsent(facts.money().get(j).estateId(), j);
      }
    }
    for (int j = 0; j < facts.owners().size(); j++) {
      if (facts.owners().get(j) != null && facts.owners().get(j).estateId() != null) {
        owners.putIfAbsent(facts.owners().get(j).estateId(), j);
      }
    }
    if (areas.hierarchy != null && !facts.units().isEmpty()) {
      try {
        tree = areas.hierarchy.tree(facts.units(), asOf);
      } catch (InvalidFactsException e) {
        treeErrors = true;
      }
    }
    HandoverAssessor handover = new HandoverAssessor(areas, facts.estates());
    if (areas.contract != null && !facts.contracts().isEmpty()) {
      contracts = handover.contracts(facts.contracts(), asOf);
    }
    if (areas.modeVote != null && !facts.modeVotes().isEmpty()) {
      modeVotes = handover.modeVotes(facts.modeVotes(), asOf);
    }
    if (areas.workOrders != null) {
      for (int k = 0; k < facts.orders().size(); k++) {
        WorkOrder order = facts.orders().get(k);
        if (order != null && order.estateId() != null) {
          ordersByEstate.computeIfAbsent(order.estateId(), e -> new ArrayList<>()).add(k);
        }
      }
    }
    if (areas.judgesSubsidies() && !facts.applications().isEmpty()) {
      applications = new SubsidyAssessor(areas).awardAll(facts.applications(), facts.estates(), facts.companies(),
          checked, asOf);
    }
  }

  List<Result<EstateReport>> run() {
    ids = EstateIds.of(facts.estates());
    List<Result<EstateReport>> results = new ArrayList<>(facts.estates().size());
    for (int i = 0; i < facts.estates().size(); i++) {
      results.add(one(i));
    }
    return results;
  }

  private Result<EstateReport> one(int i) {
    Estate estate = facts.estates().get(i);
    if (estate == null) {
      return Result.rejected(i, null, List.of(new InputError("/estates/" + i, "required", FieldSink.NULL_ITEM)));
    }
    List<InputError> errors = new ArrayList<>();
    InputError duplicate = ids.at(i);
    if (duplicate != null) {
      errors.add(duplicate);
    }
    Validation<Seq<InputError>, Valid<Estate>> valid = checked.estate(i);
    valid.swap().forEach(e -> e.forEach(errors::add));
    CompanyRecord record = creditRecord(estate);
    Validation<Seq<InputError>, Valid<CompanyRecord>> validRecord = record == null ? null
        : checked.company(companies.get(record.companyId()));
    if (validRecord != null) {
      validRecord.swap().forEach(e -> e.forEach(errors::add));
    }
    Integer ownersAt = areas.owners == null || estate.id() == null ? null : owners.get(estate.id());
    Validation<Seq<InputError>, Valid<EstateOwners>> validOwners = ownersAt == null ? null
        : areas.owners.validate(facts.owners().get(ownersAt), "/owners/" + ownersAt, asOf);
    if (validOwners != null) {
      validOwners.swap().forEach(e -> e.forEach(errors::add));
    }
    List<Decision<Award>> awards = new ArrayList<>();
    for (Result<Award> result : applications) {
      if (estate.id() == null || !estate.id().equals(facts.applications().get(result.index()).estateId())) {
        continue;
      }
      if (result.isDecided()) {
        awards.add(result.decision());
      } else {
        errors.addAll(result.errors());
      }
    }
    Integer moneyAt = areas.money == null || estate.id() == null ? null : money.get(estate.id());
    Validation<Seq<InputError>, Valid<EstateMoney>> validMoney = moneyAt == null ? null
        : areas.money.validate(facts.money().get(moneyAt), "/money/" + moneyAt, asOf);
    if (validMoney != null) {
      validMoney.swap().forEach(e -> e.forEach(errors::add));
    }
    Decision<ContractStatus> contract = last(contracts, estate, j -> facts.contracts().get(j).estateId(), errors);
    Decision<ModeVoteResult> modeVote = last(modeVotes, estate, j -> facts.modeVotes().get(j).estateId(), errors);
    List<Integer> orders = estate.id() == null ? List.of() : ordersByEstate.getOrDefault(estate.id(), List.of());
    Validation<Seq<InputError>, Valid<WorkOrderFacts>> validOrders = null;
    if (!orders.isEmpty()) {
      WorkOrderFacts mine = new WorkOrderFacts(List.of(), orders.stream().map(facts.orders()::get).toList());
      validOrders = areas.workOrders.validate(mine, "", asOf);
      validOrders.swap().forEach(e -> e.forEach(error -> errors.add(inFacts(error, orders))));
    }
    if (!errors.isEmpty()) {
      return Result.rejected(i, estate.id(), errors);
    }
    Decision<EstateAssessment> assessment = areas.estate.decide(valid.get(), asOf);
    Decision<MoneyAssessment> moneyDecision = validMoney == null ? null
        : areas.money.decide(validMoney.get(), asOf, votes(assessment));
    Decision<CreditAssessment> credit = validRecord == null ? null : areas.credit.decide(validRecord.get(), asOf);
    Decision<OwnersAssessment> ownersDecision = validOwners == null ? null : areas.owners.decide(validOwners.get(), asOf);
    List<AreaStatus> statuses = List.of(
        estate.surveyRounds().isEmpty() ? AreaStatus.notAssessed(Area.SATISFACTION, "no-facts")
            : AreaStatus.assessed(Area.SATISFACTION),
        estate.votes().isEmpty() ? AreaStatus.notAssessed(Area.VOTES, "no-facts") : AreaStatus.assessed(Area.VOTES),
        hierarchy(estate),
        areas.service == null ? AreaStatus.notAssessed(Area.SERVICE, "no-rules")
            : estate.service() == null ? AreaStatus.notAssessed(Area.SERVICE, "no-facts")
            : AreaStatus.assessed(Area.SERVICE),
        areas.credit == null ? AreaStatus.notAssessed(Area.CREDIT, "no-rules")
            : estate.company() == null ? AreaStatus.notAssessed(Area.CREDIT, "no-company")
            : record == null ? AreaStatus.notAssessed(Area.CREDIT, "no-record") : AreaStatus.assessed(Area.CREDIT),
        !areas.judgesSubsidies() ? AreaStatus.notAssessed(Area.SUBSIDIES, "no-rules")
            : awards.isEmpty() ? AreaStatus.notAssessed(Area.SUBSIDIES, "no-facts")
            : AreaStatus.assessed(Area.SUBSIDIES),
        areas.money == null ? AreaStatus.notAssessed(Area.MONEY, "no-rules")
            : moneyDecision == null ? AreaStatus.notAssessed(Area.MONEY, "no-facts") : AreaStatus.assessed(Area.MONEY),
        areas.owners == null ? AreaStatus.notAssessed(Area.OWNERS, "no-rules")
            : ownersDecision == null ? AreaStatus.notAssessed(Area.OWNERS, "no-facts")
            : AreaStatus.assessed(Area.OWNERS),
        areas.contract == null ? AreaStatus.notAssessed(Area.CONTRACT, "no-rules")
            : contract == null ? AreaStatus.notAssessed(Area.CONTRACT, "no-facts") : AreaStatus.assessed(Area.CONTRACT),
        areas.modeVote == null ? AreaStatus.notAssessed(Area.MODE_VOTE, "no-rules")
            : modeVote == null ? AreaStatus.notAssessed(Area.MODE_VOTE, "no-facts") : AreaStatus.assessed(Area.MODE_VOTE),
        areas.workOrders == null ? AreaStatus.notAssessed(Area.WORK_ORDERS, "no-rules")
            : orders.isEmpty() ? AreaStatus.notAssessed(Area.WORK_ORDERS, "no-facts")
            : AreaStatus.assessed(Area.WORK_ORDERS));
    List<Reason> reasons = new ArrayList<>();
    for (AreaStatus area : statuses) {
      reasons.add(area.assessed()
          ? Reason.noted(EstateRuleIds.AREA, Outcome.MET, SOURCE, Figure.term("area", area.area().name()))
          : Reason.noted(EstateRuleIds.AREA, Outcome.NOT_APPLICABLE, SOURCE, Figure.term("area", area.area().name()),
              Figure.term("why", area.why())));
    }
    List<String> path = statuses.get(2).assessed()
        ? tree.pathToRoot(estate.unitId()).stream().map(OrgUnit::id).toList() : List.of();
    Decision<WorkOrderAssessment> workOrders = validOrders == null ? null
        : areas.workOrders.decide(validOrders.get(), estate.id(), asOf);
    EstateReport report = new EstateReport(estate.id(), estate.name(), statuses, assessment, path, credit, awards,
        moneyDecision, ownersDecision, contract, modeVote, workOrders);
    return Result.decided(i, estate.id(), new Decision<>(report, reasons, areas.policy.ref(), asOf));
  }

  /** The estate's judged votes by id, so that a use of the maintenance fund can name the vote that approved it. */
  private static Map<String, VoteResult> votes(Decision<EstateAssessment> assessment) {
    Map<String, VoteResult> votes = new HashMap<>();
    assessment.value().votes().forEach(v -> votes.putIfAbsent(v.value().voteId(), v.value()));
    return votes;
  }

  /**
   * The decision on the last item naming the estate, its errors added to the estate's; null when
   * none names it.
   */
  private static <C extends io.propgov.governance.explain.Conclusion> Decision<C> last(List<Result<C>> results,
      Estate estate, java.util.function.IntFunction<String> estateOf, List<InputError> errors) {
    Decision<C> found = null;
    for (Result<C> result : results) {
      if (estate.id() == null || !estate.id().equals(estateOf.apply(result.index()))) {
        continue;
      }
      if (result.isDecided()) {
        found = result.decision();
      } else {
        errors.addAll(result.errors());
      }
    }
    return found;
  }

  /** An error of an estate's own orders, pointed at the order in the whole facts document. */
  private static InputError inFacts(InputError error, List<Integer> orders) {
    String pointer = error.pointer();
    if (!pointer.startsWith("/orders/")) {
      return error;
    }
    int end = pointer.indexOf('/', "/orders/".length());
    String index = end < 0 ? pointer.substring("/orders/".length()) : pointer.substring("/orders/".length(), end);
    String rest = end < 0 ? "" : pointer.substring(end);
    return new InputError("/orders/" + orders.get(Integer.parseInt(index)) + rest, error.code(), error.message());
  }

  private AreaStatus hierarchy(Estate estate) {
    if (areas.hierarchy == null) {
      return AreaStatus.notAssessed(Area.HIERARCHY, "no-rules");
    }
    if (facts.units().isEmpty()) {
      return AreaStatus.notAssessed(Area.HIERARCHY, "no-facts");
    }
    if (treeErrors) {
      return AreaStatus.notAssessed(Area.HIERARCHY, "tree-errors");
    }
    return estate.unitId() == null || !tree.contains(estate.unitId())
        ? AreaStatus.notAssessed(Area.HIERARCHY, "not-placed") : AreaStatus.assessed(Area.HIERARCHY);
  }

  /** The credit record of the estate's company, when the policy judges credit and the facts hold one. */
  private CompanyRecord creditRecord(Estate estate) {
    if (areas.credit == null || estate.company() == null) {
      return null;
    }
    Integer j = companies.get(estate.company().id());
    return j == null ? null : facts.companies().get(j);
  }
}
