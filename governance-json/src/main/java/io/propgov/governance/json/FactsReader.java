package io.propgov.governance.json;

import io.propgov.governance.contract.ServiceContract;
import io.propgov.governance.mode.ModeVote;
import com.fasterxml.jackson.databind.JsonNode;
import io.propgov.governance.credit.ArrearsAction;
import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.credit.CreditEvent;
import io.propgov.governance.credit.Household;
import io.propgov.governance.credit.MonthlyArrears;
import io.propgov.governance.credit.Payment;
import io.propgov.governance.credit.StepTaken;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.estate.Committee;
import io.propgov.governance.estate.CommitteeKind;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.FeeAccount;
import io.propgov.governance.estate.PartyForm;
import io.propgov.governance.estate.PartyStatus;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.explain.Label;
import io.propgov.governance.money.CommonIncome;
import io.propgov.governance.money.Disclosure;
import io.propgov.governance.money.EstateMoney;
import io.propgov.governance.money.FeeLine;
import io.propgov.governance.money.FundAccount;
import io.propgov.governance.money.FundUse;
import io.propgov.governance.money.IncomeKind;
import io.propgov.governance.money.Ledger;
import io.propgov.governance.money.MaintenanceFund;
import io.propgov.governance.org.Meeting;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.org.ResidentMatter;
import io.propgov.governance.satisfaction.RespondentGroup;
import io.propgov.governance.satisfaction.SurveyAnswer;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.service.CoManagementAgreement;
import io.propgov.governance.service.ServiceMode;
import io.propgov.governance.service.ServiceProfile;
import io.propgov.governance.subsidy.Application;
import io.propgov.governance.owners.CommitteeMember;
import io.propgov.governance.owners.Delivery;
import io.propgov.governance.owners.EstateOwners;
import io.propgov.governance.owners.OwnersCommittee;
import io.propgov.governance.owners.PropertyManagementCommittee;
import io.propgov.governance.subsidy.CostShare;
import io.propgov.governance.subsidy.CreditConsequence;
import io.propgov.governance.subsidy.CreditStanding;
import io.propgov.governance.subsidy.HouseholdArea;
import io.propgov.governance.subsidy.SafetyIncident;
import io.propgov.governance.validation.FactsConstraints;
import io.propgov.governance.vote.Ballot;
import io.propgov.governance.vote.BallotChoice;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.OwnersVote;
import io.propgov.governance.workorder.OrderSource;
import io.propgov.governance.workorder.WorkOrder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads facts documents: limits and the schema first, then every object bound to its core
 * record, children before their parent. A record constructor's rejection is reported at the
 * pointer of the object being built. An object at or below which an error was found is not
 * built, and so neither are the objects containing it, but every other object still is, so that
 * the schema's errors and the records' own checks come out together.
 * Thread-safe: each read uses its own {@link Binding}.
 */
final class FactsReader {

  private final Schemas schemas;

  FactsReader(Schemas schemas) {
    this.schemas = schemas;
  }

  Facts readFacts(Documents.Parsed parsed) {
    JsonNode root = checked(parsed);
    Binding binding = new Binding(new Findings());
    binding.findings.addAll(Findings.SCHEMA, schemas.validateFacts(root));
    Facts facts = binding.facts(root);
    binding.throwIfAny(root);
    return facts;
  }

  Estate readEstate(Documents.Parsed parsed) {
    JsonNode root = checked(parsed);
    Binding binding = new Binding(new Findings());
    binding.findings.addAll(Findings.SCHEMA, schemas.validateEstate(root));
    Estate estate = binding.estate(root, "");
    binding.throwIfAny(root);
    return estate;
  }

  private static JsonNode checked(Documents.Parsed document) {
    Documents.Parsed parsed = document.object();
    if (parsed.error() != null) {
      throw new InvalidFactsException(List.of(parsed.error()));
    }
    List<InputError> limits = Documents.numberLimits(parsed.root());
    if (!limits.isEmpty()) {
      // Numbers past the limits are not safe to check or compute with: report them alone.
      throw new InvalidFactsException(limits);
    }
    return parsed.root();
  }

