package io.propgov.governance.subsidy;

import static io.propgov.governance.subsidy.Scoring.money;
import static io.propgov.governance.subsidy.Scoring.number;

import io.propgov.governance.policy.Citation;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.policy.Fraction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Shares a programme's budget among its eligible awards, to the fen. */
final class Allocator {

  /** An allocation with its reasons. */
  record Allocated(Allocation allocation, List<Reason> reasons) {}

  private Allocator() {}

  static Allocated allocate(Programme programme, List<Award> awards, Citation source) {
    List<Award> claims = awards.stream().filter(a -> a.programmeId().equals(programme.id()) && a.eligible()
        && a.amount().signum() > 0).sorted(priority(programme.tieBreak())).toList();
    BigDecimal demand = claims.stream().map(Award::amount).reduce(Money.zero(), BigDecimal::add);
    BigDecimal budget = programme.budget();
    boolean inFull = demand.compareTo(budget) <= 0;
    List<Reason> reasons = new ArrayList<>();
    reasons.add(Reason.noted(SubsidyRuleIds.ALLOCATION_BUDGET, Outcome.of(inFull), source, money("demand", demand),
        money("budget", budget), money("shortfall", inFull ? Money.zero() : demand.subtract(budget))));
    List<AllocationShare> shares = new ArrayList<>();
    if (inFull) {
      for (int i = 0; i < claims.size(); i++) {
        Award a = claims.get(i);
        shares.add(new AllocationShare(a.applicationId(), i + 1, a.amount(), a.amount(), total(a)));
        reasons.add(Reason.noted(SubsidyRuleIds.ALLOCATION_IN_FULL, Outcome.MET, source, Figure.count("rank", i + 1),
            Figure.text("application", a.applicationId()), money("granted", a.amount())));
      }
    } else if (programme.allocation() == AllocationMethod.PRO_RATA) {
      proRata(claims, budget, demand, source, shares, reasons);
    } else {
      priority(claims, budget, programme.tieBreak(), source, shares, reasons);
    }
    BigDecimal granted = shares.stream().map(AllocationShare::granted).reduce(Money.zero(), BigDecimal::add);
    return new Allocated(new Allocation(programme.id(), programme.name(), programme.allocation(), budget, demand,
        granted, shares), reasons);
  }

  private static void proRata(List<Award> claims, BigDecimal budget, BigDecimal demand, Citation source,
      List<AllocationShare> shares, List<Reason> reasons) {
    List<Fraction> weights = claims.stream().map(a -> Fraction.of(a.amount())).toList();
    Apportionment split = Apportionment.of(Money.fen(budget), weights,
        Comparator.comparing(i -> claims.get(i).applicationId()));
    long leftover = split.extra().stream().filter(e -> e).count();
    reasons.add(Reason.noted(SubsidyRuleIds.ALLOCATION_REMAINDER, Outcome.MET, source,
        Figure.count("leftover", leftover)));
    Fraction ratio = Fraction.of(budget).dividedBy(Fraction.of(demand));
    for (int rank = 1; rank <= claims.size(); rank++) {
      int i = split.order().get(rank - 1);
      Award a = claims.get(i);
      BigDecimal granted = Money.yuan(split.parts().get(i));
      shares.add(new AllocationShare(a.applicationId(), rank, a.amount(), granted, total(a)));
      reasons.add(Reason.noted(SubsidyRuleIds.ALLOCATION_PRO_RATA, Outcome.MET, source, Figure.count("rank", rank),
          Figure.text("application", a.applicationId()), money("requested", a.amount()),
          Figure.of("ratio", ratio, Unit.SHARE),
          Figure.of("exact", split.exact().get(i).dividedBy(Fraction.of(100)), Unit.CNY), money("granted", granted),
          Figure.count("extraFen", split.extra().get(i) ? 1 : 0)));
    }
  }

  private static void priority(List<Award> claims, BigDecimal budget, TieBreak tieBreak, Citation source,
      List<AllocationShare> shares, List<Reason> reasons) {
    reasons.add(Reason.noted(SubsidyRuleIds.ALLOCATION_ORDER, Outcome.MET, source,
        Figure.term("tieBreak", tieBreak.name())));
    BigDecimal left = budget;
    for (int i = 0; i < claims.size(); i++) {
      Award a = claims.get(i);
      BigDecimal granted = a.amount().min(left);
      left = left.subtract(granted);
      shares.add(new AllocationShare(a.applicationId(), i + 1, a.amount(), granted, total(a)));
      reasons.add(Reason.noted(SubsidyRuleIds.ALLOCATION_PRIORITY, Outcome.of(granted.compareTo(a.amount()) == 0),
          source,
          Figure.count("rank", i + 1), Figure.text("application", a.applicationId()),
          a.score() == null ? Figure.term("score", "NOT_SCORED") : number("score", a.score().total()),
          money("requested", a.amount()),
          money("granted", granted), money("left", left)));
    }
  }

  /** Highest score first (no score counts as 0), then the programme's tie key. */
  static Comparator<Award> priority(TieBreak tieBreak) {
    Comparator<Award> byScore = Comparator.comparing(Allocator::scoreOrZero).reversed();
    Comparator<Award> byId = Comparator.comparing(Award::applicationId);
    return tieBreak == TieBreak.FILED_FIRST ? byScore.thenComparing(Award::filed).thenComparing(byId)
        : byScore.thenComparing(byId);
  }

  private static BigDecimal scoreOrZero(Award a) {
    return a.score() == null ? BigDecimal.ZERO : a.score().total();
  }

  private static BigDecimal total(Award a) {
    return a.score() == null ? null : a.score().total();
  }

}
