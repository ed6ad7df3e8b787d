package io.propgov.governance.subsidy;

import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Margin;
import io.propgov.governance.explain.MarginUnit;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Scores an application part by part, finds its payout band and its base amount. */
final class Scoring {

  /** A score with the reasons for each part. */
  record Scored(Score score, List<Reason> reasons) {}

  /** A share of the base amount with its reason. */
  record Payout(Fraction share, Reason reason) {}

  /** A base amount with its reason. */
  record Base(BigDecimal amount, Reason reason) {}

  private Scoring() {}

  static Scored score(ScoringScheme scheme, Citation source, Application a, Fraction rate) {
    List<Reason> reasons = new ArrayList<>();
    BigDecimal fee = null;
    BigDecimal bonus = null;
    if (scheme.feeCollection() != null) {
      FeeCollectionScore f = scheme.feeCollection();
      fee = band(SubsidyRuleIds.SCORE_FEE_COLLECTION, f.bands(), rate, source, reasons);
      if (!f.bonuses().isEmpty()) {
        bonus = band(SubsidyRuleIds.SCORE_FEE_BONUS, f.bonuses(), rate, source, reasons);
      }
    }
    BigDecimal inspection = null;
    if (scheme.inspectionMax() != null) {
      Figure max = number("max", scheme.inspectionMax());
      inspection = a.inspectionPoints() == null ? BigDecimal.ZERO : a.inspectionPoints();
      reasons.add(a.inspectionPoints() == null
          ? Reason.noted(SubsidyRuleIds.SCORE_INSPECTION, Outcome.NOT_MET, source, max)
          : Reason.noted(SubsidyRuleIds.SCORE_INSPECTION, Outcome.MET, source, number("points", inspection), max));
    }
    BigDecimal safety = scheme.safety() == null ? null : safety(scheme.safety(), a, source, reasons);
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal part : new BigDecimal[] {fee, bonus, inspection, safety}) {
      total = part == null ? total : total.add(part);
    }
    reasons.add(Reason.noted(SubsidyRuleIds.SCORE, Outcome.MET, source, number("score", total),
        number("max", max(scheme))));
    return new Scored(new Score(fee, bonus, inspection, safety, total), reasons);
  }

  /** The points of the first band reached, with a reason; 0 when none is or the rate is not known. */
  private static BigDecimal band(String ruleId, List<ScoreBand> bands, Fraction rate, Citation source,
      List<Reason> reasons) {
    Optional<ScoreBand> reached = rate == null ? Optional.empty() : FeeCollectionScore.reached(rate, bands);
    Figure shown = rate == null ? Figure.term("rate", Eligibility.NOT_REPORTED) : Figure.of("rate", rate, Unit.SHARE);
    ScoreBand band = reached.orElse(bands.get(bands.size() - 1));
    BigDecimal points = reached.map(ScoreBand::points).orElse(BigDecimal.ZERO);
    reasons.add(Reason.noted(ruleId, Outcome.of(reached.isPresent()), source, shown,
        Figure.of("band", band.atLeast(), Unit.SHARE), number("points", points)));
    return points;
  }

  private static BigDecimal safety(SafetyScore scheme, Application a, Citation source, List<Reason> reasons) {
    Figure max = number("max", scheme.max());
    BigDecimal deducted = BigDecimal.ZERO;
    for (SafetyIncident incident : a.incidents()) {
      IncidentKind kind = scheme.kind(incident.kind()).orElseThrow(); // validated before
      if (kind.major()) {
        reasons.add(Reason.noted(SubsidyRuleIds.SCORE_SAFETY, Outcome.NOT_MET, source, max,
            Figure.text("incidentEn", kind.name().en()), Figure.text("incidentZh", kind.name().zh()),
            Figure.date("date", incident.date())));
        return BigDecimal.ZERO;
      }
      deducted = deducted.add(kind.deduction());
    }
    BigDecimal points = scheme.max().subtract(deducted).max(BigDecimal.ZERO);
    reasons.add(Reason.noted(SubsidyRuleIds.SCORE_SAFETY, Outcome.MET, source, number("points", points), max,
        Figure.count("incidents", a.incidents().size()), number("deducted", deducted)));
    return points;
  }

  private static BigDecimal max(ScoringScheme scheme) {
    BigDecimal max = BigDecimal.ZERO;
    if (scheme.feeCollection() != null) {
      max = max.add(scheme.feeCollection().max());
    }
    if (scheme.inspectionMax() != null) {
      max = max.add(scheme.inspectionMax());
    }
    return scheme.safety() == null ? max : max.add(scheme.safety().max());
  }

  static Payout payout(List<PayoutBand> bands, BigDecimal score, Citation source) {
    Figure actual = number("score", score);
    for (PayoutBand band : bands) {
      if (score.compareTo(band.minScore()) >= 0) {
        return new Payout(band.share(), Reason.compared(SubsidyRuleIds.PAYOUT, true, actual, Comparison.AT_LEAST,
            number("minScore", band.minScore()), source, Figure.of("share", band.share(), Unit.SHARE))
            .withMargin(points(score, band.minScore())));
      }
    }
    PayoutBand lowest = bands.get(bands.size() - 1);
    return new Payout(Fraction.ZERO, Reason.compared(SubsidyRuleIds.PAYOUT, false, actual, Comparison.AT_LEAST,
        number("minScore", lowest.minScore()), source, Figure.of("share", Fraction.ZERO, Unit.SHARE))
        .withMargin(points(score, lowest.minScore())));
  }

  /** The margin of a score over a band's lowest score, in points. */
  private static Margin points(BigDecimal score, BigDecimal minScore) {
    return Margin.of(Fraction.of(score), Comparison.AT_LEAST, Fraction.of(minScore), MarginUnit.POINTS);
  }

  static Base base(BaseAmount base, Application a, Citation source) {
    if (base instanceof BaseAmount.Flat flat) {
      return new Base(flat.amount(), Reason.noted(SubsidyRuleIds.BASE_FLAT, Outcome.MET, source,
          money("amount", flat.amount())));
    }
    BaseAmount.ByArea byArea = (BaseAmount.ByArea) base;
    if (a.floorArea() == null) {
      return new Base(Money.zero(), Reason.noted(SubsidyRuleIds.BASE_AREA, Outcome.NOT_MET, source));
    }
    AreaBand band = byArea.band(a.floorArea()).orElseThrow(); // the first band holds from 0 m²
    return new Base(band.amount(), Reason.noted(SubsidyRuleIds.BASE_AREA, Outcome.MET, source,
        Figure.of("area", Fraction.of(a.floorArea()), Unit.SQUARE_METRES),
        Figure.term("comparison", band.comparison().name()),
        Figure.of("bound", Fraction.of(band.area()), Unit.SQUARE_METRES), money("amount", band.amount())));
  }

  static Figure number(String name, BigDecimal value) {
    return Figure.of(name, Fraction.of(value), Unit.NUMBER);
  }

  static Figure money(String name, BigDecimal value) {
    return Figure.of(name, Fraction.of(value), Unit.CNY);
  }
}
