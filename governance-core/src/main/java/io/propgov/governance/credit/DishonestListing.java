package io.propgov.governance.credit;

import io.propgov.governance.policy.Citation;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Margin;
import io.propgov.governance.explain.MarginUnit;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.org.CalendarYears;
import io.propgov.governance.org.DayCount;
import io.propgov.governance.org.WorkCalendar;
import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where a household listed as a dishonest debtor stands on a date (Supreme People's Court
 * provisions on publishing the list of dishonest judgment debtors, 2017 revision). A debtor able to
 * pay who refuses (art. 1, ground (1)) has no fixed term and stays listed until it pays; grounds (2)
 * to (6) list for the policy's term (art. 2: 2 years), extended by the years the court added. Any
 * listing is removed within the policy's working days of payment in full (art. 10: 3): this model
 * counts the household off the list from the last of those days, counted from the day after the
 * payment. Package-private: {@link ArrearsRules} calls it.
 *
 * @param listed whether the household is on the list on the as-of date
 * @param until the first day off the list when known: the end of the term or the removal day,
 *     whichever comes first; null when listed with no fixed end, or not listed
 */
record DishonestListing(boolean listed, LocalDate until) {

  /**
   * Judges a listing and adds its reasons.
   *
   * @param listing the listing step taken, with its ground
   * @param months the term of grounds (2) to (6), with its source
   * @param removalDays the working days to removal after payment
   * @param calendar the policy's calendar in force on the payment day, empty to count Monday to Friday
   * @param paidOn the day of the payment after which nothing was owed, or null
   */
  static DishonestListing judge(StepTaken listing, int months, Citation termSource, int removalDays,
      Citation removalSource, Optional<WorkCalendar> calendar, LocalDate paidOn, BigDecimal outstanding, LocalDate asOf,
      List<Reason> reasons) {
    int ground = listing.ground() == null ? 1 : listing.ground();
    Figure groundFigure = Figure.count("ground", ground);
    LocalDate termEnd = null;
    if (ground == 1) {
      reasons.add(Reason.noted(CreditRuleIds.ARREARS_DISHONEST_TERM, Outcome.NOT_APPLICABLE, termSource, groundFigure,
          Figure.date("since", listing.date())));
    } else {
      int extended = listing.extendedYears() == null ? 0 : listing.extendedYears();
      termEnd = listing.date().plusMonths(months).plusYears(extended);
      reasons.add(Reason.noted(CreditRuleIds.ARREARS_DISHONEST_TERM, Outcome.of(termEnd.isAfter(asOf)), termSource,
          groundFigure,
          Figure.date("since", listing.date()), Figure.count("months", months),
          Figure.count("extendedYears", extended), Figure.date("termEnd", termEnd))
          // The days left in the term (it ends on termEnd, off the list from that day), or since it ran out.
          .withMargin(Margin.of(Fraction.of(termEnd.toEpochDay()), Comparison.MORE_THAN,
              Fraction.of(asOf.toEpochDay()), MarginUnit.DAYS)));
    }
    LocalDate removedOn = null;
    if (outstanding.signum() > 0) {
      reasons.add(Reason.noted(CreditRuleIds.ARREARS_DISHONEST_REMOVAL, Outcome.NOT_APPLICABLE, removalSource,
          cny(outstanding)));
    } else if (paidOn != null) {
      WorkCalendar days = calendar.orElse(WorkCalendar.WEEKDAYS);
      removedOn = days.due(paidOn, removalDays, DayCount.WORKING);
      reasons.add(Reason.noted(CreditRuleIds.ARREARS_DISHONEST_REMOVAL, Outcome.of(!removedOn.isAfter(asOf)),
          CalendarYears.cite(removalSource, calendar, paidOn, removedOn),
          Figure.date("paidOn", paidOn), Figure.count("removalDays", removalDays), Figure.date("removedOn", removedOn),
          CalendarYears.figure(calendar, paidOn, removedOn)));
    }
    LocalDate until = termEnd == null ? removedOn : removedOn == null || termEnd.isBefore(removedOn) ? termEnd
        : removedOn;
    // Nothing owed and no payment on record: nothing keeps the household listed.
    boolean listed = (until == null || until.isAfter(asOf)) && (outstanding.signum() > 0 || paidOn != null);
    reasons.add(Reason.noted(CreditRuleIds.ARREARS_DISHONEST_DEBTOR, Outcome.of(listed), termSource,
        Figure.date("since", listing.date()), groundFigure, cny(outstanding)));
    return new DishonestListing(listed, listed ? until : null);
  }

  private static Figure cny(BigDecimal amount) {
    return Figure.of("outstanding", Fraction.of(amount), Unit.CNY);
  }
}