  /** One read: the errors found so far and the binding of each kind of object. */
  private static final class Binding {

    private final Findings findings;

    Binding(Findings findings) {
      this.findings = findings;
    }

    void throwIfAny(JsonNode root) {
      if (!findings.isEmpty()) {
        throw new InvalidFactsException(findings.sorted(root));
      }
    }

    Facts facts(JsonNode root) {
      List<OrgUnit> units = list(root.path("units"), "/units", this::unit);
      List<Estate> estates = list(root.path("estates"), "/estates", this::estate);
      List<ResidentMatter> matters = list(root.path("matters"), "/matters", this::matter);
      List<Meeting> meetings = list(root.path("meetings"), "/meetings", this::meeting);
      List<CompanyRecord> companies = list(root.path("companies"), "/companies", this::creditRecord);
      List<Household> households = list(root.path("households"), "/households", this::household);
      List<Application> applications = list(root.path("applications"), "/applications", this::application);
      List<CostShare> costShares = list(root.path("costShares"), "/costShares", this::costShare);
      List<ServiceContract> contracts = list(root.path("contracts"), "/contracts", this::contract);
      List<ModeVote> modeVotes = list(root.path("modeVotes"), "/modeVotes", this::modeVote);
      List<EstateMoney> money = list(root.path("money"), "/money", this::money);
      List<EstateOwners> owners = list(root.path("owners"), "/owners", this::owners);
      List<WorkOrder> orders = list(root.path("orders"), "/orders", this::workOrder);
      LocalDate asOf = root.hasNonNull("asOf") ? date(root.get("asOf"), "/asOf") : null;
      if (units == null || estates == null || matters == null || meetings == null || companies == null
          || households == null || applications == null || costShares == null || money == null
          || owners == null || contracts == null || modeVotes == null || orders == null
          || findings.anyWithin("/asOf")) {
        return null;
      }
      return build("", () -> new Facts(estates, asOf, units, matters, meetings, companies, households, applications,
          costShares, money, owners, contracts, modeVotes, orders));
    }

    WorkOrder workOrder(JsonNode node, String at) {
      LocalDate received = date(node.get("receivedOn"), at + "/receivedOn");
      LocalDate responded = node.hasNonNull("respondedOn") ? date(node.get("respondedOn"), at + "/respondedOn") : null;
      LocalDate resolved = node.hasNonNull("resolvedOn") ? date(node.get("resolvedOn"), at + "/resolvedOn") : null;
      LocalDate closed = node.hasNonNull("closedOn") ? date(node.get("closedOn"), at + "/closedOn") : null;
      if (findings.anyWithin(at) || received == null) {
        return null;
      }
      return build(at, () -> new WorkOrder(text(node, "id"), OrderSource.valueOf(node.path("source").textValue()),
          text(node, "category"), text(node, "unitId"), text(node, "estateId"), text(node, "companyId"), received,
          responded, resolved, closed, node.hasNonNull("callerSolved") ? node.get("callerSolved").booleanValue() : null,
          text(node, "rating"), node.path("upheld").booleanValue()));
    }

    ServiceContract contract(JsonNode node, String at) {
      LocalDate termEnd = optionalDate(node, at, "termEnd");
      LocalDate nonRenewal = optionalDate(node, at, "nonRenewalNotice");
      LocalDate decision = optionalDate(node, at, "ownersDecision");
      LocalDate notice = optionalDate(node, at, "terminationNotice");
      LocalDate handedOver = optionalDate(node, at, "handedOver");
      if (findings.anyWithin(at)) {
        return null;
      }
      Boolean written = node.hasNonNull("terminationNoticeWritten") ? node.get("terminationNoticeWritten").booleanValue()
          : null;
      return build(at, () -> new ServiceContract(text(node, "id"), text(node, "estateId"), text(node, "companyId"),
          termEnd, nonRenewal, integer(node, "contractNoticeDays"), decision, notice, written,
          integer(node, "exitDays"), handedOver));
    }

