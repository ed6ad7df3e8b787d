package io.propgov.governance.credit;

import io.propgov.governance.internal.DecimalSum;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
    CreditEventKind[] kinds = CreditEventKind.values();
    DecimalSum[] sums = new DecimalSum[kinds.length];
    List<Counted> counting = new ArrayList<>();
    Counted veto = null;
    for (Counted c : events) {
      if (c.countsOn(on)) {
        counting.add(c);
        int k = c.kind().ordinal();
        if (sums[k] == null) {
          sums[k] = new DecimalSum();
        }
        sums[k].add(c.points());
        // The latest serious violation still counting vetoes the grade (ties by id: never dependent on input order).
        if (c.kind() == CreditEventKind.SERIOUS && (veto == null || Counted.BY_DATE_AND_ID.compare(c, veto) > 0)) {
          veto = c;
        }
      }
    }
    Map<CreditEventKind, BigDecimal> raw = new EnumMap<>(CreditEventKind.class);
    BigDecimal added = BigDecimal.ZERO;
    BigDecimal deducted = BigDecimal.ZERO;
    for (CreditEventKind kind : kinds) {
      if (sums[kind.ordinal()] == null) {
        continue;
      }
      // Whole points are summed in a long; the sum has the value and scale of adding in turn.
      BigDecimal sum = sums[kind.ordinal()].sum();
      raw.put(kind, sum);
      if (kind.adds()) {
        BigDecimal cap = formula.caps().get(kind);
        added = added.add(cap == null ? sum : cap.min(sum));
      } else {
        deducted = deducted.add(sum);
      }
    }
    BigDecimal score = formula.base().add(added).subtract(deducted);
    GradeBand scoreBand = bands.gradeOf(score);
    return new ScoreSheet(on, Collections.unmodifiableList(counting), raw, added, deducted, score, scoreBand, veto == null ? scoreBand : bands.lowest(),
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
