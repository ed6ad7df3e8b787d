package io.propgov.governance.workorder;

import io.propgov.governance.credit.CreditEvent;
import io.propgov.governance.credit.CreditParameters;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Label;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.org.CalendarYears;
import io.propgov.governance.org.DayCount;
import io.propgov.governance.org.WorkCalendar;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Judges one valid work order as of a date: its two deadlines, how it counts, its credit event. */
final class OrderJudge {

  private final GovernancePolicy policy;

  OrderJudge(GovernancePolicy policy) {
    this.policy = policy;
  }

  /** The policy's work calendar in force on a day, empty when it sets none. */
  private Optional<WorkCalendar> calendar(LocalDate on) {
    return CalendarYears.inForce(policy, on).map(ParameterValue::value);
  }

  Decision<OrderJudgement> judge(WorkOrder order, ResolutionBasis basis, LocalDate asOf) {
    ParameterValue<OrderCategories> categories = policy.valueAt(WorkOrderParameters.CATEGORIES, order.receivedOn());
    OrderCategory category = categories.value().category(order.category()).orElseThrow();
    Optional<WorkCalendar> policyCalendar = calendar(order.receivedOn());
    WorkCalendar calendar = policyCalendar.orElse(WorkCalendar.WEEKDAYS);
    LocalDate responseDue = calendar.due(order.receivedOn(), category.responseDays(), category.dayCount());
    LocalDate resolutionDue = calendar.due(order.receivedOn(), category.resolutionDays(), category.dayCount());
    LocalDate responded = known(order.respondedOn(), asOf);
    LocalDate resolved = known(order.resolvedOn(), asOf);
    LocalDate closed = known(order.closedOn(), asOf);
    DeadlineStatus response = status(responded, responseDue, asOf);
    DeadlineStatus resolution = status(resolved, resolutionDue, asOf);

    List<Reason> reasons = new ArrayList<>();
    reasons.add(deadline(WorkOrderRuleIds.RESPONSE_DEADLINE, "respondedOn", response, responded, responseDue,
        category.responseDays(), category, order,
        counted(categories.source(), category, policyCalendar, order, responseDue), asOf));
    reasons.add(deadline(WorkOrderRuleIds.RESOLUTION_DEADLINE, "resolvedOn", resolution, resolved, resolutionDue,
        category.resolutionDays(), category, order, counted(categories.source(), category, policyCalendar, order,
            resolutionDue), asOf));

    Boolean countedResolved;
    if (basis == ResolutionBasis.ON_TIME) {
      countedResolved = resolution == DeadlineStatus.PENDING ? null : resolution == DeadlineStatus.ON_TIME;
    } else {
      countedResolved = closed == null ? null : order.callerSolved();
    }
    Citation basisSource = policy.valueAt(WorkOrderParameters.RESOLUTION_BASIS, asOf).source();
    reasons.add(Reason.noted(WorkOrderRuleIds.RESOLVED, countedResolved == null ? Outcome.NOT_APPLICABLE
        : Outcome.of(countedResolved), basisSource, Figure.term("basis", basis.name()), Figure.date("asOf", asOf)));

    Boolean satisfied = null;
    if (closed != null && order.rating() != null) {
      ParameterValue<FollowUpRatings> ratings = policy.valueAt(WorkOrderParameters.RATINGS, closed);
      RatingLevel rating = ratings.value().rating(order.rating()).orElseThrow();
      satisfied = rating.satisfied();
      reasons.add(Reason.noted(WorkOrderRuleIds.SATISFIED, Outcome.of(satisfied), ratings.source(),
          Figure.text("rating", rating.code()), Figure.text("ratingEn", rating.en()),
          Figure.text("ratingZh", rating.zh()), Figure.date("closedOn", closed)));
    } else {
      reasons.add(Reason.noted(WorkOrderRuleIds.SATISFIED, Outcome.NOT_APPLICABLE,
          policy.valueAt(WorkOrderParameters.RATINGS, asOf).source(), Figure.date("asOf", asOf)));
    }

    CreditEvent event = null;
    if (order.upheld()) {
      if (closed != null && order.companyId() != null) {
        ParameterValue<String> code = policy.valueAt(WorkOrderParameters.CREDIT_EVENT, closed);
        event = new CreditEvent("order:" + order.id(), code.value(), closed);
        Label name = eventName(code.value(), closed);
        reasons.add(Reason.noted(WorkOrderRuleIds.CREDIT_EVENT, Outcome.MET, code.source(),
            Figure.text("code", code.value()), Figure.text("codeEn", name.en()), Figure.text("codeZh", name.zh()),
            Figure.text("company", order.companyId()), Figure.date("closedOn", closed)));
      } else {
        ParameterValue<String> code = policy.valueAt(WorkOrderParameters.CREDIT_EVENT, asOf);
        Label name = eventName(code.value(), asOf);
        reasons.add(Reason.noted(WorkOrderRuleIds.CREDIT_EVENT, closed == null ? Outcome.NOT_APPLICABLE
            : Outcome.NOT_MET, code.source(), Figure.text("code", code.value()), Figure.text("codeEn", name.en()),
            Figure.text("codeZh", name.zh()), Figure.date("asOf", asOf)));
      }
    }
    OrderJudgement judgement = new OrderJudgement(order.id(), order.unitId(), order.companyId(),
        YearMonth.from(order.receivedOn()), new Label(category.en(), category.zh()), responseDue, response,
        resolutionDue, resolution, countedResolved, satisfied, event);
    return new Decision<>(judgement, reasons, policy.ref(), asOf);
  }

