package io.propgov.governance.credit;

import static io.propgov.governance.credit.CreditParameters.ACTIONS;
import static io.propgov.governance.credit.CreditParameters.DISHONEST_MONTHS;
import static io.propgov.governance.credit.CreditParameters.ENFORCEMENT_YEARS;
import static io.propgov.governance.credit.CreditParameters.FORBIDDEN;
import static io.propgov.governance.credit.CreditParameters.LADDER;
import static io.propgov.governance.credit.CreditParameters.LIMITATION_YEARS;
import static io.propgov.governance.credit.CreditParameters.REMOVAL_WORKING_DAYS;

import io.propgov.governance.area.AbstractRuleArea;
import io.propgov.governance.area.Result;
import io.propgov.governance.area.Valid;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.message.ConstraintMessages;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Label;
import io.propgov.governance.explain.Margin;
import io.propgov.governance.explain.MarginUnit;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.internal.PolicyChecks;
import io.propgov.governance.internal.Problems;
import io.propgov.governance.org.CalendarYears;
import io.propgov.governance.org.WorkCalendar;
import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.policy.ParameterValue;
import io.propgov.governance.policy.Timeline;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The residents' arrears rules of a policy: what a household owes and which months are past their
 * limitation period, the next step of the ladder, the dishonest-debtor listing and what it bars,
 * and the planned actions the law forbids. Immutable and thread-safe.
 *
 * <p>A month's fee falls due on the month's last day. The limitation period (Civil Code art. 188:
 * 3 years) runs from the day after; it is interrupted, and runs anew from that day, by a step
 * whose action the policy defines as a {@link LimitationEffect#DEMAND demand} once it is shown to have
 * reached the debtor, by a part payment and by the debtor's agreement to pay (art. 195 (1), (2)).
 * Proceedings (a lawsuit, arbitration, mediation or enforcement, art. 195 (3), (4)) interrupt it
 * until they end, and it runs anew only from their end; after a judgment the period for applying
 * for enforcement (Civil Procedure Law: 2 years) runs instead. A court does not apply limitation
 * on its own motion (art. 193): a month past its period is time-barred only if the owner raises
 * it, and is reported so. A listed dishonest debtor on ground (1) (able to pay, refuses) stays
 * listed until it pays; on grounds (2) to (6) for the policy's term (SPC provisions, 2017, art. 2);
 * any listing comes off within the policy's working days of payment in full (art. 10), counted
 * with the policy's {@code org.calendar} when it sets one, else Monday to Friday. Where the policy
 * bars it ({@code arrears.committee-bar}, Beijing 2024 art. 39), a listed dishonest debtor may not
 * stand for the owners' committee.
 *
 * @since 0.1.0
 */
public final class ArrearsRules extends AbstractRuleArea<Household, ArrearsAssessment> {

  /** The area's id. */
  public static final String AREA = "arrears";

  /** The source of the absence of a committee bar: the policy sets none. */
  static final Citation NO_BAR = new Citation("The policy sets no bar on owners' committee candidates (arrears.committee-bar)",
      "政策未设业主委员会候选人限制（arrears.committee-bar）");

  private final GovernancePolicy policy;
  private final Valid.Issuer issuer = new Valid.Issuer();

  /**
   * Prepares the rules of a policy.
   *
   * @param policy the policy, not null
   * @throws InvalidPolicyException listing every missing or inconsistent parameter
   */
  public ArrearsRules(GovernancePolicy policy) {
    super(AREA, CreditParameters.ALL);
    this.policy = PolicyChecks.usable(policy, CreditRules::check);
  }

  /** Records an error for every ladder step the forbidden actions in force on the same date include. */
  static void checkLadder(GovernancePolicy policy, Problems problems) {
    Timeline<ArrearsLadder> ladders = policy.timeline(LADDER).orElseThrow();
    Timeline<ForbiddenActions> forbidden = policy.timeline(FORBIDDEN).orElseThrow();
    Set<String> reported = new HashSet<>();
    for (LocalDate date : CreditRules.changes(ladders, forbidden)) {
      ladders.at(date).ifPresent(ladder -> forbidden.at(date).ifPresent(banned -> {
        int i = ladders.values().indexOf(ladder);
        for (int s = 0; s < ladder.value().steps().size(); s++) {
          ArrearsAction action = ladder.value().steps().get(s).action();
          String at = PolicyChecks.pointer(LADDER, i) + "/value/" + s + "/action";
          if (banned.value().actions().contains(action) && reported.add(at)) {
            problems.add(at, "forbidden", ConstraintMessages.en("forbidden", "action", action, "list", FORBIDDEN.id(),
                "date", date, "source", banned.source().en()));
          }
        }
      }));
    }
  }

  /**
   * Validates a household's facts, located under {@code pointer}: a month given twice, a step
   * taken twice, a step or planned action that is not on the ladder nor forbidden, a step dated
   * before the ladder has a value in force. Steps after {@code asOf} are checked too: they are
   * valid facts that a decision as of that date leaves out.
   *
   * @param household the household, not null
   * @param pointer the JSON Pointer of the household in the caller's document
   * @param asOf the date of the decision, not null
   * @return the valid household, or every error found
   */
  @Override
  public Validation<Seq<InputError>, Valid<Household>> validate(Household household, String pointer, LocalDate asOf) {
    Objects.requireNonNull(household, "household");
    Objects.requireNonNull(asOf, "asOf");
    return Problems.fieldsFirst(household, pointer, CreditFields::household, () -> validateBeyondFields(household,
        pointer));
  }

  private Validation<Seq<InputError>, Valid<Household>> validateBeyondFields(Household household, String pointer) {
    Problems problems = new Problems();
    problems.unique(household.arrears(), MonthlyArrears::month, i -> pointer + "/arrears/" + i + "/month",
        month -> "month " + month + " appears more than once; give each month's unpaid amount once");
    Set<ArrearsAction> taken = new HashSet<>();
    for (int i = 0; i < household.steps().size(); i++) {
      StepTaken step = household.steps().get(i);
      String at = pointer + "/steps/" + i;
      problems.check(taken.add(step.action()), at + "/action", "duplicate",
          "step " + step.action() + " appears more than once; each step of the ladder is taken once");
      if (PolicyChecks.inForce(policy, List.of(LADDER), step.date(), at + "/date", problems)) {
        ArrearsLadder ladder = policy.valueAt(LADDER, step.date()).value();
        problems.check(ladder.indexOf(step.action()) >= 0, at + "/action", "enum",
            "step " + step.action() + " is not on the arrears ladder in force on " + step.date() + "; its steps are "
            + ladder.steps().stream().map(l -> l.action().id()).collect(Collectors.joining(", ")));
      }
      checkStepFacts(step, at, problems);
    }
    Timeline<ArrearsActions> actions = policy.timeline(ACTIONS).orElseThrow();
    for (int i = 0; i < household.planned().size(); i++) {
      ArrearsAction action = household.planned().get(i);
      problems.check(actions.values().stream().anyMatch(v -> v.value().find(action) != null), pointer + "/planned/"
          + i, "enum", "planned action " + action + " is not defined by arrears.actions; the defined ids are "
          + String.join(", ", actions.values().get(actions.values().size() - 1).value().ids()));
    }
    return problems.orValid(() -> issuer.issue(household));
  }

  /** The facts a step may carry only where they mean something. */
  private static void checkStepFacts(StepTaken step, String at, Problems problems) {
    boolean listing = step.action().equals(ArrearsAction.DISHONEST_DEBTOR_LIST);
    problems.check(!listing || step.ground() != null, at + "/ground", "required", "the DISHONEST_DEBTOR_LIST step"
        + " needs its ground, 1 to 6, of art. 1 of the SPC provisions on dishonest judgment debtors (2017); 1 is a"
        + " debtor able to pay who refuses");
    problems.check(listing || step.ground() == null, at + "/ground", "not-allowed", "only the DISHONEST_DEBTOR_LIST"
        + " step has a ground, not " + step.action());
    problems.check(step.extendedYears() == null || (step.ground() != null && step.ground() > 1), at
        + "/extendedYears", "not-allowed", "only a listing on grounds 2 to 6 has a term to extend (art. 2); ground 1"
        + " lists until payment");
    problems.check(step.endedOn() == null || !step.endedOn().isBefore(step.date()), at + "/endedOn", "before-date",
        "step " + step.action() + " ended on " + step.endedOn() + ", before it was taken on " + step.date());
  }

  /**
   * Assesses a household's arrears as of a date.
   *
   * @param household the household, not null
   * @param asOf the date of the decision, not null
   * @return the assessment, never null
   * @throws InvalidFactsException listing every problem with the household's facts
   */
  public Decision<ArrearsAssessment> assess(Household household, LocalDate asOf) {
    Valid<Household> valid = Valid.orThrow(validate(household, "", asOf));
    return decide(valid, asOf);
  }

  /**
   * Assesses a batch of households: N give N results, in order, each a decision or the errors
   * (located under {@code /households/<index>}) that kept it from being judged.
   *
   * @param households the households, not null
   * @param asOf the date of the decisions, not null
   * @return one {@link Result} per household, in input order, each with the household's id, never null
   */
  public List<Result<ArrearsAssessment>> assessAll(List<Household> households, LocalDate asOf) {
    List<Result<ArrearsAssessment>> results = new ArrayList<>(households.size());
    for (int i = 0; i < households.size(); i++) {
      Household household = households.get(i);
      Validation<Seq<InputError>, Valid<Household>> valid = validate(household, "/households/" + i, asOf);
      results.add(valid.isValid() ? Result.decided(i, household.id(), decide(valid.get(), asOf))
          : Result.rejected(i, household.id(), Valid.errors(valid)));
    }
    return results;
  }

  @Override
  public Decision<ArrearsAssessment> decide(Valid<Household> facts, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Household household = issuer.open(facts);
    List<StepTaken> steps = household.steps().stream().filter(s -> !s.date().isAfter(asOf))
        .sorted(Comparator.comparing(StepTaken::date).thenComparing(s -> inForceOrFirst(LADDER, s.date()).value()
            .indexOf(s.action())).thenComparing(StepTaken::action)).toList();
    List<MonthlyArrears> months = household.arrears().stream().filter(m -> m.dueOn().isBefore(asOf))
        .sorted(Comparator.comparing(MonthlyArrears::month)).toList();
    ParameterValue<Integer> years = inForceOrFirst(LIMITATION_YEARS, asOf);
    ParameterValue<Integer> enforcementYears = inForceOrFirst(ENFORCEMENT_YEARS, asOf);
    List<Reason> reasons = new ArrayList<>();
    Interruptions interruptions = interruptions(household, steps, years.source(), asOf, reasons);
    BigDecimal outstanding = BigDecimal.ZERO;
    BigDecimal claimable = BigDecimal.ZERO;
    List<YearMonth> barred = new ArrayList<>();
    MonthlyArrears oldestClaimable = null;
    for (MonthlyArrears m : months) {
      Interruptions.Period period = interruptions.period(m.dueOn(), years.value(), enforcementYears.value());
      boolean claimed = period.barredFrom() == null || period.barredFrom().isAfter(asOf);
      outstanding = outstanding.add(m.amount());
      if (claimed) {
        claimable = claimable.add(m.amount());
        oldestClaimable = oldestClaimable == null ? m : oldestClaimable;
      } else {
        barred.add(m.month());
      }
      reasons.add(limitationReason(m, period, years, enforcementYears, claimed, asOf));
    }
    ParameterValue<ArrearsLadder> ladder = inForceOrFirst(LADDER, asOf);
    LadderStep next = null;
    LocalDate from = null;
    if (claimable.signum() > 0) {
      int reached = -1;
      LocalDate reachedOn = null;
      for (StepTaken s : steps) {
        int index = ladder.value().indexOf(s.action());
        if (index > reached) {
          reached = index;
          reachedOn = s.date();
        }
      }
      if (reached + 1 < ladder.value().steps().size()) {
        next = ladder.value().steps().get(reached + 1);
        from = (reached < 0 ? oldestClaimable.dueOn() : reachedOn).plusDays(next.waitDays());
        List<Figure> figures = new ArrayList<>(named("step", defined(next.action(), asOf)));
        figures.add(Figure.date("from", from));
        figures.add(Figure.count("waitDays", next.waitDays()));
        reasons.add(Reason.noted(CreditRuleIds.ARREARS_NEXT_STEP, Outcome.MET, ladder.source(),
            figures.toArray(Figure[]::new)));
      } else {
        reasons.add(Reason.noted(CreditRuleIds.ARREARS_LADDER_COMPLETE, Outcome.MET, ladder.source(),
            Figure.count("steps", ladder.value().steps().size())));
      }
    } else {
      reasons.add(Reason.noted(CreditRuleIds.ARREARS_NEXT_STEP, Outcome.NOT_APPLICABLE, ladder.source(),
          cny("claimable", claimable)));
    }
    DishonestListing listing = dishonestListing(household, steps, outstanding, asOf, reasons);
    Boolean eligible = null;
    if (household.committeeCandidate()) {
      Optional<ParameterValue<Boolean>> bar = policy.timeline(CreditParameters.COMMITTEE_BAR).flatMap(t -> t.at(asOf));
      if (bar.isPresent() && bar.get().value()) {
        eligible = !listing.listed();
        reasons.add(Reason.noted(CreditRuleIds.ARREARS_COMMITTEE_CANDIDATE, Outcome.of(eligible), bar.get().source()));
      } else {
        // No bar in force: the policy lets any owner stand, listed or not.
        eligible = true;
        reasons.add(Reason.noted(CreditRuleIds.ARREARS_COMMITTEE_CANDIDATE, Outcome.NOT_APPLICABLE,
            bar.map(ParameterValue::source)
            .orElse(NO_BAR)));
      }
    }
    ArrearsAction nextAction = next == null ? null : defined(next.action(), asOf);
    List<ArrearsAction> rejected = planned(household.planned(), nextAction, from, asOf, reasons);
    ArrearsAssessment assessment = new ArrearsAssessment(household.id(), money(outstanding), money(claimable), barred,
        nextAction, from, listing.listed(), listing.until(), eligible, rejected);
    return new Decision<>(assessment, reasons, policy.ref(), asOf);
  }

  /**
   * The events that bear on the limitation periods, each explained: a ladder step has the effect
   * its action's definition (in force on the step's date) gives it; a part payment or an
   * agreement to pay is the debtor agreeing to pay.
   */
  private Interruptions interruptions(Household household, List<StepTaken> steps, Citation limitationSource,
      LocalDate asOf, List<Reason> reasons) {
    List<LimitationEffect> effects = new ArrayList<>();
    List<Label> names = new ArrayList<>();
    for (StepTaken s : steps) {
      // The action's own effect, as the definitions in force on the step's date give it.
      ParameterValue<ArrearsActions> defined = inForceOrFirst(ACTIONS, s.date());
      ArrearsAction action = defined(s.action(), s.date());
      LimitationEffect effect = action.defined() ? action.limitation() : LimitationEffect.NONE;
      effects.add(effect);
      names.add(label(action));
      Outcome outcome = effect == LimitationEffect.NONE ? Outcome.NOT_APPLICABLE
          : Outcome.of(effect != LimitationEffect.DEMAND || s.reached());
      List<Figure> figures = new ArrayList<>(named("event", action));
      figures.add(Figure.date("date", s.date()));
      figures.add(Figure.term("effect", effect.name()));
      reasons.add(Reason.noted(CreditRuleIds.ARREARS_INTERRUPTION, outcome, defined.source(),
          figures.toArray(Figure[]::new)));
    }
    List<Payment> payments = household.payments().stream().filter(p -> !p.date().isAfter(asOf))
        .sorted(Comparator.comparing(Payment::date)).toList();
    for (Payment p : payments) {
      reasons.add(Reason.noted(CreditRuleIds.ARREARS_INTERRUPTION, Outcome.MET, limitationSource, Figure.term("event",
          "PAYMENT"), Figure.text("eventEn", Interruptions.PAYMENT.en()), Figure.text("eventZh",
          Interruptions.PAYMENT.zh()), Figure.date("date", p.date()), Figure.term("effect", "ACKNOWLEDGEMENT")));
    }
    List<LocalDate> agreed = household.agreedToPay().stream().filter(d -> !d.isAfter(asOf)).sorted().toList();
    for (LocalDate d : agreed) {
      reasons.add(Reason.noted(CreditRuleIds.ARREARS_INTERRUPTION, Outcome.MET, limitationSource, Figure.term("event",
          "AGREEMENT_TO_PAY"), Figure.text("eventEn", Interruptions.AGREEMENT_TO_PAY.en()), Figure.text("eventZh",
          Interruptions.AGREEMENT_TO_PAY.zh()), Figure.date("date", d), Figure.term("effect", "ACKNOWLEDGEMENT")));
    }
    return Interruptions.of(steps, effects, names, payments, agreed, asOf);
  }

  /** Explains where a month's claim stands: in its period, past it, or held by pending proceedings. */
  private static Reason limitationReason(MonthlyArrears m, Interruptions.Period period, ParameterValue<Integer> years,
      ParameterValue<Integer> enforcementYears, boolean claimed, LocalDate asOf) {
    Figure month = Figure.text("month", m.month().toString());
    Figure by = Figure.text("interruption", period.lastBy());
    Figure byEn = Figure.text("interruptionEn", period.lastByNames().en());
    Figure byZh = Figure.text("interruptionZh", period.lastByNames().zh());
    if (period.barredFrom() == null) {
      return Reason.noted(CreditRuleIds.ARREARS_LIMITATION, Outcome.NOT_APPLICABLE, years.source(), month, cny("amount",
          m.amount()), Figure.date("dueOn", m.dueOn()), Figure.date("pendingSince", period.pendingSince()), by, byEn, byZh);
    }
    ParameterValue<Integer> length = period.enforcement() ? enforcementYears : years;
    return Reason.noted(CreditRuleIds.ARREARS_LIMITATION, Outcome.of(claimed), length.source(), month,
        cny("amount", m.amount()),
        Figure.date("dueOn", m.dueOn()), Figure.term("period", period.enforcement() ? "ENFORCEMENT_PERIOD"
            : "LIMITATION_PERIOD"), Figure.count("years", length.value()), Figure.date("runsFrom", period.runsFrom()),
        by, byEn, byZh, Figure.date("barredFrom", period.barredFrom()))
        // Days left before the period runs out (the day it is barred from after the as-of date), or days since.
        .withMargin(Margin.of(Fraction.of(period.barredFrom().toEpochDay()), Comparison.MORE_THAN,
            Fraction.of(asOf.toEpochDay()), MarginUnit.DAYS));
  }

  /** The household's standing on the dishonest-debtor list; not listed when no listing step was taken by the as-of date. */
  private DishonestListing dishonestListing(Household household, List<StepTaken> steps, BigDecimal outstanding,
      LocalDate asOf, List<Reason> reasons) {
    StepTaken listing = steps.stream().filter(s -> s.action().equals(ArrearsAction.DISHONEST_DEBTOR_LIST)).findFirst()
        .orElse(null);
    if (listing == null) {
      return new DishonestListing(false, null);
    }
    ParameterValue<Integer> months = inForceOrFirst(DISHONEST_MONTHS, asOf);
    ParameterValue<Integer> removal = inForceOrFirst(REMOVAL_WORKING_DAYS, asOf);
    LocalDate paidOn = outstanding.signum() > 0 ? null : household.payments().stream().map(Payment::date)
        .filter(d -> !d.isAfter(asOf)).max(Comparator.naturalOrder()).orElse(null);
    Optional<WorkCalendar> calendar = paidOn == null ? Optional.empty()
        : CalendarYears.inForce(policy, paidOn).map(ParameterValue::value);
    return DishonestListing.judge(listing, months.value(), months.source(), removal.value(), removal.source(),
        calendar, paidOn, outstanding, asOf, reasons);
  }

  /** Judges each planned action: forbidden by law, or else allowed only as the next step once it is due. */
  private List<ArrearsAction> planned(List<ArrearsAction> planned, ArrearsAction next, LocalDate from, LocalDate asOf,
      List<Reason> reasons) {
    ParameterValue<ForbiddenActions> forbidden = inForceOrFirst(FORBIDDEN, asOf);
    ParameterValue<ArrearsLadder> ladder = inForceOrFirst(LADDER, asOf);
    List<ArrearsAction> rejected = new ArrayList<>();
    for (ArrearsAction plannedAction : planned) {
      ArrearsAction action = defined(plannedAction, asOf);
      Figure[] planned1 = named("action", action).toArray(Figure[]::new);
      if (forbidden.value().actions().contains(action)) {
        rejected.add(action);
        reasons.add(Reason.noted(CreditRuleIds.ARREARS_FORBIDDEN_ACTION, Outcome.NOT_MET, forbidden.source(),
            planned1));
      } else if (next == null) {
        rejected.add(action);
        reasons.add(Reason.noted(CreditRuleIds.ARREARS_PLANNED_ACTION, Outcome.NOT_APPLICABLE, ladder.source(),
            planned1));
      } else {
        boolean allowed = action.equals(next) && !from.isAfter(asOf);
        if (!allowed) {
          rejected.add(action);
        }
        List<Figure> figures = new ArrayList<>(List.of(planned1));
        figures.addAll(named("step", next));
        figures.add(Figure.date("from", from));
        Reason reason = Reason.noted(CreditRuleIds.ARREARS_PLANNED_ACTION, Outcome.of(allowed), ladder.source(),
            figures.toArray(Figure[]::new));
        // Only the next step waits for a date; another action is not allowed on any date.
        reasons.add(action.equals(next) ? reason.withMargin(Margin.of(Fraction.of(asOf.toEpochDay()),
            Comparison.AT_LEAST, Fraction.of(from.toEpochDay()), MarginUnit.DAYS)) : reason);
      }
    }
    return rejected;
  }

  /** An action as the definitions in force on a date (else the first) define it; as named when they do not. */
  private ArrearsAction defined(ArrearsAction action, LocalDate date) {
    ArrearsAction found = inForceOrFirst(ACTIONS, date).value().find(action);
    if (found == null) {
      // Defined by an earlier or later list only: the names are the same action's.
      for (ParameterValue<ArrearsActions> v : policy.timeline(ACTIONS).orElseThrow().values()) {
        found = found == null ? v.value().find(action) : found;
      }
    }
    return found == null ? action : found;
  }

  /** The names of an action, its id in both languages when no definition names it. */
  private static Label label(ArrearsAction action) {
    return action.defined() ? action.label() : new Label(action.id(), action.id());
  }

  /** The figures that name an action: its id, and its names from the policy in English and Chinese. */
  private static List<Figure> named(String name, ArrearsAction action) {
    Label label = label(action);
    return List.of(Figure.text(name, action.id()), Figure.text(name + "En", label.en()),
        Figure.text(name + "Zh", label.zh()));
  }

  private <T> ParameterValue<T> inForceOrFirst(ParameterKey<T> key, LocalDate date) {
    Timeline<T> timeline = policy.timeline(key).orElseThrow();
    return timeline.at(date).orElse(timeline.values().get(0));
  }

  private static BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  private static Figure cny(String name, BigDecimal amount) {
    return Figure.of(name, Fraction.of(amount), Unit.CNY);
  }
}
