package io.propgov.governance.metrics;

import io.propgov.governance.estate.Estate;
import io.propgov.governance.service.ServiceMode;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.policy.PolicyRef;
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
 * Computes the city rates for every unit of a tree in one linear pass: each estate counts
 * once, at the unit it is attached to, and every unit's figures are the sums over its subtree.
 * Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class RateRules {

  private static final Citation WUHAN = new Citation(
      "Wuhan city targets: stabilise coverage, widen participation, raise fee collection, raise satisfaction",
      "武汉市目标：稳定覆盖率，扩大参与率，提高收费率，提升满意率");
  private static final Citation PROFESSIONAL = new Citation(
      "Wuhan goal: full professional coverage of old estates in 5 years (2021); professional means a market"
          + " company took the estate over",
      "武汉市目标：5年内（2021年）实现老旧小区专业化物业服务全覆盖；专业化指市场化物业企业接管");
  private static final Citation COMMITTEES = new Citation(
      "Chuxiong, 2023: 311 owners' committees and 427 property management committees for 738 estates",
      "楚雄（2023年）：738个小区成立业主委员会311个、物业管理委员会427个");
  private static final Citation RATED = Citation.assumption(
      "Wuhan target \"raise satisfaction\"; the published satisfaction rate is the share of satisfied respondents:"
          + " counting estates whose latest valid rating passed is a model assumption",
      "武汉市目标“提升满意率”；公开发布的满意率为满意受访者占比：按最近一次有效测评达标的小区计数为本模型假设");

  private RateRules() {}

  /**
   * Rolls the rates up a tree: coverage, professional coverage, committee coverage,
   * participation, fee collection and the share of estates rated satisfactory.
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
   * Explains a unit's rates: one reason per rate with its numerator, denominator and share, in the
   * order of {@link UnitRates}'s fields.
   *
   * @param rates the unit's rates, not null
   * @param policy the policy the rates were computed under, not null
   * @param asOf the date, not null
   * @return the decision, never null
   */
  public static Decision<UnitRates> explain(UnitRates rates, PolicyRef policy, LocalDate asOf) {
    List<Reason> reasons = new ArrayList<>();
    reasons.add(reason(MetricsRuleIds.COVERAGE, rates.coverage(), Unit.COUNT, WUHAN));
    reasons.add(reason(MetricsRuleIds.PROFESSIONAL_COVERAGE, rates.professionalCoverage(), Unit.COUNT, PROFESSIONAL));
    reasons.add(reason(MetricsRuleIds.COMMITTEE_COVERAGE, rates.committeeCoverage(), Unit.COUNT, COMMITTEES));
    reasons.add(reason(MetricsRuleIds.PARTICIPATION, rates.participation(), Unit.COUNT, WUHAN));
    reasons.add(reason(MetricsRuleIds.FEE_COLLECTION, rates.feeCollection(), Unit.CNY, WUHAN));
    reasons.add(reason(MetricsRuleIds.RATED_SATISFACTORY, rates.ratedSatisfactory(), Unit.COUNT, RATED));
    return new Decision<>(rates, reasons, policy, asOf);
  }

  private static Reason reason(String ruleId, Ratio ratio, Unit unit, Citation source) {
    Optional<Fraction> share = ratio.share();
    List<Figure> figures = new ArrayList<>(List.of(Figure.of("numerator", Fraction.of(ratio.numerator()), unit),
        Figure.of("denominator", Fraction.of(ratio.denominator()), unit)));
    share.ifPresent(s -> figures.add(Figure.of("rate", s, Unit.SHARE)));
    return Reason.noted(ruleId, share.isPresent() ? Outcome.MET : Outcome.NOT_APPLICABLE, source,
        figures.toArray(Figure[]::new));
  }

  private static UnitRates empty(String unitId) {
    return new UnitRates(unitId, 0, Ratio.NONE, Ratio.NONE, Ratio.NONE, Ratio.NONE, Ratio.NONE, Ratio.NONE);
  }

  /** One estate's contribution to every numerator and denominator. */
  private static UnitRates rates(String unitId, Estate estate, Optional<RoundStatus> rating, LocalDate asOf) {
    boolean covered = estate.serviceMode() != null && estate.serviceMode().isCovered();
    Ratio coverage = Ratio.of(covered ? 1 : 0, 1);
    Ratio professional = Ratio.of(ServiceMode.MARKET.equals(estate.serviceMode()) ? 1 : 0, 1);
    Ratio committee = Ratio.of(estate.committee() != null ? 1 : 0, 1);
    Ratio participation = estate.households() == 0 ? Ratio.NONE
        : Ratio.of(Math.min(latestParticipants(estate, asOf), estate.households()), estate.households());
    Ratio fees = estate.fees() == null ? Ratio.NONE : new Ratio(estate.fees().collected(), estate.fees().billed());
    Ratio rated = rating.map(s -> Ratio.of(s == RoundStatus.PASSED ? 1 : 0, 1)).orElse(Ratio.NONE);
    return new UnitRates(unitId, 1, coverage, professional, committee, participation, fees, rated);
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