    ModeVote modeVote(JsonNode node, String at) {
      OwnersVote vote = findings.anyWithin(at) || !node.path("vote").isObject() ? null
          : vote(node.get("vote"), at + "/vote");
      if (findings.anyWithin(at) || vote == null) {
        return null;
      }
      return build(at, () -> new ModeVote(text(node, "estateId"), ServiceMode.of(text(node, "proposedMode")), vote));
    }

    private LocalDate optionalDate(JsonNode node, String at, String name) {
      return node.hasNonNull(name) ? date(node.get(name), at + "/" + name) : null;
    }

    private static Integer integer(JsonNode node, String name) {
      return node.hasNonNull(name) ? node.get(name).intValue() : null;
    }

    EstateOwners owners(JsonNode node, String at) {
      List<Delivery> deliveries = list(node.path("deliveries"), at + "/deliveries", this::delivery);
      LocalDate first = node.hasNonNull("firstAssembly") ? date(node.get("firstAssembly"), at + "/firstAssembly") : null;
      OwnersCommittee committee = null;
      if (node.hasNonNull("committee")) {
        JsonNode c = node.get("committee");
        LocalDate elected = date(c.get("elected"), at + "/committee/elected");
        List<CommitteeMember> members = list(c.path("members"), at + "/committee/members", this::member);
        if (elected != null && members != null && !findings.anyWithin(at + "/committee")) {
          committee = build(at + "/committee", () -> new OwnersCommittee(elected, members));
        }
      }
      PropertyManagementCommittee standIn = null;
      if (node.hasNonNull("managementCommittee")) {
        LocalDate formed = date(node.get("managementCommittee").get("formed"), at + "/managementCommittee/formed");
        if (formed != null) {
          standIn = build(at + "/managementCommittee", () -> new PropertyManagementCommittee(formed));
        }
      }
      if (findings.anyWithin(at) || deliveries == null) {
        return null;
      }
      OwnersCommittee builtCommittee = committee;
      PropertyManagementCommittee builtStandIn = standIn;
      return build(at, () -> new EstateOwners(text(node, "estateId"), decimal(node, "totalArea"), deliveries, first,
          builtCommittee, builtStandIn));
    }

    Delivery delivery(JsonNode node, String at) {
      LocalDate date = date(node.get("date"), at + "/date");
      if (findings.anyWithin(at) || date == null) {
        return null;
      }
      return build(at, () -> new Delivery(date, decimal(node, "area")));
    }

    CommitteeMember member(JsonNode node, String at) {
      if (findings.anyWithin(at)) {
        return null;
      }
      return build(at, () -> new CommitteeMember(text(node, "name"), node.path("partyMember").booleanValue(),
          node.path("communityCommittee").booleanValue()));
    }

    CompanyRecord creditRecord(JsonNode node, String at) {
      List<CreditEvent> events = list(node.path("events"), at + "/events", this::creditEvent);
      if (findings.anyWithin(at) || events == null) {
        return null;
      }
      return build(at, () -> new CompanyRecord(text(node, "id"), text(node, "name"), events));
    }

    CreditEvent creditEvent(JsonNode node, String at) {
      LocalDate date = date(node.get("date"), at + "/date");
      LocalDate corrected = node.hasNonNull("correctedOn") ? date(node.get("correctedOn"), at + "/correctedOn") : null;
      if (findings.anyWithin(at) || date == null) {
        return null;
      }
      return build(at, () -> new CreditEvent(text(node, "id"), text(node, "code"), date,
          node.hasNonNull("points") ? node.get("points").decimalValue() : null, corrected));
    }