  /** The names the credit catalogue in force gives an event code, or the code itself when it gives none. */
  private Label eventName(String code, LocalDate on) {
    return policy.timeline(CreditParameters.EVENTS).flatMap(t -> t.at(on)).flatMap(v -> v.value().type(code))
        .map(t -> new Label(t.en(), t.zh())).orElse(new Label(code, code));
  }

  /** A day recorded in the facts, as known on the as-of date: a day after it is not known yet. */
  private static LocalDate known(LocalDate day, LocalDate asOf) {
    return day == null || day.isAfter(asOf) ? null : day;
  }

  /** On time when done by the due date (its last day included); late when done after it or still open after it. */
  static DeadlineStatus status(LocalDate done, LocalDate due, LocalDate asOf) {
    if (done != null) {
      return done.isAfter(due) ? DeadlineStatus.LATE : DeadlineStatus.ON_TIME;
    }
    return asOf.isAfter(due) ? DeadlineStatus.LATE : DeadlineStatus.PENDING;
  }

  /** A deadline's source, noted when its working days ran over a year no calendar lists. */
  private static Citation counted(Citation source, OrderCategory category, Optional<WorkCalendar> calendar,
      WorkOrder order,
      LocalDate due) {
    return category.dayCount() == DayCount.WORKING ? CalendarYears.cite(source, calendar, order.receivedOn(), due)
        : source;
  }

  private static Reason deadline(String ruleId, String doneName, DeadlineStatus status, LocalDate done,
      LocalDate due, int days, OrderCategory category, WorkOrder order, Citation source, LocalDate asOf) {
    Outcome outcome = switch (status) {
      case ON_TIME -> Outcome.MET;
      case LATE -> Outcome.NOT_MET;
      case PENDING -> Outcome.NOT_APPLICABLE;
    };
    return Reason.noted(ruleId, outcome, source, Figure.text("category", category.code()),
        Figure.text("categoryEn", category.en()), Figure.text("categoryZh", category.zh()),
        Figure.date("receivedOn", order.receivedOn()), Figure.of("days", Fraction.of(days), Unit.DAYS),
        Figure.term("dayCount", category.dayCount().name()), Figure.date("due", due),
        done == null ? Figure.term(doneName, "NOT_YET") : Figure.date(doneName, done), Figure.date("asOf", asOf));
  }
}
