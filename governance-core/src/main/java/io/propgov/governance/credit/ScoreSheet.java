package io.propgov.governance.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A company's score on one day: the events counting, the raw points of each kind, what the caps
 * let through, and the grade, with the serious violation that vetoes it, if any.
 */
record ScoreSheet(LocalDate on, List<Counted> counting, Map<CreditEventKind, BigDecimal> raw, BigDecimal added,
    BigDecimal deducted, BigDecimal score, GradeBand scoreBand, GradeBand grade, Counted veto) {

  /** Scores the events counting on a day by a formula and grades the score. */
  static ScoreSheet of(List<Counted> events, LocalDate on, ScoreFormula formula, GradeBands bands) {
    List<Counted> counting = events.stream().filter(c -> c.countsOn(on)).toList();
    Map<CreditEventKind, BigDecimal> raw = new EnumMap<>(CreditEventKind.class);
    for (Counted c : counting) {
      raw.merge(c.kind(), c.points(), BigDecimal::add);
    }
    BigDecimal added = BigDecimal.ZERO;
    BigDecimal deducted = BigDecimal.ZERO;
    for (Map.Entry<CreditEventKind, BigDecimal> e : raw.entrySet()) {
      if (e.getKey().adds()) {
        added = added.add(formula.cap(e.getKey()).map(cap -> cap.min(e.getValue())).orElse(e.getValue()));
      } else {
        deducted = deducted.add(e.getValue());
      }
    }
    BigDecimal score = formula.base().add(added).subtract(deducted);
    GradeBand scoreBand = bands.gradeOf(score);
    // The latest serious violation still counting vetoes the grade (ties broken by id, for determinism).
    Counted veto = counting.stream().filter(c -> c.kind() == CreditEventKind.SERIOUS)
        .max(Comparator.comparing((Counted c) -> c.event().date()).thenComparing(c -> c.event().id())).orElse(null);
    return new ScoreSheet(on, counting, raw, added, deducted, score, scoreBand, veto == null ? scoreBand : bands.lowest(),
        veto);
  }

  /** The contributions of the events counting, oldest first. */
  List<Contribution> contributions() {
    List<Contribution> list = new ArrayList<>();
    for (Counted c : counting) {
      list.add(new Contribution(c.event().id(), c.type().code(), c.kind(), c.event().date(), c.lastDay(),
          c.signedPoints()));
    }
    return list;
  }
}
