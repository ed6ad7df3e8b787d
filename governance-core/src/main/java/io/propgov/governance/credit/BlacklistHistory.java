package io.propgov.governance.credit;

import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Margin;
import io.propgov.governance.explain.MarginUnit;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replays a company's record to find every listing up to a date: entries on a serious violation
 * or on a run of lowest cycle grades, extensions by new serious violations, expiry, and repair.
 * Events and triggers are taken in (date, id) order, so the result does not depend on the order
 * the facts arrive in.
 */
final class BlacklistHistory {

  /** Something that puts a company on the list: a serious violation or the close of a run of lowest grades. */
  private record Trigger(LocalDate date, ListingCause cause, String id) {}

  private final List<Listing> listings = new ArrayList<>();
  private final List<Reason> reasons = new ArrayList<>();
  private final BlacklistTerms rules;
  private final Citation source;
  private final LocalDate asOf;

  private BlacklistHistory(BlacklistTerms rules, Citation source, LocalDate asOf) {
    this.rules = rules;
    this.source = source;
    this.asOf = asOf;
  }

  /**
   * Replays the events dated by {@code asOf} (sorted by date and id) and the cycle grades closed by then.
   */
  static BlacklistHistory replay(List<Counted> events, List<CycleGrade> cycles, BlacklistTerms rules, Citation source,
      LocalDate asOf) {
    BlacklistHistory history = new BlacklistHistory(rules, source, asOf);
    history.run(events, triggers(events, cycles, rules));
    history.lowestRun(cycles);
    return history;
  }

  List<Listing> listings() {
    return List.copyOf(listings);
  }

  List<Reason> reasons() {
    return List.copyOf(reasons);
  }

  boolean listedOn(LocalDate date) {
    return !listings.isEmpty() && listings.get(listings.size() - 1).covers(date);
  }

  private static List<Trigger> triggers(List<Counted> events, List<CycleGrade> cycles, BlacklistTerms rules) {
    List<Trigger> triggers = new ArrayList<>();
    events.stream().filter(c -> c.kind() == CreditEventKind.SERIOUS)
        .forEach(c -> triggers.add(new Trigger(c.event().date(), ListingCause.SERIOUS_VIOLATION, c.event().id())));
    int run = 0;
    for (CycleGrade cycle : cycles) {
      run = cycle.lowest() ? run + 1 : 0;
      if (run == rules.lowestGradesInRow()) {
        triggers.add(new Trigger(cycle.end(), ListingCause.LOWEST_GRADES, cycle.end().toString()));
        run = 0; // a run that listed the company is used up; the next listing needs a new run
      }
    }
    triggers.sort(Comparator.comparing(Trigger::date).thenComparing(Trigger::cause).thenComparing(Trigger::id));
    return triggers;
  }

  private void run(List<Counted> events, List<Trigger> triggers) {
    LocalDate free = LocalDate.MIN; // the first day after the last listing ended
    for (Trigger trigger : triggers) {
      if (trigger.date().isBefore(free)) {
        continue; // while listed: a serious violation extended the listing already; a run of grades is used up
      }
      LocalDate end = episode(trigger, events);
      if (end == null) {
        return; // still listed on the as-of date
      }
      free = end;
    }
  }

