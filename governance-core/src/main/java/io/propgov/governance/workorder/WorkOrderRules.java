package io.propgov.governance.workorder;

import static io.propgov.governance.workorder.WorkOrderParameters.CATEGORIES;
import static io.propgov.governance.workorder.WorkOrderParameters.CREDIT_EVENT;
import static io.propgov.governance.workorder.WorkOrderParameters.PUBLISHED_DECIMALS;
import static io.propgov.governance.workorder.WorkOrderParameters.RANKING;
import static io.propgov.governance.workorder.WorkOrderParameters.RATINGS;
import static io.propgov.governance.workorder.WorkOrderParameters.RESOLUTION_BASIS;

import io.propgov.governance.area.AbstractRuleArea;
import io.propgov.governance.area.Valid;
import io.propgov.governance.constraint.FieldSink;
import io.propgov.governance.credit.CreditParameters;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Label;
import io.propgov.governance.internal.PolicyChecks;
import io.propgov.governance.internal.Problems;
import io.propgov.governance.message.ConstraintMessages;
import io.propgov.governance.org.HierarchyRules;
import io.propgov.governance.org.OrgParameters;
import io.propgov.governance.org.OrgTree;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterValue;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The work-order rules of a policy: judges each order on time or late against its category's
 * deadlines, counts the three rates (response, resolution, satisfaction) of each unit and company
 * per month, rolls the units' rates up the organisation tree, ranks units and companies each
 * month, and turns upheld complaints into credit events. Immutable and thread-safe.
 *
 * <p>Days, not hours: a deadline of N days falls on the N-th counted day after the day received
 * (calendar days, or working days with the hierarchy's {@code org.calendar}, else Monday to
 * Friday); done on that day is on time, a day later is late. An order's deadlines are those in
 * force on the day it was received; its rating is read by the ratings in force on the day it was
 * closed; the rates, ranking and resolution basis are those in force on the as-of date. A day
 * recorded after the as-of date is not yet known, and orders received after it are left out.
 *
 * <p>The credit rules never call this area and this area never scores credit: an upheld
 * complaint becomes a {@link io.propgov.governance.credit.CreditEvent} of the policy's code, which a
 * host adds to the company's credit record.
 *
 * @since 0.3.0
 */
public final class WorkOrderRules extends AbstractRuleArea<WorkOrderFacts, WorkOrderAssessment> {

  /** The area's id. */
  public static final String AREA = "workorder";

  private final GovernancePolicy policy;
  private final Valid.Issuer issuer = new Valid.Issuer();
  private final HierarchyRules hierarchy;
  private final OrderJudge judge;

  /** What validation learnt: the tree built from the units, or null without units. */
  private record Checked(OrgTree tree) {}

  /**
   * Prepares the rules of a policy.
   *
   * @param policy the policy, not null
   * @throws InvalidPolicyException listing every missing or inconsistent parameter
   */
  public WorkOrderRules(GovernancePolicy policy) {
    super(AREA, WorkOrderParameters.ALL);
    this.policy = PolicyChecks.usable(policy, WorkOrderRules::check);
    this.hierarchy = HierarchyRules.isConfigured(policy) ? new HierarchyRules(policy) : null;
    this.judge = new OrderJudge(policy);
  }

  /**
   * Returns whether a policy sets any parameter of this rule area.
   *
   * @param policy the policy, not null
   * @return true when it sets at least one
   */
  public static boolean isConfigured(GovernancePolicy policy) {
    return PolicyChecks.setsAny(policy, WorkOrderParameters.ALL);
  }

  /**
   * Checks that a policy sets every parameter of this rule area and, when it also sets a credit
   * catalogue, that the credit event code of upheld complaints is in the catalogue in force at
   * every date either changes.
   *
   * @param policy the policy, not null
   * @return every error found, empty when the policy can be used
   */
  public static List<InputError> check(GovernancePolicy policy) {
    Problems problems = new Problems();
    PolicyChecks.requirePresent(policy, WorkOrderParameters.ALL, problems);
    PolicyChecks.checkAgainst(policy, CREDIT_EVENT, CreditParameters.EVENTS, "unknown-code",
        (code, catalogue, date) -> catalogue.type(code).isPresent() ? null : ConstraintMessages.en("unknown-code",
            "param", CREDIT_EVENT.id(), "code", code, "list", CreditParameters.EVENTS.id(), "date", date), problems);
    return problems.errors();
  }