    Household household(JsonNode node, String at) {
      List<MonthlyArrears> arrears = list(node.path("arrears"), at + "/arrears", this::monthlyArrears);
      List<StepTaken> steps = list(node.path("steps"), at + "/steps", this::stepTaken);
      List<Payment> payments = list(node.path("payments"), at + "/payments", this::payment);
      List<LocalDate> agreed = new ArrayList<>();
      JsonNode agreements = node.path("agreedToPay");
      for (int i = 0; i < agreements.size(); i++) {
        agreed.add(date(agreements.get(i), at + "/agreedToPay/" + i));
      }
      if (findings.anyWithin(at) || arrears == null || steps == null || payments == null || agreed.contains(null)) {
        return null;
      }
      return build(at, () -> {
        List<ArrearsAction> planned = new ArrayList<>();
        node.path("planned").forEach(a -> planned.add(ArrearsAction.of(a.textValue())));
        return new Household(text(node, "id"), text(node, "name"), arrears, steps, planned,
            node.path("committeeCandidate").booleanValue(), payments, agreed);
      });
    }

    Payment payment(JsonNode node, String at) {
      LocalDate date = date(node.get("date"), at + "/date");
      if (findings.anyWithin(at) || date == null) {
        return null;
      }
      return build(at, () -> new Payment(date, node.path("amount").decimalValue()));
    }

    MonthlyArrears monthlyArrears(JsonNode node, String at) {
      if (findings.anyWithin(at)) {
        return null;
      }
      return build(at, () -> new MonthlyArrears(YearMonth.parse(text(node, "month")), node.path("amount").decimalValue()));
    }

    StepTaken stepTaken(JsonNode node, String at) {
      LocalDate date = date(node.get("date"), at + "/date");
      LocalDate ended = node.hasNonNull("endedOn") ? date(node.get("endedOn"), at + "/endedOn") : null;
      if (findings.anyWithin(at) || date == null) {
        return null;
      }
      Boolean reached = node.has("reachedDebtor") ? node.get("reachedDebtor").booleanValue() : null;
      Integer ground = node.has("ground") ? node.get("ground").intValue() : null;
      Integer extended = node.has("extendedYears") ? node.get("extendedYears").intValue() : null;
      return build(at, () -> new StepTaken(ArrearsAction.of(node.path("action").textValue()), date, reached, ended,
          ground, extended));
    }

    Application application(JsonNode node, String at) {
      FeeAccount fees = node.hasNonNull("fees") ? fees(node.get("fees"), at + "/fees") : null;
      List<SafetyIncident> incidents = list(node.path("incidents"), at + "/incidents", this::incident);
      List<CreditConsequence> credit = node.has("credit")
          ? list(node.path("credit"), at + "/credit", this::consequence) : null;
      LocalDate filed = date(node.get("filed"), at + "/filed");
      if (findings.anyWithin(at) || incidents == null || filed == null) {
        return null;
      }
      Integer built = node.hasNonNull("builtYear") ? node.get("builtYear").intValue() : null;
      return build(at, () -> new Application(text(node, "id"), text(node, "programmeId"), text(node, "companyId"),
          text(node, "estateId"), filed, built, decimal(node, "floorArea"), fees, decimal(node, "inspectionPoints"),
          incidents, credit == null ? null : new CreditStanding(credit)));
    }

    SafetyIncident incident(JsonNode node, String at) {
      LocalDate date = date(node.get("date"), at + "/date");
      if (findings.anyWithin(at) || date == null) {
        return null;
      }
      return build(at, () -> new SafetyIncident(text(node, "kind"), date));
    }

    CreditConsequence consequence(JsonNode node, String at) {
      if (findings.anyWithin(at)) {
        return null;
      }
      return build(at, () -> new CreditConsequence(text(node, "code"), new Label(text(node, "en"), text(node, "zh"))));
    }

    CostShare costShare(JsonNode node, String at) {
      List<HouseholdArea> households = list(node.path("households"), at + "/households", this::householdArea);
      if (findings.anyWithin(at) || households == null) {
        return null;
      }
      return build(at, () -> new CostShare(text(node, "id"), text(node, "kind"), text(node, "estateId"),
          node.path("total").decimalValue(), households));
    }

