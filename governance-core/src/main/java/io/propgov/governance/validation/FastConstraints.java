package io.propgov.governance.validation;

import io.propgov.governance.contract.ContractFields;
import io.propgov.governance.contract.ServiceContract;
import io.propgov.governance.mode.ModeFields;
import io.propgov.governance.mode.ModeVote;
import io.propgov.governance.constraint.FieldSink;
import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.credit.CreditEvent;
import io.propgov.governance.credit.CreditFields;
import io.propgov.governance.credit.Household;
import io.propgov.governance.credit.MonthlyArrears;
import io.propgov.governance.credit.Payment;
import io.propgov.governance.credit.StepTaken;
import io.propgov.governance.engine.GovernanceFacts;
import io.propgov.governance.error.InputError;
import io.propgov.governance.estate.Committee;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.EstateFields;
import io.propgov.governance.estate.FeeAccount;
import io.propgov.governance.estate.PartyStatus;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.money.CommonIncome;
import io.propgov.governance.money.Disclosure;
import io.propgov.governance.money.EstateMoney;
import io.propgov.governance.money.FeeLine;
import io.propgov.governance.money.FundAccount;
import io.propgov.governance.money.FundUse;
import io.propgov.governance.money.Ledger;
import io.propgov.governance.money.MaintenanceFund;
import io.propgov.governance.money.MoneyFields;
import io.propgov.governance.org.HierarchyFacts;
import io.propgov.governance.org.Meeting;
import io.propgov.governance.org.OrgFields;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.org.ResidentMatter;
import io.propgov.governance.owners.CommitteeMember;
import io.propgov.governance.owners.Delivery;
import io.propgov.governance.owners.EstateOwners;
import io.propgov.governance.owners.OwnersCommittee;
import io.propgov.governance.owners.OwnersFields;
import io.propgov.governance.owners.PropertyManagementCommittee;
import io.propgov.governance.satisfaction.SatisfactionFields;
import io.propgov.governance.satisfaction.SurveyAnswer;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.service.CoManagementAgreement;
import io.propgov.governance.service.ServiceFields;
import io.propgov.governance.service.ServiceProfile;
import io.propgov.governance.subsidy.Application;
import io.propgov.governance.subsidy.CostShare;
import io.propgov.governance.subsidy.CreditConsequence;
import io.propgov.governance.subsidy.CreditStanding;
import io.propgov.governance.subsidy.HouseholdArea;
import io.propgov.governance.subsidy.SafetyIncident;
import io.propgov.governance.subsidy.SubsidyFields;
import io.propgov.governance.vote.Ballot;
import io.propgov.governance.vote.OwnersVote;
import io.propgov.governance.vote.VoteFields;
import io.propgov.governance.workorder.WorkOrder;
import io.propgov.governance.workorder.WorkOrderFacts;
import io.propgov.governance.workorder.WorkOrderFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The hand-written executor: each facts package's field checks, without reflection.
 * {@link #DECLARED} lists what they check, component by component, so that a test can hold it
 * equal to the annotations.
 */
final class FastConstraints implements FactsConstraints {

  static final FastConstraints INSTANCE = new FastConstraints();

  /**
   * The constraints checked, by type: {@code component:Constraint} for the component itself,
   * {@code component[]:Constraint} for its elements ({@code Valid} meaning a cascade).
   */
  static final Map<Class<?>, List<String>> DECLARED = Map.ofEntries(
      Map.entry(Estate.class, List.of("id:NotNull", "id:NotBlankText", "company:Valid", "surveyRounds[]:NotNull",
          "surveyRounds[]:Valid", "votes[]:NotNull", "votes[]:Valid", "unitId:NotBlankText", "households:Min(0)",
          "fees:Valid", "committee:Valid", "service:Valid")),
      Map.entry(PropertyCompany.class, List.of("id:NotNull", "id:NotBlankText", "party:Valid",
          "qualitySupervisor:NotBlankText", "partyHead:NotBlankText")),
      Map.entry(PartyStatus.class, List.of("fullMembers:Min(0)")),
      Map.entry(Committee.class, List.of("kind:NotNull", "party:NotNull", "party:Valid")),
      Map.entry(FeeAccount.class, List.of("billed:NotNull", "billed:DecimalMin(0)", "collected:NotNull",
          "collected:DecimalMin(0)")),
      Map.entry(SurveyRound.class, List.of("id:NotNull", "id:NotBlankText", "date:NotNull", "households:Min(1)",
          "answers[]:NotNull", "answers[]:Valid")),
      Map.entry(SurveyAnswer.class, List.of("respondentId:NotNull", "respondentId:NotBlankText", "group:NotNull",
          "score:NotNull")),
      Map.entry(OwnersVote.class, List.of("id:NotNull", "id:NotBlankText", "matter:NotNull", "date:NotNull",
          "totalOwners:Min(1)", "totalArea:NotNull", "totalArea:DecimalMin(0,exclusive)", "ballots[]:NotNull",
          "ballots[]:Valid", "contractNoticeDays:Min(0)")),
      Map.entry(Ballot.class, List.of("ownerId:NotNull", "ownerId:NotBlankText", "area:NotNull",
          "area:DecimalMin(0,exclusive)", "choice:NotNull")),
      Map.entry(ServiceProfile.class, List.of("area:DecimalMin(0,exclusive)", "items[]:NotNull",
          "items[]:NotBlankText", "buildings[]:NotNull", "buildings[]:NotBlankText", "coManagement:Valid")),
      Map.entry(CoManagementAgreement.class, List.of("estateId:NotNull", "estateId:NotBlankText",
          "rotation[]:NotNull", "rotation[]:NotBlankText", "rotationStart:NotNull", "cycleMonths:Min(1)",
          "cycleMonths:Max(1200)")),
      Map.entry(CompanyRecord.class, List.of("companyId:NotNull", "companyId:NotBlankText", "events[]:NotNull",
          "events[]:Valid")),
      Map.entry(CreditEvent.class, List.of("id:NotNull", "id:NotBlankText", "code:NotNull", "code:NotBlankText",
          "date:NotNull", "points:DecimalMin(0)", "correctedOn:NotBefore(date)")),
      Map.entry(Household.class, List.of("id:NotNull", "id:NotBlankText", "arrears[]:NotNull", "arrears[]:Valid",
          "steps[]:NotNull", "steps[]:Valid", "planned[]:NotNull", "payments[]:NotNull", "payments[]:Valid",
          "agreedToPay[]:NotNull")),
      Map.entry(MonthlyArrears.class, List.of("month:NotNull", "amount:NotNull", "amount:DecimalMin(0,exclusive)",
          "amount:WholeFen")),
      Map.entry(Payment.class, List.of("date:NotNull", "amount:NotNull", "amount:DecimalMin(0,exclusive)",
          "amount:WholeFen")),
      Map.entry(StepTaken.class, List.of("action:NotNull", "date:NotNull", "ground:Min(1)", "ground:Max(6)",
          "extendedYears:Min(1)", "extendedYears:Max(3)")),
      Map.entry(Application.class, List.of("id:NotNull", "id:NotBlankText", "programmeId:NotNull",
          "programmeId:NotBlankText", "companyId:NotNull", "companyId:NotBlankText", "estateId:NotBlankText",
          "filed:NotNull", "builtYear:Min(1000)", "builtYear:Max(9999)", "floorArea:DecimalMin(0)", "fees:Valid",
          "inspectionPoints:DecimalMin(0)", "incidents[]:NotNull", "incidents[]:Valid", "credit:Valid")),
      Map.entry(CostShare.class, List.of("id:NotNull", "id:NotBlankText", "kind:NotNull", "kind:NotBlankText",
          "estateId:NotBlankText", "total:NotNull", "total:DecimalMin(0)", "total:WholeFen", "households:Size(1)",
          "households[]:NotNull", "households[]:Valid")),
      Map.entry(HouseholdArea.class, List.of("id:NotNull", "id:NotBlankText", "area:NotNull",
          "area:DecimalMin(0,exclusive)")),
      Map.entry(SafetyIncident.class, List.of("kind:NotNull", "kind:NotBlankText", "date:NotNull")),
      Map.entry(CreditStanding.class, List.of("consequences[]:NotNull", "consequences[]:Valid")),
      Map.entry(CreditConsequence.class, List.of("code:NotNull", "code:NotBlankText", "reason:NotNull")),
      Map.entry(OrgUnit.class, List.of("id:NotNull", "id:NotBlankText", "level:NotNull", "level:NotBlankText",
          "parentId:NotBlankText", "secretary:NotBlankText", "members[]:NotNull", "members[]:NotBlankText")),
      Map.entry(HierarchyFacts.class, List.of("units[]:NotNull", "units[]:Valid", "estates[]:NotNull",
          "estates[]:Valid", "matters[]:NotNull", "matters[]:Valid", "meetings[]:NotNull", "meetings[]:Valid")),
      Map.entry(Meeting.class, List.of("meeting:NotNull", "meeting:NotBlankText", "unitId:NotNull",
          "unitId:NotBlankText", "held:NotNull")),
      Map.entry(ResidentMatter.class, List.of("id:NotNull", "id:NotBlankText", "raisedAt:NotNull",
          "raisedAt:NotBlankText", "severity:NotNull", "severity:NotBlankText", "raisedOn:NotNull",
          "resolvedOn:NotBefore(raisedOn)")),
      Map.entry(GovernanceFacts.class, List.of("estates[]:NotNull", "estates[]:Valid", "units[]:NotNull",
          "units[]:Valid", "matters[]:NotNull", "matters[]:Valid", "meetings[]:NotNull", "meetings[]:Valid",
          "companies[]:NotNull", "companies[]:Valid", "households[]:NotNull", "households[]:Valid",
          "applications[]:NotNull", "applications[]:Valid", "costShares[]:NotNull", "costShares[]:Valid",
          "money[]:NotNull", "money[]:Valid", "owners[]:NotNull", "owners[]:Valid", "contracts[]:NotNull",
          "contracts[]:Valid", "modeVotes[]:NotNull", "modeVotes[]:Valid", "orders[]:NotNull",
          "orders[]:Valid")),
      Map.entry(ServiceContract.class, List.of("id:NotNull", "id:NotBlankText", "estateId:NotNull",
          "estateId:NotBlankText", "companyId:NotBlankText", "contractNoticeDays:Min(0)", "exitDays:Min(0)")),
      Map.entry(ModeVote.class, List.of("estateId:NotNull", "estateId:NotBlankText", "proposedMode:NotNull",
          "vote:NotNull", "vote:Valid")),
      Map.entry(EstateMoney.class, List.of("estateId:NotNull", "estateId:NotBlankText", "companyId:NotBlankText",
          "disclosures[]:NotNull", "disclosures[]:Valid", "fees[]:NotNull", "fees[]:Valid", "fund:Valid",
          "commonIncome[]:NotNull", "commonIncome[]:Valid", "ledger:Valid")),
      Map.entry(Disclosure.class, List.of("item:NotNull", "item:NotBlankText", "period:NotNull", "publishedOn:NotNull",
          "where:NotBlankText")),
      Map.entry(FeeLine.class, List.of("companyId:NotBlankText", "item:NotNull", "item:NotBlankText",
          "tier:NotBlankText", "published:DecimalMin(0)", "charged:DecimalMin(0)")),
      Map.entry(MaintenanceFund.class, List.of("constructionCost:NotNull", "constructionCost:DecimalMin(0,exclusive)",
          "accounts[]:NotNull", "accounts[]:Valid", "uses[]:NotNull", "uses[]:Valid")),
      Map.entry(FundAccount.class, List.of("ownerId:NotNull", "ownerId:NotBlankText", "area:NotNull",
          "area:DecimalMin(0,exclusive)", "firstDeposit:DecimalMin(0)", "firstDeposit:WholeFen", "balance:NotNull",
          "balance:DecimalMin(0)", "balance:WholeFen")),
      Map.entry(FundUse.class, List.of("id:NotNull", "id:NotBlankText", "date:NotNull", "amount:NotNull",
          "amount:DecimalMin(0,exclusive)", "amount:WholeFen", "emergency:NotBlankText", "voteId:NotBlankText",
          "steps[]:NotNull", "steps[]:NotBlankText")),
      Map.entry(CommonIncome.class, List.of("id:NotNull", "id:NotBlankText", "kind:NotNull", "income:NotNull",
          "income:DecimalMin(0)", "income:WholeFen", "cost:NotNull", "cost:DecimalMin(0)", "cost:WholeFen")),
      Map.entry(Ledger.class, List.of("income:NotNull", "income:DecimalMin(0)", "income:WholeFen", "cost:NotNull",
          "cost:DecimalMin(0)", "cost:WholeFen")),
      Map.entry(EstateOwners.class, List.of("estateId:NotNull", "estateId:NotBlankText", "totalArea:NotNull",
          "totalArea:DecimalMin(0,exclusive)", "deliveries[]:NotNull", "deliveries[]:Valid", "committee:Valid",
          "managementCommittee:Valid")),
      Map.entry(Delivery.class, List.of("date:NotNull", "area:NotNull", "area:DecimalMin(0,exclusive)")),
      Map.entry(OwnersCommittee.class, List.of("elected:NotNull", "members[]:NotNull", "members[]:Valid")),
      Map.entry(CommitteeMember.class, List.of("name:NotNull", "name:NotBlankText")),
      Map.entry(PropertyManagementCommittee.class, List.of("formed:NotNull")),
      Map.entry(WorkOrderFacts.class, List.of("units[]:NotNull", "units[]:Valid", "orders[]:NotNull",
          "orders[]:Valid")),
      Map.entry(WorkOrder.class, List.of("id:NotNull", "id:NotBlankText", "source:NotNull", "category:NotNull",
          "category:NotBlankText", "unitId:NotNull", "unitId:NotBlankText", "estateId:NotBlankText",
          "companyId:NotBlankText", "receivedOn:NotNull", "closedOn:NotBefore(receivedOn)", "rating:NotBlankText")));

  private FastConstraints() {}

  @Override
  public List<InputError> check(Object facts, String pointer, Locale locale) {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(pointer, "pointer");
    FieldSink sink = new FieldSink(locale);
    any(facts, pointer, sink);
    return sink.sorted();
  }

  static void any(Object facts, Object at, FieldSink sink) {
    if (facts instanceof Estate x) {
      EstateFields.estate(x, at, sink);
    } else if (facts instanceof GovernanceFacts x) {
      governance(x, at, sink);
    } else if (facts instanceof HierarchyFacts x) {
      OrgFields.hierarchy(x, at, sink);
    } else if (facts instanceof SurveyRound x) {
      SatisfactionFields.round(x, at, sink);
    } else if (facts instanceof SurveyAnswer x) {
      SatisfactionFields.answer(x, at, sink);
    } else if (facts instanceof OwnersVote x) {
      VoteFields.vote(x, at, sink);
    } else if (facts instanceof Ballot x) {
      VoteFields.ballot(x, at, sink);
    } else if (facts instanceof PropertyCompany x) {
      EstateFields.company(x, at, sink);
    } else if (facts instanceof PartyStatus x) {
      EstateFields.party(x, at, sink);
    } else if (facts instanceof Committee x) {
      EstateFields.committee(x, at, sink);
    } else if (facts instanceof FeeAccount x) {
      EstateFields.fees(x, at, sink);
    } else if (facts instanceof ServiceProfile x) {
      ServiceFields.service(x, at, sink);
    } else if (facts instanceof CoManagementAgreement x) {
      ServiceFields.agreement(x, at, sink);
    } else if (facts instanceof CompanyRecord x) {
      CreditFields.record(x, at, sink);
    } else if (facts instanceof CreditEvent x) {
      CreditFields.event(x, at, sink);
    } else if (facts instanceof Household x) {
      CreditFields.household(x, at, sink);
    } else if (facts instanceof MonthlyArrears x) {
      CreditFields.arrears(x, at, sink);
    } else if (facts instanceof Payment x) {
      CreditFields.payment(x, at, sink);
    } else if (facts instanceof StepTaken x) {
      CreditFields.step(x, at, sink);
    } else if (facts instanceof Application x) {
      SubsidyFields.application(x, at, sink);
    } else if (facts instanceof CostShare x) {
      SubsidyFields.costShare(x, at, sink);
    } else if (facts instanceof HouseholdArea x) {
      SubsidyFields.householdArea(x, at, sink);
    } else if (facts instanceof SafetyIncident x) {
      SubsidyFields.incident(x, at, sink);
    } else if (facts instanceof CreditStanding x) {
      SubsidyFields.standing(x, at, sink);
    } else if (facts instanceof CreditConsequence x) {
      SubsidyFields.consequence(x, at, sink);
    } else if (facts instanceof EstateMoney x) {
      MoneyFields.money(x, at, sink);
    } else if (facts instanceof Disclosure x) {
      MoneyFields.disclosure(x, at, sink);
    } else if (facts instanceof FeeLine x) {
      MoneyFields.fee(x, at, sink);
    } else if (facts instanceof MaintenanceFund x) {
      MoneyFields.fund(x, at, sink);
    } else if (facts instanceof FundAccount x) {
      MoneyFields.account(x, at, sink);
    } else if (facts instanceof FundUse x) {
      MoneyFields.use(x, at, sink);
    } else if (facts instanceof CommonIncome x) {
      MoneyFields.income(x, at, sink);
    } else if (facts instanceof Ledger x) {
      MoneyFields.ledger(x, at, sink);
    } else if (facts instanceof ServiceContract x) {
      ContractFields.contract(x, at, sink);
    } else if (facts instanceof ModeVote x) {
      ModeFields.modeVote(x, at, sink);
    } else if (facts instanceof OrgUnit x) {
      OrgFields.unit(x, at, sink);
    } else if (facts instanceof Meeting x) {
      OrgFields.meeting(x, at, sink);
    } else if (facts instanceof ResidentMatter x) {
      OrgFields.matter(x, at, sink);
    } else if (facts instanceof EstateOwners x) {
      OwnersFields.owners(x, at, sink);
    } else if (facts instanceof Delivery x) {
      OwnersFields.delivery(x, at, sink);
    } else if (facts instanceof OwnersCommittee x) {
      OwnersFields.committee(x, at, sink);
    } else if (facts instanceof CommitteeMember x) {
      OwnersFields.member(x, at, sink);
    } else if (facts instanceof PropertyManagementCommittee x) {
      OwnersFields.managementCommittee(x, at, sink);
    } else if (facts instanceof WorkOrderFacts x) {
      WorkOrderFields.facts(x, at, sink);
    } else if (facts instanceof WorkOrder x) {
      WorkOrderFields.order(x, at, sink);
    } else {
      throw new IllegalArgumentException("not a facts type: " + facts.getClass().getName() + "; the facts types are "
          + DECLARED.keySet().stream().map(Class::getSimpleName).sorted().toList());
    }
  }

  /** Every constraint of a whole facts document. */
  static void governance(GovernanceFacts g, Object at, FieldSink sink) {
    sink.list(g.estates(), at, "estates", EstateFields::estate);
    sink.list(g.units(), at, "units", OrgFields::unit);
    sink.list(g.matters(), at, "matters", OrgFields::matter);
    sink.list(g.meetings(), at, "meetings", OrgFields::meeting);
    sink.list(g.companies(), at, "companies", CreditFields::record);
    sink.list(g.households(), at, "households", CreditFields::household);
    sink.list(g.applications(), at, "applications", SubsidyFields::application);
    sink.list(g.costShares(), at, "costShares", SubsidyFields::costShare);
    sink.list(g.money(), at, "money", MoneyFields::money);
    sink.list(g.owners(), at, "owners", OwnersFields::owners);
    sink.list(g.contracts(), at, "contracts", ContractFields::contract);
    sink.list(g.modeVotes(), at, "modeVotes", ModeFields::modeVote);
    sink.list(g.orders(), at, "orders", WorkOrderFields::order);
  }

  @Override
  public String toString() {
    return "FactsConstraints.fast()";
  }
}
