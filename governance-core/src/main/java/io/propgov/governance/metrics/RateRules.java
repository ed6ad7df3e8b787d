package io.propgov.governance.metrics;

import io.propgov.governance.estate.Estate;
import io.propgov.governance.explain.Citation;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.PolicyRef;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.org.OrgTree;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.satisfaction.RoundStatus;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.vote.OwnersVote;
import io.propgov.governance.vote.VoteRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Computes the four city rates for every unit of a tree in one linear pass: each estate counts
 * once, at the unit it is attached to, and every unit's figures are the sums over its subtree.
 * Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class RateRules {

  private static final Citation SOURCE = new Citation(
      "Wuhan city targets: stabilise coverage, widen participation, raise fee collection, raise satisfaction",
      "武汉市目标：稳定覆盖率，扩大参与率，提高收费率，提升满意率");

  private RateRules() {}

  /**
   * Rolls the four rates up a tree.
   *
   * @param tree the tree, not null
   * @param estates the estates, each attached to a unit of the tree; others are left out, not null
   * @param latestValidRating the status of an estate's latest valid rating by the as-of date,
   *     empty when it has none (the engine supplies it from the satisfaction rules), not null
   * @param asOf the date: surveys and votes after it are not yet known, not null
   * @return each unit's rates over its subtree, by unit id, in the order the units were given
   */
  public static Map<String, UnitRates> rollUp(OrgTree tree, List<Estate> estates,
      Function<Estate, Optional<RoundStatus>> latestValidRating, LocalDate asOf) {
    Map<String, UnitRates> own = new HashMap<>();
    for (Estate estate : estates) {
      estate.unit().filter(tree::contains).ifPresent(unit ->
          own.merge(unit, rates(unit, estate, latestValidRating.apply(estate), asOf), UnitRates::plus));
    }
    return tree.rollUp(u -> own.getOrDefault(u.id(), empty(u.id())), UnitRates::plus);
  }

  /**
   * Explains a unit's rates: one reason per rate with its numerator, denominator and share.
   *
   * @param rates the unit's rates, not null
   * @param policy the policy the rates were computed under, not null
   * @param asOf the date, not null
   * @return the decision, never null
   */
  public static Decision<UnitRates> explain(UnitRates rates, PolicyRef policy, LocalDate asOf) {
    List<Reason> reasons = new ArrayList<>();
    reasons.add(reason("metrics.coverage", rates.coverage(), Unit.COUNT));
    reasons.add(reason("metrics.participation", rates.participation(), Unit.COUNT));
    reasons.add(reason("metrics.fee-collection", rates.feeCollection(), Unit.CNY));
    reasons.add(reason("metrics.satisfaction", rates.satisfaction(), Unit.COUNT));
    return new Decision<>(rates, reasons, policy, asOf);
  }

  private static Reason reason(String ruleId, Ratio ratio, Unit unit) {
    Optional<Fraction> share = ratio.share();
    List<Figure> figures = new ArrayList<>(List.of(Figure.of("numerator", Fraction.of(ratio.numerator()), unit),
        Figure.of("denominator", Fraction.of(ratio.denominator()), unit)));
    share.ifPresent(s -> figures.add(Figure.of("rate", s, Unit.SHARE)));
    return Reason.noted(ruleId, share.isPresent() ? Outcome.MET : Outcome.NOT_APPLICABLE, SOURCE,
        figures.toArray(Figure[]::new));
  }

  private static UnitRates empty(String unitId) {
    return new UnitRates(unitId, 0, Ratio.NONE, Ratio.NONE, Ratio.NONE, Ratio.NONE);
  }

  /** One estate's contribution to the four numerators and denominators. */
  private static UnitRates rates(String unitId, Estate estate, Optional<RoundStatus> rating, LocalDate asOf) {
    boolean covered = estate.serviceMode() != null && estate.serviceMode().isCovered();
    Ratio coverage = Ratio.of(covered ? 1 : 0, 1);
    Ratio participation = estate.households() == 0 ? Ratio.NONE
        : Ratio.of(Math.min(latestParticipants(estate, asOf), estate.households()), estate.households());
    Ratio fees = estate.fees() == null ? Ratio.NONE : new Ratio(estate.fees().collected(), estate.fees().billed());
    Ratio satisfaction = rating.map(s -> Ratio.of(s == RoundStatus.PASSED ? 1 : 0, 1)).orElse(Ratio.NONE);
    return new UnitRates(unitId, 1, coverage, participation, fees, satisfaction);
  }

  /** Households taking part in the latest survey round or vote held by the as-of date (a vote on the same day wins). */
  private static int latestParticipants(Estate estate, LocalDate asOf) {
    LocalDate latest = null;
    int count = 0;
    for (SurveyRound r : estate.surveyRounds()) {
      if (!r.date().isAfter(asOf) && (latest == null || r.date().isAfter(latest))) {
        latest = r.date();
        count = r.householdAnswers();
      }
    }
    for (OwnersVote v : estate.votes()) {
      if (!v.date().isAfter(asOf) && (latest == null || !v.date().isBefore(latest))) {
        latest = v.date();
        count = VoteRules.participants(v);
      }
    }
    return count;
  }
}