    EstateMoney money(JsonNode node, String at) {
      LocalDate since = node.hasNonNull("servingSince") ? date(node.get("servingSince"), at + "/servingSince") : null;
      List<Disclosure> disclosures = list(node.path("disclosures"), at + "/disclosures", this::disclosure);
      List<FeeLine> fees = list(node.path("fees"), at + "/fees", this::feeLine);
      MaintenanceFund fund = node.hasNonNull("fund") ? fund(node.get("fund"), at + "/fund") : null;
      List<CommonIncome> incomes = list(node.path("commonIncome"), at + "/commonIncome", this::commonIncome);
      if (findings.anyWithin(at) || disclosures == null || fees == null || incomes == null
          || (node.hasNonNull("fund") && fund == null)) {
        return null;
      }
      JsonNode l = node.get("ledger");
      Ledger ledger = l == null || l.isNull() ? null
          : build(at + "/ledger", () -> new Ledger(decimal(l, "income"), decimal(l, "cost"),
              l.path("collectsFees").booleanValue()));
      if (l != null && !l.isNull() && ledger == null) {
        return null;
      }
      return build(at, () -> new EstateMoney(text(node, "estateId"), text(node, "companyId"), since, disclosures, fees,
          fund, incomes, ledger));
    }

    Disclosure disclosure(JsonNode node, String at) {
      LocalDate period = date(node.get("period"), at + "/period");
      LocalDate published = date(node.get("publishedOn"), at + "/publishedOn");
      if (findings.anyWithin(at) || period == null || published == null) {
        return null;
      }
      return build(at, () -> new Disclosure(text(node, "item"), period, published, text(node, "where")));
    }

    FeeLine feeLine(JsonNode node, String at) {
      if (findings.anyWithin(at)) {
        return null;
      }
      return build(at, () -> new FeeLine(text(node, "companyId"), text(node, "item"), text(node, "tier"),
          decimal(node, "published"), decimal(node, "charged")));
    }

    MaintenanceFund fund(JsonNode node, String at) {
      List<FundAccount> accounts = list(node.path("accounts"), at + "/accounts", this::fundAccount);
      List<FundUse> uses = list(node.path("uses"), at + "/uses", this::fundUse);
      if (findings.anyWithin(at) || accounts == null || uses == null) {
        return null;
      }
      return build(at, () -> new MaintenanceFund(decimal(node, "constructionCost"), accounts, uses));
    }

    FundAccount fundAccount(JsonNode node, String at) {
      if (findings.anyWithin(at)) {
        return null;
      }
      return build(at, () -> new FundAccount(text(node, "ownerId"), decimal(node, "area"), decimal(node, "firstDeposit"),
          decimal(node, "balance")));
    }

    FundUse fundUse(JsonNode node, String at) {
      LocalDate date = date(node.get("date"), at + "/date");
      if (findings.anyWithin(at) || date == null) {
        return null;
      }
      List<String> steps = new ArrayList<>();
      node.path("steps").forEach(step -> steps.add(step.textValue()));
      return build(at, () -> new FundUse(text(node, "id"), date, decimal(node, "amount"), text(node, "emergency"),
          text(node, "voteId"), steps));
    }

    CommonIncome commonIncome(JsonNode node, String at) {
      if (findings.anyWithin(at)) {
        return null;
      }
      return build(at, () -> new CommonIncome(text(node, "id"), IncomeKind.valueOf(node.path("kind").textValue()),
          decimal(node, "income"), decimal(node, "cost"), node.path("disclosed").booleanValue()));
    }

    HouseholdArea householdArea(JsonNode node, String at) {
      if (findings.anyWithin(at)) {
        return null;
      }
      return build(at, () -> new HouseholdArea(text(node, "id"), node.path("area").decimalValue()));
    }

    private static java.math.BigDecimal decimal(JsonNode node, String name) {
      return node.hasNonNull(name) ? node.get(name).decimalValue() : null;
    }

