package io.propgov.governance.credit;

import io.propgov.governance.explain.Label;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The facts that bear on a household's limitation periods, in date order, and the period each
 * month's claim stands in on the as-of date (Civil Code arts. 188 and 195; after a judgment the
 * Civil Procedure Law's period for applying for enforcement). Package-private: the rules explain
 * each result.
 */
final class Interruptions {

  /** What an event does. */
  enum Kind {
    /** The period runs anew from the event's day: a demand that reached the debtor, a part payment, an agreement. */
    RESTART,
    /** Proceedings begin; nothing runs until they end. */
    START,
    /** Proceedings end without a judgment; the period runs anew from that day. */
    END,
    /** A judgment ends the proceedings; the enforcement period runs from that day. */
    JUDGMENT
  }

  /**
   * One event.
   *
   * @param date its day
   * @param kind what it does
   * @param key pairs a start of proceedings with its end
   * @param label the term that names it in explanations
   * @param names its names in English and Chinese
   */
  record Event(LocalDate date, Kind kind, int key, String label, Label names) {}

  /**
   * Where one month's claim stands.
   *
   * @param runsFrom the day the period in force last started: the due date, an interruption, or
   *     the end of proceedings; null while proceedings are pending
   * @param barredFrom the first day the claim is time-barred if the owner raises it; null while
   *     proceedings are pending
   * @param pendingSince the day the pending proceedings began; null when none are pending
   * @param enforcement whether the period is the enforcement period after a judgment
   * @param lastBy the term naming the last event that bore on the period, or {@code NONE}
   * @param lastByNames the names of that event in English and Chinese
   */
  record Period(LocalDate runsFrom, LocalDate barredFrom, LocalDate pendingSince, boolean enforcement,
      String lastBy, Label lastByNames) {}

  /** The names of a payment. */
  static final Label PAYMENT = new Label("a payment", "付款");
  /** The names of an agreement to pay. */
  static final Label AGREEMENT_TO_PAY = new Label("an agreement to pay", "同意履行");
  /** The names shown when no event bore on a period. */
  static final Label NO_EVENT = new Label("none", "无");

  private final List<Event> events;

  Interruptions(List<Event> events) {
    this.events = events.stream().sorted(Comparator.comparing(Event::date).thenComparing(Event::kind)).toList();
  }

  /**
   * The period of a claim that fell due on {@code dueOn}: only events after that day bear on it,
   * and proceedings bear on it only when they began while its period still ran.
   */
  Period period(LocalDate dueOn, int years, int enforcementYears) {
    int length = years;
    boolean enforcement = false;
    LocalDate runsFrom = dueOn;
    LocalDate barredFrom = dueOn.plusYears(years).plusDays(1);
    LocalDate pendingSince = null;
    String lastBy = "NONE";
    Label lastByNames = NO_EVENT;
    Set<Integer> pending = new HashSet<>();
    for (Event e : events) {
      if (!e.date().isAfter(dueOn)) {
        continue;
      }
      boolean running = pending.isEmpty() && e.date().isBefore(barredFrom);
      switch (e.kind()) {
        case RESTART -> {
          if (running) {
            runsFrom = e.date();
            barredFrom = e.date().plusYears(length).plusDays(1);
            lastBy = e.label();
            lastByNames = e.names();
          }
        }
        case START -> {
          if (running || !pending.isEmpty()) {
            if (pending.isEmpty()) {
              pendingSince = e.date();
              runsFrom = null;
              barredFrom = null;
              lastBy = e.label();
              lastByNames = e.names();
            }
            pending.add(e.key());
          }
        }
        case END -> {
          if (pending.remove(e.key()) && pending.isEmpty()) {
            pendingSince = null;
            runsFrom = e.date();
            barredFrom = e.date().plusYears(length).plusDays(1);
            lastBy = e.label();
            lastByNames = e.names();
          }
        }
        case JUDGMENT -> {
          if (!pending.isEmpty()) {
            pending.clear();
            pendingSince = null;
            length = enforcementYears;
            enforcement = true;
            runsFrom = e.date();
            barredFrom = e.date().plusYears(length).plusDays(1);
            lastBy = e.label();
            lastByNames = e.names();
          }
        }
        default -> throw new IllegalStateException(e.kind().name());
      }
    }
    return new Period(runsFrom, barredFrom, pendingSince, enforcement, lastBy, lastByNames);
  }

  /** The events of the steps, payments and agreements up to the as-of date, with the effect each step's action has. */
  static Interruptions of(List<StepTaken> steps, List<LimitationEffect> effects, List<Label> names,
      List<Payment> payments, List<LocalDate> agreed, LocalDate asOf) {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      StepTaken s = steps.get(i);
      String label = s.action().id();
      Label named = names.get(i);
      switch (effects.get(i)) {
        case DEMAND -> {
          if (s.reached()) {
            events.add(new Event(s.date(), Kind.RESTART, i, label, named));
          }
        }
        case PROCEEDINGS -> {
          events.add(new Event(s.date(), Kind.START, i, label, named));
          if (s.endedOn() != null && !s.endedOn().isAfter(asOf)) {
            events.add(new Event(s.endedOn(), Kind.END, i, label, named));
          }
        }
        case ENFORCEMENT -> events.add(new Event(s.date(), Kind.JUDGMENT, i, label, named));
        case NONE -> { }
        default -> throw new IllegalStateException(effects.get(i).name());
      }
    }
    payments.stream().filter(p -> !p.date().isAfter(asOf))
        .forEach(p -> events.add(new Event(p.date(), Kind.RESTART, -1, "PAYMENT", PAYMENT)));
    agreed.stream().filter(d -> !d.isAfter(asOf))
        .forEach(d -> events.add(new Event(d, Kind.RESTART, -1, "AGREEMENT_TO_PAY", AGREEMENT_TO_PAY)));
    return new Interruptions(events);
  }
}