  /**
   * Validates work orders, located under {@code pointer}: field constraints; then the units as a
   * tree of the hierarchy's template; duplicate order ids; days out of order (responded, resolved
   * and closed not before the days before them); a category or rating the policy does not define;
   * a follow-up answer on an order not closed; an order's unit not in the tree; a date with no
   * parameter in force. Orders received after {@code asOf} are valid facts a decision leaves out.
   *
   * @param facts the facts, not null
   * @param pointer the JSON Pointer of the facts in the caller's document ({@code ""} for the root)
   * @param asOf the date of the decision, not null
   * @return the valid facts, or every error found
   */
  @Override
  public Validation<Seq<InputError>, Valid<WorkOrderFacts>> validate(WorkOrderFacts facts, String pointer,
      LocalDate asOf) {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(asOf, "asOf");
    return Problems.fieldsFirst(facts, pointer, WorkOrderFields::facts, () -> validateBeyondFields(facts, pointer,
        asOf));
  }

  private Validation<Seq<InputError>, Valid<WorkOrderFacts>> validateBeyondFields(WorkOrderFacts facts,
      String pointer, LocalDate asOf) {
    Problems problems = new Problems();
    PolicyChecks.inForce(policy, WorkOrderParameters.ALL, asOf, pointer.isEmpty() ? "/asOf" : pointer, problems);
    OrgTree tree = tree(facts, pointer, asOf, problems);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < facts.orders().size(); i++) {
      WorkOrder order = facts.orders().get(i);
      String at = pointer + "/orders/" + i;
      problems.check(ids.add(order.id()), at + "/id", "duplicate", "order id '" + order.id() + "' appears twice");
      order(order, at, tree, problems);
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(problems.errors()));
    }
    Checked checked = new Checked(tree);
    return Validation.valid(issuer.issue(facts, checked));
  }

  private OrgTree tree(WorkOrderFacts facts, String pointer, LocalDate asOf, Problems problems) {
    if (facts.units().isEmpty()) {
      return null;
    }
    if (hierarchy == null) {
      problems.add(pointer + "/units", "no-rules", "policy " + policy.id() + " sets no org.* parameters, so the units"
          + " cannot form a tree to roll the rates up; leave units out to count each order's unit alone");
      return null;
    }
    if (!PolicyChecks.inForce(policy, List.of(OrgParameters.LEVELS), asOf, pointer + "/units", problems)) {
      return null;
    }
    List<InputError> errors = OrgTree.validate(hierarchy.template(asOf), facts.units(), pointer + "/units");
    if (!errors.isEmpty()) {
      errors.forEach(problems::add);
      return null;
    }
    return OrgTree.of(hierarchy.template(asOf), facts.units());
  }

  private void order(WorkOrder o, String at, OrgTree tree, Problems problems) {
    FieldSink days = new FieldSink();
    days.notBefore(o.respondedOn(), o.receivedOn(), at, "respondedOn", "receivedOn");
    LocalDate before = o.respondedOn() != null ? o.respondedOn() : o.receivedOn();
    days.notBefore(o.resolvedOn(), before, at, "resolvedOn", o.respondedOn() != null ? "respondedOn" : "receivedOn");
    if (o.closedOn() != null && o.resolvedOn() != null) {
      days.notBefore(o.closedOn(), o.resolvedOn(), at, "closedOn", "resolvedOn");
    } else if (o.closedOn() != null && o.respondedOn() != null) {
      days.notBefore(o.closedOn(), o.respondedOn(), at, "closedOn", "respondedOn");
    }
    days.sorted().forEach(problems::add);
    if (PolicyChecks.inForce(policy, List.of(CATEGORIES), o.receivedOn(), at + "/receivedOn", problems)) {
      OrderCategories categories = policy.valueAt(CATEGORIES, o.receivedOn()).value();
      problems.check(categories.category(o.category()).isPresent(), at + "/category", "enum", "category '"
          + o.category() + "' is not in the policy on " + o.receivedOn() + "; the categories are "
          + String.join(", ", categories.codes()));
    }
    if (tree != null) {
      problems.check(tree.contains(o.unitId()), at + "/unitId", "unknown-unit", "unit '" + o.unitId()
          + "' is not a unit of the tree");
    }
    boolean answered = o.rating() != null || o.callerSolved() != null;
    problems.check(!answered || o.closedOn() != null, at + "/closedOn", "required", "order " + o.id()
        + " has a follow-up answer, which the caller gives when the order is closed: closedOn is required");
    if (o.rating() != null && o.closedOn() != null
        && PolicyChecks.inForce(policy, List.of(RATINGS), o.closedOn(), at + "/closedOn", problems)) {
      FollowUpRatings ratings = policy.valueAt(RATINGS, o.closedOn()).value();
      problems.check(ratings.rating(o.rating()).isPresent(), at + "/rating", "enum", "rating '" + o.rating()
          + "' is not in the policy on " + o.closedOn() + "; the ratings are " + String.join(", ", ratings.codes()));
    }
    if (o.upheld() && o.closedOn() != null) {
      PolicyChecks.inForce(policy, List.of(CREDIT_EVENT), o.closedOn(), at + "/closedOn", problems);
    }
  }

  /**
   * Decides from facts this area validated: every order received by {@code asOf}, the rates of
   * each unit and company per month, the rankings and the credit events.
   *
   * @param facts facts validated by this very area, not null
   * @param asOf the date of the decision, not null
   * @return the decision, never null
   * @throws IllegalArgumentException when {@code facts} were validated by another area
   */
  @Override
  public Decision<WorkOrderAssessment> decide(Valid<WorkOrderFacts> facts, LocalDate asOf) {
    return decide(facts, null, asOf);
  }

  /**
   * Decides for one estate: as {@link #decide(Valid, LocalDate)}, over the orders that name the
   * estate only, without the tree, the companies' rates or the rankings, which compare units and
   * companies across the whole facts.
   *
   * @param facts facts validated by this very area, not null
   * @param estateId the estate, or null for every order
   * @param asOf the date of the decision, not null
   * @return the decision, never null
   * @throws IllegalArgumentException when {@code facts} were validated by another area
   */
  public Decision<WorkOrderAssessment> decide(Valid<WorkOrderFacts> facts, String estateId, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    WorkOrderFacts open = issuer.open(facts);
    OrgTree tree = estateId == null ? issuer.proof(facts, Checked.class).tree() : null;
    ResolutionBasis basis = policy.valueAt(RESOLUTION_BASIS, asOf).value();
    ParameterValue<RankingRule> ranking = policy.valueAt(RANKING, asOf);
    RateBook book = new RateBook(policy.ref(), asOf, policy.valueAt(PUBLISHED_DECIMALS, asOf).value(),
        ranking.value(), ranking.source());

    List<Decision<OrderJudgement>> orders = new ArrayList<>();
    List<ComplaintEvent> events = new ArrayList<>();
    for (WorkOrder order : open.orders()) {
      if (order.receivedOn().isAfter(asOf) || (estateId != null && !estateId.equals(order.estateId()))) {
        continue;
      }
      Decision<OrderJudgement> d = judge.judge(order, basis, asOf);
      orders.add(d);
      if (d.value().creditEvent() != null) {
        events.add(new ComplaintEvent(order.companyId(), order.id(), d.value().creditEvent()));
      }
    }
    List<OrderJudgement> judged = orders.stream().map(Decision::value).toList();
    Map<YearMonth, Map<String, ThreeRates>> units = book.units(judged, tree);
    Map<YearMonth, Map<String, ThreeRates>> companies = book.companies(judged);
    List<Decision<ThreeRates>> unitRates = new ArrayList<>();
    units.values().forEach(m -> m.values().forEach(r -> unitRates.add(book.explain(r))));
    List<Decision<ThreeRates>> companyRates = new ArrayList<>();
    companies.values().forEach(m -> m.values().forEach(r -> companyRates.add(book.explain(r))));

    List<Decision<Ranking>> rankings = new ArrayList<>();
    if (estateId != null) {
      // One estate's orders: its units' rates; the companies and the rankings are the whole facts' to judge.
      return new Decision<>(new WorkOrderAssessment(orders, unitRates, List.of(), List.of(), events), List.of(),
          policy.ref(), asOf);
    }
    units.forEach((month, byUnit) -> {
      if (tree == null) {
        rankings.add(book.rank(SubjectKind.UNIT, month, null, null, List.copyOf(byUnit.values())));
      } else {
        RateBook.byLevel(tree).forEach((level, ids) -> {
          List<ThreeRates> atLevel = ids.stream().filter(byUnit::containsKey).map(byUnit::get).toList();
          if (!atLevel.isEmpty()) {
            Label name = tree.template().level(level).map(l -> new Label(l.en(), l.zh())).orElse(null);
            rankings.add(book.rank(SubjectKind.UNIT, month, level, name, atLevel));
          }
        });
      }
    });
    companies.forEach((month, byCompany) ->
        rankings.add(book.rank(SubjectKind.COMPANY, month, null, null, List.copyOf(byCompany.values()))));
    return new Decision<>(new WorkOrderAssessment(orders, unitRates, companyRates, rankings, events), List.of(),
        policy.ref(), asOf);
  }
}