    Estate estate(JsonNode node, String at) {
      PropertyCompany company = node.hasNonNull("company") ? company(node.get("company"), at + "/company") : null;
      FeeAccount fees = node.hasNonNull("fees") ? fees(node.get("fees"), at + "/fees") : null;
      Committee committee = node.hasNonNull("committee") ? committee(node.get("committee"), at + "/committee") : null;
      List<SurveyRound> rounds = list(node.path("surveyRounds"), at + "/surveyRounds", this::round);
      List<OwnersVote> votes = list(node.path("votes"), at + "/votes", this::vote);
      if (findings.anyWithin(at) || rounds == null || votes == null) {
        return null;
      }
      ServiceProfile service = node.hasNonNull("service") ? service(node.get("service"), at + "/service",
          text(node, "id")) : null;
      if (node.hasNonNull("service") && service == null) {
        return null;
      }
      ServiceMode mode = node.hasNonNull("serviceMode") ? ServiceMode.of(node.get("serviceMode").textValue()) : null;
      return build(at, () -> new Estate(text(node, "id"), text(node, "name"), company, rounds, votes,
          text(node, "unitId"), node.path("households").intValue(), mode, fees, committee, service));
    }

    ServiceProfile service(JsonNode node, String at, String estateId) {
      CoManagementAgreement agreement = null;
      if (node.hasNonNull("coManagement")) {
        agreement = build(at + "/coManagement", () -> ServiceFactsJson.agreement(node.get("coManagement"),
            estateId == null ? "" : estateId));
        if (agreement == null) {
          return null;
        }
      }
      CoManagementAgreement built = agreement;
      return build(at, () -> ServiceFactsJson.profile(node, built));
    }

    PropertyCompany company(JsonNode node, String at) {
      PartyStatus party = node.hasNonNull("party") ? party(node.get("party"), at + "/party") : null;
      if (findings.anyWithin(at)) {
        return null;
      }
      return build(at, () -> new PropertyCompany(text(node, "id"), text(node, "name"), party,
          text(node, "qualitySupervisor"), text(node, "partyHead")));
    }

    PartyStatus party(JsonNode node, String at) {
      if (findings.anyWithin(at)) {
        return null;
      }
      PartyForm form = node.hasNonNull("organisation") ? PartyForm.valueOf(node.get("organisation").textValue()) : null;
      return build(at, () -> new PartyStatus(node.path("fullMembers").intValue(), form,
          node.path("jointBranch").booleanValue(), node.path("instructor").booleanValue()));
    }

    FeeAccount fees(JsonNode node, String at) {
      if (findings.anyWithin(at)) {
        return null;
      }
      return build(at, () -> new FeeAccount(node.path("billed").decimalValue(), node.path("collected").decimalValue()));
    }

    Committee committee(JsonNode node, String at) {
      PartyStatus party = findings.anyWithin(at) ? null : party(node.get("party"), at + "/party");
      if (findings.anyWithin(at) || party == null) {
        return null;
      }
      return build(at, () -> new Committee(CommitteeKind.valueOf(node.path("kind").textValue()), party));
    }

    OrgUnit unit(JsonNode node, String at) {
      if (findings.anyWithin(at)) {
        return null;
      }
      List<String> members = new ArrayList<>();
      node.path("members").forEach(m -> members.add(m.textValue()));
      return build(at, () -> new OrgUnit(text(node, "id"), text(node, "level"), text(node, "parentId"),
          text(node, "name"), text(node, "secretary"), members));
    }

    ResidentMatter matter(JsonNode node, String at) {
      LocalDate raisedOn = date(node.get("raisedOn"), at + "/raisedOn");
      LocalDate resolvedOn = node.hasNonNull("resolvedOn") ? date(node.get("resolvedOn"), at + "/resolvedOn") : null;
      if (findings.anyWithin(at) || raisedOn == null) {
        return null;
      }
      return build(at, () -> new ResidentMatter(text(node, "id"), text(node, "raisedAt"), text(node, "severity"),
          raisedOn, resolvedOn));
    }

