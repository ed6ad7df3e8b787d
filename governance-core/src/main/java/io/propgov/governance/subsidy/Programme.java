package io.propgov.governance.subsidy;

import io.propgov.governance.explain.Label;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A subsidy or award programme (补贴 / 奖励项目): who may apply, how an application is scored,
 * what it is paid and how a fixed budget is shared.
 *
 * @param id the programme's stable id; applications name it, never blank
 * @param name its name in English and Chinese, never null
 * @param opens the first day applications may be filed, never null
 * @param closes the last day applications may be filed, not before {@code opens}, never null
 * @param budget the money available, in CNY, whole fen, never null
 * @param criteria the eligibility criteria, at most one of each kind, never null (may be empty)
 * @param scoring how applications are scored, or null when they are not (every eligible
 *     application is paid its base amount in full)
 * @param payoutBands with scoring: the share of the base amount paid at each score, highest
 *     score first, scores strictly falling and shares not rising, at least one; without scoring:
 *     empty. A score below every band is paid nothing.
 * @param base the base amount, never null
 * @param allocation how the budget is shared when eligible amounts exceed it, never null
 * @param tieBreak how equal scores are ordered for a priority allocation, never null
 * @since 0.1.0
 */
public record Programme(String id, Label name, LocalDate opens, LocalDate closes, BigDecimal budget,
    List<Criterion> criteria, ScoringScheme scoring, List<PayoutBand> payoutBands, BaseAmount base,
    AllocationMethod allocation, TieBreak tieBreak) {

  /** Checks the parts; a higher score is never paid a smaller share. */
  public Programme {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a programme needs an id");
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(closes, "closes");
    if (closes.isBefore(opens)) {
      throw new IllegalArgumentException("programme " + id + ": closes " + closes + " is before opens " + opens);
    }
    budget = Money.check(budget, "programme " + id + ": budget");
    criteria = List.copyOf(criteria);
    Set<String> kinds = new HashSet<>();
    for (Criterion c : criteria) {
      if (!kinds.add(c.kind())) {
        throw new IllegalArgumentException("programme " + id + ": criterion " + c.kind() + " appears twice");
      }
    }
    payoutBands = List.copyOf(payoutBands);
    if (scoring == null && !payoutBands.isEmpty()) {
      throw new IllegalArgumentException("programme " + id + ": payout bands need a scoring scheme");
    }
    if (scoring != null && payoutBands.isEmpty()) {
      throw new IllegalArgumentException("programme " + id + ": a scored programme needs at least one payout band");
    }
    for (int i = 1; i < payoutBands.size(); i++) {
      if (payoutBands.get(i).minScore().compareTo(payoutBands.get(i - 1).minScore()) >= 0
          || payoutBands.get(i).share().compareTo(payoutBands.get(i - 1).share()) > 0) {
        throw new IllegalArgumentException("programme " + id + ": payout bands must be listed highest score first,"
            + " scores strictly falling and shares not rising; band " + i + " breaks the order");
      }
    }
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(allocation, "allocation");
    Objects.requireNonNull(tieBreak, "tieBreak");
  }
}