  /** Follows one listing from its trigger; returns the day it ended, or null when it still runs. */
  private LocalDate episode(Trigger trigger, List<Counted> events) {
    LocalDate since = trigger.date();
    LocalDate endsOn = since.plusMonths(rules.listingMonths());
    LocalDate quietFrom = since;
    List<Counted> violations = new ArrayList<>();
    List<String> extensions = new ArrayList<>();
    events.stream().filter(c -> c.event().id().equals(trigger.id()) && trigger.cause() == ListingCause.SERIOUS_VIOLATION)
        .forEach(violations::add);
    reasons.add(Reason.noted(CreditRuleIds.BLACKLIST_ENTRY, Outcome.MET, source, Figure.date("since", since),
        Figure.term("cause", trigger.cause().name()), Figure.text("trigger", trigger.id()),
        Figure.date("endsOn", endsOn)));
    for (Counted c : events) {
      if (!c.event().date().isAfter(since) || !c.isBad()) {
        continue;
      }
      LocalDate repairOn = repairDate(violations, quietFrom);
      LocalDate end = repairOn != null && repairOn.isBefore(endsOn) ? repairOn : endsOn;
      if (!c.event().date().isBefore(end)) {
        break;
      }
      quietFrom = c.event().date();
      if (c.kind() == CreditEventKind.SERIOUS) {
        violations.add(c);
        extensions.add(c.event().id());
        LocalDate extended = c.event().date().plusMonths(rules.listingMonths());
        endsOn = extended.isAfter(endsOn) ? extended : endsOn;
        reasons.add(Reason.noted(CreditRuleIds.BLACKLIST_EXTENSION, Outcome.MET, source,
            Figure.text("trigger", c.event().id()), Figure.date("date", c.event().date()), Figure.date("endsOn", endsOn)));
      }
    }
    LocalDate repairOn = repairDate(violations, quietFrom);
    boolean repaired = repairOn != null && repairOn.isBefore(endsOn);
    LocalDate end = repaired ? repairOn : endsOn;
    if (end.isAfter(asOf)) {
      listings.add(new Listing(since, endsOn, trigger.cause(), trigger.id(), extensions, null));
      repairStatus(violations, quietFrom);
      return null;
    }
    listings.add(new Listing(since, end, trigger.cause(), trigger.id(), extensions,
        repaired ? ListingEnd.REPAIRED : ListingEnd.EXPIRED));
    if (repaired) {
      reasons.add(Reason.noted(CreditRuleIds.BLACKLIST_REPAIR, Outcome.MET, source, Figure.date("since", since),
          Figure.date("endedOn", end), Figure.count("quietMonths", rules.repairQuietMonths())));
    } else {
      reasons.add(Reason.noted(CreditRuleIds.BLACKLIST_EXPIRY, Outcome.MET, source, Figure.date("since", since),
          Figure.date("endedOn", end)));
    }
    return end;
  }

  /**
   * The first day repair can take a listing off, knowing what is known on the as-of date: the
   * quiet period over and every violation corrected; null when repair is not allowed or a
   * violation is not corrected.
   */
  private LocalDate repairDate(List<Counted> violations, LocalDate quietFrom) {
    if (!rules.repairAllowed()) {
      return null;
    }
    LocalDate date = quietFrom.plusMonths(rules.repairQuietMonths());
    if (rules.repairRequiresCorrection()) {
      for (Counted v : violations) {
        if (!v.correctedBy(asOf)) {
          return null;
        }
        date = v.event().correctedOn().isAfter(date) ? v.event().correctedOn() : date;
      }
    }
    return date;
  }

  /** Why the running listing has not been repaired yet. */
  private void repairStatus(List<Counted> violations, LocalDate quietFrom) {
    if (!rules.repairAllowed()) {
      reasons.add(Reason.noted(CreditRuleIds.BLACKLIST_REPAIR, Outcome.NOT_APPLICABLE, source));
      return;
    }
    if (rules.repairRequiresCorrection()) {
      for (Counted v : violations) {
        if (!v.correctedBy(asOf)) {
          reasons.add(Reason.noted(CreditRuleIds.BLACKLIST_REPAIR_CORRECTION, Outcome.NOT_MET, source,
              Figure.text("trigger", v.event().id())));
          return;
        }
      }
    }
    LocalDate repairFrom = repairDate(violations, quietFrom);
    // The listing runs on past the as-of date, so repair is still ahead: the days until it is possible.
    reasons.add(Reason.noted(CreditRuleIds.BLACKLIST_REPAIR, Outcome.NOT_MET, source,
        Figure.count("quietMonths", rules.repairQuietMonths()), Figure.date("repairFrom", repairFrom))
        .withMargin(Margin.of(Fraction.of(asOf.toEpochDay()), Comparison.AT_LEAST,
            Fraction.of(repairFrom.toEpochDay()), MarginUnit.DAYS)));
  }

  /** The run of lowest grades that closes the cycles, compared with the run that lists a company. */
  private void lowestRun(List<CycleGrade> cycles) {
    int run = 0;
    for (int i = cycles.size() - 1; i >= 0 && cycles.get(i).lowest(); i--) {
      run++;
    }
    reasons.add(Reason.compared(CreditRuleIds.BLACKLIST_LOWEST_GRADES, run >= rules.lowestGradesInRow(),
        Figure.count("inRow", run), Comparison.AT_LEAST, Figure.count("required", rules.lowestGradesInRow()), source,
        Figure.count("cycles", cycles.size()))
        .withMargin(Margin.of(Fraction.of(run), Comparison.AT_LEAST, Fraction.of(rules.lowestGradesInRow()),
            MarginUnit.CYCLES, Fraction.ZERO, Fraction.of(cycles.size()))));
  }
}