    Meeting meeting(JsonNode node, String at) {
      LocalDate held = date(node.get("held"), at + "/held");
      if (findings.anyWithin(at) || held == null) {
        return null;
      }
      return build(at, () -> new Meeting(text(node, "meeting"), text(node, "unitId"), held));
    }

    SurveyRound round(JsonNode node, String at) {
      List<SurveyAnswer> answers = list(node.path("answers"), at + "/answers", this::answer);
      LocalDate date = date(node.get("date"), at + "/date");
      if (findings.anyWithin(at) || answers == null || date == null) {
        return null;
      }
      return build(at, () -> new SurveyRound(text(node, "id"), date, node.path("households").intValue(), answers));
    }

    SurveyAnswer answer(JsonNode node, String at) {
      if (findings.anyWithin(at)) {
        return null;
      }
      return build(at, () -> new SurveyAnswer(text(node, "respondentId"),
          RespondentGroup.valueOf(node.path("group").textValue()), node.path("score").decimalValue()));
    }

    OwnersVote vote(JsonNode node, String at) {
      List<Ballot> ballots = list(node.path("ballots"), at + "/ballots", this::ballot);
      LocalDate date = date(node.get("date"), at + "/date");
      if (findings.anyWithin(at) || ballots == null || date == null) {
        return null;
      }
      Integer notice = node.hasNonNull("contractNoticeDays") ? node.get("contractNoticeDays").intValue() : null;
      return build(at, () -> new OwnersVote(text(node, "id"), Matter.valueOf(node.path("matter").textValue()), date,
          node.path("totalOwners").intValue(), node.path("totalArea").decimalValue(), ballots, notice));
    }

    Ballot ballot(JsonNode node, String at) {
      if (findings.anyWithin(at)) {
        return null;
      }
      return build(at, () -> new Ballot(text(node, "ownerId"), node.path("area").decimalValue(),
          BallotChoice.valueOf(node.path("choice").textValue())));
    }

    /** Binds every element; returns null when any fails (each failure already recorded). */
    private <T> List<T> list(JsonNode array, String at, Element<T> element) {
      if (array.isMissingNode()) {
        return List.of();
      }
      if (!array.isArray()) {
        return null; // the schema reported it
      }
      List<T> values = new ArrayList<>(array.size());
      boolean ok = true;
      for (int i = 0; i < array.size(); i++) {
        T value = element.bind(array.get(i), Pointers.child(at, i));
        ok &= value != null;
        values.add(value);
      }
      return ok ? values : null;
    }

    private LocalDate date(JsonNode node, String at) {
      if (findings.anyWithin(at)) {
        return null;
      }
      return PolicyReader.date(node, at, findings);
    }

    /**
     * Calls a record constructor, then checks the record's field constraints (those the schema
     * cannot state, such as text blank in Unicode's sense); a rejection is recorded at the
     * object's pointer, each field error at its field. What the record holds was checked when it
     * was built, so only the record's own fields can fail here.
     */
    private <T> T build(String at, Supplier<T> constructor) {
      T value;
      try {
        value = constructor.get();
      } catch (IllegalArgumentException | NullPointerException e) {
        findings.add(Findings.BINDING, at, "constraint", e.getMessage() == null ? "invalid" : e.getMessage());
        return null;
      }
      if (value instanceof Facts) {
        return value;
      }
      List<InputError> errors = FactsConstraints.fast().check(value, at);
      if (!errors.isEmpty()) {
        findings.addAll(Findings.BINDING, errors);
        return null;
      }
      return value;
    }

    private static String text(JsonNode node, String name) {
      JsonNode value = node.get(name);
      return value != null && value.isTextual() ? value.textValue() : null;
    }
  }

  @FunctionalInterface
  private interface Element<T> {
    T bind(JsonNode node, String pointer);
  }
}
