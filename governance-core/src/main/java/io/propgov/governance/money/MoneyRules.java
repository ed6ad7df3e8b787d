package io.propgov.governance.money;

import static io.propgov.governance.money.MoneyParameters.COST_CAP;
import static io.propgov.governance.money.MoneyParameters.DISCLOSURE_ITEMS;
import static io.propgov.governance.money.MoneyParameters.EMERGENCIES;
import static io.propgov.governance.money.MoneyParameters.FIRST_DEPOSIT_RATE;
import static io.propgov.governance.money.MoneyParameters.MISSING_EVENT;
import static io.propgov.governance.money.MoneyParameters.TOP_UP_LINE;
import static io.propgov.governance.money.MoneyParameters.UNIFIED_FEES;

import io.propgov.governance.area.AbstractRuleArea;
import io.propgov.governance.area.Valid;
import io.propgov.governance.credit.CreditEvent;
import io.propgov.governance.error.InputError;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.internal.PolicyChecks;
import io.propgov.governance.internal.Problems;
import io.propgov.governance.money.MoneyAssessment.Deposit;
import io.propgov.governance.money.MoneyAssessment.Due;
import io.propgov.governance.money.MoneyAssessment.FeeFinding;
import io.propgov.governance.money.MoneyAssessment.FundUseCheck;
import io.propgov.governance.money.MoneyAssessment.OwnersIncome;
import io.propgov.governance.money.MoneyAssessment.PeriodRecord;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterValue;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.VoteParameters;
import io.propgov.governance.vote.VoteRequirement;
import io.propgov.governance.vote.VoteResult;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The transparency and money rules of a policy: what a company must disclose and when, fees
 * against their published standards, the owners' maintenance fund (first deposit, top-up, the
 * vote or emergency procedure for each use), the owners' share of common-part income and whether
 * the estate breaks even. Immutable and thread-safe.
 *
 * <p>Every parameter is read as in force on the as-of date, except the vote rule a use of the fund
 * needs, which is the one in force on the day it was drawn (read from the vote area's parameters).
 *
 * @since 0.3.0
 */
public final class MoneyRules extends AbstractRuleArea<EstateMoney, MoneyAssessment> {

  /** The area's id. */
  public static final String AREA = "money";

  /** Fees against their published standards: the disclosure of fee items and standards, and Handan's practice. */
  static final Citation FEES = new Citation(
      "Civil Code (2020, in force from 2021-01-01), art. 943: the company regularly discloses its fee items and"
          + " fee standards (收费项目、收费标准) to the owners; Handan's publication of service fees"
          + " (服务收费公开公示制度). A fee charged with no published standard, or above it, is a finding",
      "《民法典》（2020年，2021年1月1日起施行）第九百四十三条：物业服务人应当定期将收费项目、收费标准等向业主公开；"
          + "邯郸服务收费公开公示制度。收取未公示项目的费用或高于公示标准收费的，列为问题");
  /** The owners' vote on using the maintenance fund. */
  static final Citation FUND_USE = new Citation(
      "Civil Code (2020, in force from 2021-01-01), art. 278 item 5: using the maintenance fund is decided by the"
          + " owners; before 2021 Property Law (2007) art. 76 item 5; the rule in force on the day of use applies",
      "《民法典》（2020年，2021年1月1日起施行）第二百七十八条第五项：使用建筑物及其附属设施的维修资金由业主共同决定；"
          + "2021年以前适用《物权法》（2007年）第七十六条第五项；适用使用之日施行的规则");
  /** The income from common parts belongs to the owners after reasonable cost. */
  static final Citation COMMON_INCOME = new Citation(
      "Civil Code (2020, in force from 2021-01-01), art. 282: income a developer, property company or other manager"
          + " earns from the owners' common parts belongs to the owners in common after reasonable cost is deducted",
      "《民法典》（2020年，2021年1月1日起施行）第二百八十二条：建设单位、物业服务企业或者其他管理人等利用业主的共有部分"
          + "产生的收入，在扣除合理成本之后，属于业主共有");
  /** Disclosure of common-part income. */
  static final Citation INCOME_DISCLOSURE = new Citation(
      "Civil Code (2020, in force from 2021-01-01), art. 943: the company regularly discloses the operation of and"
          + " income from the owners' common parts (业主共有部分的经营与收益情况)",
      "《民法典》（2020年，2021年1月1日起施行）第九百四十三条：物业服务人应当定期将业主共有部分的经营与收益情况"
          + "以合理方式向业主公开");
  /** Jiang'an's two published shares. */
  static final Citation JIANGAN = new Citation(
      "Wuhan Jiang'an: 45.78% of old estates collect property fees and 22.54% break even; an estate whose income"
          + " equals its cost is counted as breaking even",
      "武汉市江岸区：45.78%的老旧小区实现收费，22.54%的老旧小区实现收支平衡；收入等于支出的小区计为收支平衡");
  /** Rounding the first deposit to the fen. */
  static final Citation DEPOSIT_ROUNDING = Citation.assumption(
      "Measures on residential maintenance funds (2007), art. 7 and art. 17 as the policy's values cite them;"
          + " rounding the first deposit and the top-up line to the fen, half up, is a model assumption",
      "《住宅专项维修资金管理办法》（2007年）第七条、第十七条，见政策取值的出处；首期交存额及续交线按四舍五入到分，"
          + "为本模型假设");

  private final GovernancePolicy policy;
  private final Valid.Issuer issuer = new Valid.Issuer();

  /**
   * Prepares the rules of a policy.
   *
   * @param policy the policy, not null
   * @throws io.propgov.governance.error.InvalidPolicyException listing every missing parameter
   */
  public MoneyRules(GovernancePolicy policy) {
    super(AREA, java.util.stream.Stream.concat(MoneyParameters.ALL.stream(), MoneyParameters.OPTIONAL.stream())
        .toList());
    this.policy = PolicyChecks.usable(policy, MoneyRules::check);
  }

  /**
   * Returns whether a policy judges money in the open: it sets the first-deposit rate, the one
   * figure national law leaves to the city (the national policy sets the rest and bounds the rate).
   *
   * @param policy the policy, not null
   * @return true when the rate is set
   */
  public static boolean isConfigured(GovernancePolicy policy) {
    return policy.timeline(FIRST_DEPOSIT_RATE).isPresent();
  }

  /**
   * Checks that a policy sets every required parameter of this rule area.
   *
   * @param policy the policy, not null
   * @return every error found, empty when the policy can be used
   */
  public static List<InputError> check(GovernancePolicy policy) {
    return PolicyChecks.missing(policy, MoneyParameters.ALL);
  }

  /**
   * Validates an estate's money facts, located under {@code pointer}: field constraints first, then
   * an item or emergency the policy does not define, a fee line with neither figure, repeated ids,
   * a use of the fund after the as-of date or before the vote rules are in force.
   *
   * @param facts the facts, not null
   * @param pointer the JSON Pointer of the facts in the caller's document, such as {@code /money/0}
   * @param asOf the date of the decision, not null
   * @return the valid facts, or every error found
   */
  @Override
  public Validation<Seq<InputError>, Valid<EstateMoney>> validate(EstateMoney facts, String pointer, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return Problems.fieldsFirst(Objects.requireNonNull(facts, "facts"), pointer, MoneyFields::money, () -> {
      Problems problems = new Problems();
      if (PolicyChecks.inForce(policy, MoneyParameters.ALL, asOf, pointer, problems)) {
        validateInForce(facts, pointer, asOf, problems);
      }
      return problems.orValid(() -> issuer.issue(facts));
    });
  }

  private void validateInForce(EstateMoney facts, String pointer, LocalDate asOf, Problems problems) {
    DisclosureItems items = policy.valueAt(DISCLOSURE_ITEMS, asOf).value();
    for (int i = 0; i < facts.disclosures().size(); i++) {
      String item = facts.disclosures().get(i).item();
      problems.check(items.find(item).isPresent(), pointer + "/disclosures/" + i + "/item", "unknown-item",
          "disclosure item '" + item + "' is not one the policy defines; the items are " + items.ids());
    }
    Set<String> lines = new HashSet<>();
    for (int i = 0; i < facts.fees().size(); i++) {
      FeeLine line = facts.fees().get(i);
      String at = pointer + "/fees/" + i;
      problems.check(line.published() != null || line.charged() != null, at, "required",
          "fee line " + line.item() + " gives neither a published standard nor a fee charged; give either or both");
      problems.check(lines.add(company(facts, line) + "|" + line.item() + "|" + line.tier()), at + "/item", "duplicate",
          "fee item '" + line.item() + "' appears more than once for the same company and tier; give each once");
    }
    if (facts.fund() != null) {
      validateFund(facts.fund(), pointer + "/fund", asOf, problems);
    }
    problems.unique(facts.commonIncome(), CommonIncome::id, i -> pointer + "/commonIncome/" + i + "/id",
        id -> "common income id '" + id + "' appears more than once; each entry needs its own id");
  }

  private void validateFund(MaintenanceFund fund, String at, LocalDate asOf, Problems problems) {
    problems.unique(fund.accounts(), FundAccount::ownerId, i -> at + "/accounts/" + i + "/ownerId",
        owner -> "owner '" + owner + "' has more than one account; each owner has one");
    Emergencies emergencies = policy.valueAt(EMERGENCIES, asOf).value();
    Set<String> uses = new HashSet<>();
    for (int i = 0; i < fund.uses().size(); i++) {
      FundUse use = fund.uses().get(i);
      String useAt = at + "/uses/" + i;
      problems.check(uses.add(use.id()), useAt + "/id", "duplicate",
          "fund use id '" + use.id() + "' appears more than once; each use needs its own id");
      if (!problems.check(!use.date().isAfter(asOf), useAt + "/date", "after-as-of", "fund use " + use.id()
          + " is dated " + use.date() + ", after the as-of date " + asOf + "; a decision can only use what happened by its date")) {
        continue;
      }
      if (use.emergency() == null) {
        PolicyChecks.inForce(policy, VoteParameters.ALL, use.date(), useAt + "/date", problems);
        continue;
      }
      Optional<EmergencyKind> kind = emergencies.find(use.emergency());
      if (problems.check(kind.isPresent(), useAt + "/emergency", "unknown-emergency", "emergency '"
          + use.emergency() + "' is not one the policy defines; the emergencies are " + emergencies.ids())) {
        for (int j = 0; j < use.steps().size(); j++) {
          String step = use.steps().get(j);
          problems.check(kind.get().steps().containsKey(step), useAt + "/steps/" + j, "unknown-step", "step '" + step
              + "' is not a step of emergency " + kind.get().id() + "; its steps are " + kind.get().stepIds());
        }
      }
    }
  }

  @Override
  public Decision<MoneyAssessment> decide(Valid<EstateMoney> facts, LocalDate asOf) {
    return decide(facts, asOf, Map.of());
  }

  /**
   * Decides from facts this area validated, with the estate's judged votes, so that a use of the
   * fund can be matched with the vote that approved it.
   *
   * @param facts facts this area validated, not null
   * @param asOf the date of the decision, not null
   * @param votes the estate's vote results by vote id, not null (empty when none is known)
   * @return the decision, never null
   */
  public Decision<MoneyAssessment> decide(Valid<EstateMoney> facts, LocalDate asOf, Map<String, VoteResult> votes) {
    EstateMoney money = issuer.open(facts);
    Objects.requireNonNull(votes, "votes");
    List<Reason> reasons = new ArrayList<>();
    List<Due> dues = disclosures(money, asOf, reasons);
    List<CreditEvent> events = creditEvents(money, dues, asOf, reasons);
    List<FeeFinding> fees = fees(money, asOf, reasons);
    List<Deposit> deposits = new ArrayList<>();
    List<FundUseCheck> uses = new ArrayList<>();
    if (money.fund() != null) {
      deposits(money.fund(), asOf, reasons, deposits);
      uses(money.fund(), asOf, votes, reasons, uses);
    }
    List<OwnersIncome> incomes = incomes(money, asOf, reasons);
    Boolean breaksEven = null;
    Boolean collects = null;
    if (money.ledger() != null) {
      Ledger ledger = money.ledger();
      breaksEven = ledger.income().compareTo(ledger.cost()) >= 0;
      collects = ledger.collectsFees();
      reasons.add(Reason.compared(MoneyRuleIds.BREAK_EVEN, breaksEven, cny("income", ledger.income()),
          Comparison.AT_LEAST, cny("cost", ledger.cost()), JIANGAN));
      reasons.add(Reason.noted(MoneyRuleIds.COLLECTS_FEES, Outcome.of(collects), JIANGAN));
    }
    int findings = (int) reasons.stream().filter(r -> r.outcome() == Outcome.NOT_MET
        && !r.ruleId().equals(MoneyRuleIds.BREAK_EVEN) && !r.ruleId().equals(MoneyRuleIds.COLLECTS_FEES)).count();
    MoneyAssessment assessment = new MoneyAssessment(money.estateId(), dues, record(dues), events, fees, deposits, uses,
        incomes, breaksEven, collects, findings);
    return new Decision<>(assessment, reasons, policy.ref(), asOf);
  }

  private static String company(EstateMoney money, FeeLine line) {
    return line.companyId() != null ? line.companyId() : money.companyId() != null ? money.companyId() : "-";
  }

  // --- disclosure ---

  /** Every item due for every period that ended by the as-of date, from the period holding servingSince. */
  private List<Due> disclosures(EstateMoney money, LocalDate asOf, List<Reason> reasons) {
    if (money.servingSince() == null) {
      return List.of();
    }
    ParameterValue<DisclosureItems> items = policy.valueAt(DISCLOSURE_ITEMS, asOf);
    List<Due> dues = new ArrayList<>();
    for (DisclosureItem item : items.value().items()) {
      Frequency frequency = item.frequency();
      for (LocalDate start = frequency.start(money.servingSince()); !frequency.end(start).isAfter(asOf);
          start = frequency.end(start).plusDays(1)) {
        LocalDate end = frequency.end(start);
        LocalDate due = end.plusDays(item.graceDays());
        LocalDate published = firstPublished(money, item.id(), frequency, start, asOf);
        Due status = status(item.id(), start, end, due, published, asOf);
        dues.add(status);
        reasons.add(reason(item, status, items.source(), where(money, item.id(), frequency, start, published)));
      }
    }
    return dues;
  }

  private static LocalDate firstPublished(EstateMoney money, String item, Frequency frequency, LocalDate start,
      LocalDate asOf) {
    LocalDate first = null;
    for (Disclosure d : money.disclosures()) {
      if (d.item().equals(item) && frequency.start(d.period()).equals(start) && !d.publishedOn().isAfter(asOf)
          && (first == null || d.publishedOn().isBefore(first))) {
        first = d.publishedOn();
      }
    }
    return first;
  }

  private static String where(EstateMoney money, String item, Frequency frequency, LocalDate start, LocalDate on) {
    for (Disclosure d : money.disclosures()) {
      if (d.item().equals(item) && frequency.start(d.period()).equals(start) && d.publishedOn().equals(on)
          && d.where() != null) {
        return d.where();
      }
    }
    return null;
  }

  static Due status(String item, LocalDate start, LocalDate end, LocalDate due, LocalDate published, LocalDate asOf) {
    if (published != null) {
      boolean late = published.isAfter(due);
      return new Due(item, start, end, due, late ? DisclosureState.LATE : DisclosureState.ON_TIME, published,
          late ? ChronoUnit.DAYS.between(due, published) : 0);
    }
    // Due today is not yet late: the company has the whole of its due date.
    return asOf.isAfter(due) ? new Due(item, start, end, due, DisclosureState.MISSING, null,
        ChronoUnit.DAYS.between(due, asOf)) : new Due(item, start, end, due, DisclosureState.PENDING, null, 0);
  }

  private static Reason reason(DisclosureItem item, Due d, Citation source, String where) {
    List<Figure> figures = new ArrayList<>(List.of(Figure.text("item", item.id()),
        Figure.text("itemEn", item.name().en()), Figure.text("itemZh", item.name().zh()),
        Figure.date("periodStart", d.periodStart()), Figure.date("periodEnd", d.periodEnd()),
        Figure.date("due", d.due()), Figure.term("state", "disclosure-" + d.state().name())));
    if (d.publishedOn() != null) {
      figures.add(Figure.date("publishedOn", d.publishedOn()));
    }
    figures.add(Figure.of("daysLate", Fraction.of(d.daysLate()), Unit.DAYS));
    figures.add(where == null ? Figure.term("where", "NOT_REPORTED") : Figure.text("where", where));
    Outcome outcome = switch (d.state()) {
      case ON_TIME -> Outcome.MET;
      case LATE, MISSING -> Outcome.NOT_MET;
      case PENDING -> Outcome.NOT_APPLICABLE;
    };
    return new Reason(MoneyRuleIds.DISCLOSURE, outcome, null, null, null, figures, source);
  }

  private static List<PeriodRecord> record(List<Due> dues) {
    Map<LocalDate, int[]> byEnd = new TreeMap<>();
    for (Due d : dues) {
      byEnd.computeIfAbsent(d.periodEnd(), e -> new int[4])[d.state().ordinal()]++;
    }
    List<PeriodRecord> record = new ArrayList<>();
    byEnd.forEach((end, n) -> record.add(new PeriodRecord(end, n[DisclosureState.ON_TIME.ordinal()],
        n[DisclosureState.LATE.ordinal()], n[DisclosureState.MISSING.ordinal()], n[DisclosureState.PENDING.ordinal()])));
    return record;
  }

  /** A credit event for each missing disclosure, dated the first day it was missing, when the policy names a code. */
  private List<CreditEvent> creditEvents(EstateMoney money, List<Due> dues, LocalDate asOf, List<Reason> reasons) {
    Optional<ParameterValue<String>> code = policy.timeline(MISSING_EVENT).flatMap(t -> t.at(asOf));
    if (code.isEmpty() || money.companyId() == null) {
      return List.of();
    }
    List<CreditEvent> events = new ArrayList<>();
    for (Due d : dues) {
      if (d.state() == DisclosureState.MISSING) {
        CreditEvent event = new CreditEvent("disclosure-" + d.item() + "-" + d.periodEnd(), code.get().value(),
            d.due().plusDays(1), null, null);
        events.add(event);
        reasons.add(Reason.noted(MoneyRuleIds.CREDIT_EVENT, Outcome.MET, code.get().source(),
            Figure.text("company", money.companyId()), Figure.text("event", event.id()),
            Figure.text("code", event.code()), Figure.date("date", event.date())));
      }
    }
    return events;
  }

  // --- fees ---

  private List<FeeFinding> fees(EstateMoney money, LocalDate asOf, List<Reason> reasons) {
    List<FeeFinding> findings = new ArrayList<>();
    for (FeeLine line : money.fees()) {
      if (line.charged() == null) {
        continue;
      }
      String company = company(money, line);
      List<Figure> context = lineFigures(company, line);
      if (line.published() == null) {
        findings.add(new FeeFinding(FeeFindingKind.UNPUBLISHED, company, line.item(), line.tier(), line.charged(), null,
            null));
        reasons.add(new Reason(MoneyRuleIds.FEE_PUBLISHED, Outcome.NOT_MET, null, null, null,
            with(context, perMonth("charged", line.charged())), FEES));
        continue;
      }
      reasons.add(new Reason(MoneyRuleIds.FEE_PUBLISHED, Outcome.MET, null, null, null,
          with(context, perMonth("charged", line.charged())), FEES));
      boolean within = line.charged().compareTo(line.published()) <= 0;
      if (!within) {
        findings.add(new FeeFinding(FeeFindingKind.ABOVE_STANDARD, company, line.item(), line.tier(), line.charged(),
            line.published(), null));
      }
      List<Figure> figures = new ArrayList<>(List.of(perMonth("charged", line.charged()),
          perMonth("published", line.published())));
      figures.addAll(context);
      figures.add(perMonth("excess", line.charged().subtract(line.published()).max(BigDecimal.ZERO)));
      reasons.add(new Reason(MoneyRuleIds.FEE_WITHIN_STANDARD, Outcome.of(within), "charged", Comparison.AT_MOST,
          "published", figures, FEES));
    }
    ParameterValue<Boolean> unified = policy.valueAt(UNIFIED_FEES, asOf);
    if (unified.value()) {
      unifiedFees(money, unified.source(), reasons, findings);
    }
    return findings;
  }

  /** Co-managing companies' published standards for the same item and tier must be equal. */
  private static void unifiedFees(EstateMoney money, Citation source, List<Reason> reasons, List<FeeFinding> findings) {
    Map<String, List<FeeLine>> byItem = new LinkedHashMap<>();
    for (FeeLine line : money.fees()) {
      if (line.published() != null) {
        byItem.computeIfAbsent(line.item() + "|" + line.tier(), k -> new ArrayList<>()).add(line);
      }
    }
    for (List<FeeLine> lines : byItem.values()) {
      FeeLine first = lines.get(0);
      FeeLine other = lines.stream().filter(l -> !company(money, l).equals(company(money, first))).findFirst()
          .orElse(null);
      if (other == null) {
        continue; // one company publishes this item: nothing to unify
      }
      FeeLine differing = lines.stream().filter(l -> l.published().compareTo(first.published()) != 0).findFirst()
          .orElse(null);
      FeeLine shown = differing == null ? other : differing;
      boolean equal = differing == null;
      if (!equal) {
        findings.add(new FeeFinding(FeeFindingKind.UNEQUAL, company(money, first), first.item(), first.tier(),
            first.published(), shown.published(), company(money, shown)));
      }
      List<Figure> figures = new ArrayList<>(List.of(perMonth("standard", first.published()),
          perMonth("otherStandard", shown.published()), Figure.text("item", first.item()),
          first.tier() == null ? Figure.term("tier", "NOT_REPORTED") : Figure.text("tier", first.tier()),
          Figure.text("company", company(money, first)), Figure.text("otherCompany", company(money, shown))));
      reasons.add(new Reason(MoneyRuleIds.FEE_UNIFIED, Outcome.of(equal), null, null, null, figures,
          source));
    }
  }

  private static List<Figure> lineFigures(String company, FeeLine line) {
    return List.of(Figure.text("company", company), Figure.text("item", line.item()),
        line.tier() == null ? Figure.term("tier", "NOT_REPORTED") : Figure.text("tier", line.tier()));
  }

  private static List<Figure> with(List<Figure> figures, Figure more) {
    List<Figure> all = new ArrayList<>(figures);
    all.add(more);
    return all;
  }

  private static Figure perMonth(String name, BigDecimal amount) {
    return Figure.of(name, Fraction.of(amount), Unit.CNY);
  }

  private static Figure cny(String name, BigDecimal amount) {
    return Figure.of(name, Fraction.of(amount), Unit.CNY);
  }

  // --- maintenance fund ---

  private void deposits(MaintenanceFund fund, LocalDate asOf, List<Reason> reasons, List<Deposit> deposits) {
    ParameterValue<Fraction> rate = policy.valueAt(FIRST_DEPOSIT_RATE, asOf);
    ParameterValue<Fraction> line = policy.valueAt(TOP_UP_LINE, asOf);
    for (FundAccount account : fund.accounts()) {
      Fraction exact = Fraction.of(account.area()).times(Fraction.of(fund.constructionCost())).times(rate.value());
      BigDecimal due = exact.toDecimal(2, RoundingMode.HALF_UP).setScale(2, RoundingMode.UNNECESSARY);
      BigDecimal base = account.firstDeposit() != null ? account.firstDeposit() : due;
      BigDecimal topUpLine = Fraction.of(base).times(line.value()).toDecimal(2, RoundingMode.HALF_UP)
          .setScale(2, RoundingMode.UNNECESSARY);
      // Art. 17 asks for a top-up when the balance is below (不足) the line: exactly on it needs none.
      boolean topUp = account.balance().compareTo(topUpLine) < 0;
      deposits.add(new Deposit(account.ownerId(), due, account.firstDeposit(), topUpLine, account.balance(), topUp));
      List<Figure> figures = new ArrayList<>();
      if (account.firstDeposit() != null) {
        figures.add(cny("firstDeposit", account.firstDeposit()));
      }
      figures.addAll(List.of(cny("due", due), Figure.text("owner", account.ownerId()),
          Figure.of("area", Fraction.of(account.area()), Unit.SQUARE_METRES),
          cny("constructionCost", fund.constructionCost()), Figure.of("rate", rate.value(), Unit.SHARE),
          Figure.of("exact", exact, Unit.CNY)));
      reasons.add(account.firstDeposit() == null
          ? new Reason(MoneyRuleIds.FIRST_DEPOSIT, Outcome.NOT_APPLICABLE, null, null, null, figures, rate.source())
          : new Reason(MoneyRuleIds.FIRST_DEPOSIT, Outcome.of(account.firstDeposit().compareTo(due) >= 0),
              "firstDeposit", Comparison.AT_LEAST, "due", figures, rate.source()));
      reasons.add(Reason.compared(MoneyRuleIds.TOP_UP, !topUp, cny("balance", account.balance()), Comparison.AT_LEAST,
          cny("topUpLine", topUpLine), line.source(), Figure.text("owner", account.ownerId()),
          Figure.of("line", line.value(), Unit.SHARE), cny("base", base),
          Figure.term("baseKind", account.firstDeposit() != null ? "deposit-paid" : "deposit-due")));
    }
  }

  private void uses(MaintenanceFund fund, LocalDate asOf, Map<String, VoteResult> votes, List<Reason> reasons,
      List<FundUseCheck> checks) {
    Emergencies emergencies = policy.valueAt(EMERGENCIES, asOf).value();
    Citation emergencySource = policy.valueAt(EMERGENCIES, asOf).source();
    for (FundUse use : fund.uses()) {
      if (use.emergency() != null) {
        EmergencyKind kind = emergencies.find(use.emergency()).orElseThrow();
        List<String> missing = kind.stepIds().stream().filter(s -> !use.steps().contains(s)).toList();
        boolean done = missing.isEmpty();
        checks.add(new FundUseCheck(use.id(), use.date(), kind.id(), false, null, done, missing));
        reasons.add(Reason.noted(MoneyRuleIds.USE_EMERGENCY, Outcome.of(done), emergencySource,
            Figure.text("use", use.id()), Figure.date("date", use.date()), cny("amount", use.amount()),
            Figure.text("emergency", kind.id()), Figure.text("emergencyEn", kind.name().en()),
            Figure.text("emergencyZh", kind.name().zh()), Figure.count("steps", kind.steps().size()),
            Figure.count("missing", missing.size()), stepNames("missingEn", kind, missing, true),
            stepNames("missingZh", kind, missing, false)));
        continue;
      }
      boolean special = policy.valueAt(VoteParameters.SPECIAL_MATTERS, use.date()).value()
          .contains(Matter.USE_MAINTENANCE_FUND);
      ParameterValue<VoteRequirement> rule = policy.valueAt(special ? VoteParameters.SPECIAL_RULE
          : VoteParameters.ORDINARY_RULE, use.date());
      VoteResult vote = use.voteId() == null ? null : votes.get(use.voteId());
      String state = use.voteId() == null ? "vote-none" : vote == null ? "vote-unknown"
          : vote.matter() != Matter.USE_MAINTENANCE_FUND ? "vote-other-matter"
          : vote.date().isAfter(use.date()) ? "vote-after-use" : vote.passed() ? "vote-passed" : "vote-failed";
      boolean approved = state.equals("vote-passed");
      checks.add(new FundUseCheck(use.id(), use.date(), null, special, use.voteId(), approved, List.of()));
      VoteRequirement r = rule.value();
      reasons.add(Reason.noted(MoneyRuleIds.USE_VOTE, Outcome.of(approved), new Citation(
          FUND_USE.en() + "; " + rule.source().en(), FUND_USE.zh() + "；" + rule.source().zh(),
          rule.source().assumption()),
          Figure.text("use", use.id()), Figure.date("date", use.date()), cny("amount", use.amount()),
          Figure.text("matter", Matter.USE_MAINTENANCE_FUND.name()),
          Figure.term("rule", special ? "vote-special" : "vote-ordinary"),
          Figure.term("base", "vote-base-" + r.approvalBase().name()),
          Figure.text("approvalAreaEn", Figure.requiredShare(r.approvalArea().comparison(), r.approvalArea().share(),
              Locale.ENGLISH)),
          Figure.text("approvalAreaZh", Figure.requiredShare(r.approvalArea().comparison(), r.approvalArea().share(),
              Locale.SIMPLIFIED_CHINESE)),
          Figure.text("approvalOwnersEn", Figure.requiredShare(r.approvalOwners().comparison(),
              r.approvalOwners().share(), Locale.ENGLISH)),
          Figure.text("approvalOwnersZh", Figure.requiredShare(r.approvalOwners().comparison(),
              r.approvalOwners().share(), Locale.SIMPLIFIED_CHINESE)),
          use.voteId() == null ? Figure.term("vote", "NOT_REPORTED") : Figure.text("vote", use.voteId()),
          Figure.term("voteState", state)));
    }
  }

  private static Figure stepNames(String name, EmergencyKind kind, List<String> steps, boolean english) {
    if (steps.isEmpty()) {
      return Figure.term(name, "none-missing");
    }
    List<String> names = steps.stream().map(s -> s + (english ? " (" + kind.steps().get(s).en() + ")"
        : "（" + kind.steps().get(s).zh() + "）")).toList();
    return Figure.text(name, String.join(english ? ", " : "、", names));
  }

  // --- common-part income ---

  private List<OwnersIncome> incomes(EstateMoney money, LocalDate asOf, List<Reason> reasons) {
    if (money.commonIncome().isEmpty()) {
      return List.of();
    }
    ParameterValue<Fraction> cap = policy.valueAt(COST_CAP, asOf);
    List<OwnersIncome> incomes = new ArrayList<>();
    for (CommonIncome entry : money.commonIncome()) {
      // The cap is rounded down to the fen, so that rounding never takes from the owners.
      BigDecimal capAmount = Fraction.of(entry.income()).times(cap.value()).toDecimal(2, RoundingMode.DOWN)
          .setScale(2, RoundingMode.UNNECESSARY);
      boolean within = entry.cost().compareTo(capAmount) <= 0;
      BigDecimal allowed = within ? entry.cost() : capAmount;
      BigDecimal owners = entry.income().subtract(allowed).setScale(2, RoundingMode.UNNECESSARY);
      incomes.add(new OwnersIncome(entry.id(), entry.income(), allowed, owners, !within, entry.disclosed()));
      reasons.add(Reason.compared(MoneyRuleIds.INCOME_COST, within, cny("cost", entry.cost()), Comparison.AT_MOST,
          cny("costCap", capAmount), new Citation(COMMON_INCOME.en() + "; " + cap.source().en(),
              COMMON_INCOME.zh() + "；" + cap.source().zh(), cap.source().assumption()),
          Figure.text("entry", entry.id()), Figure.term("kind", "income-" + entry.kind().name()),
          cny("income", entry.income()), Figure.of("cap", cap.value(), Unit.SHARE), cny("costAllowed", allowed),
          cny("ownersShare", owners)));
      reasons.add(Reason.noted(MoneyRuleIds.INCOME_DISCLOSED, Outcome.of(entry.disclosed()), INCOME_DISCLOSURE,
          Figure.text("entry", entry.id()), cny("ownersShare", owners)));
    }
    return incomes;
  }
}
