package io.propgov.governance.subsidy;

import io.propgov.governance.estate.PartyStatus;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Label;
import io.propgov.governance.explain.Margin;
import io.propgov.governance.explain.MarginUnit;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.satisfaction.RoundStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Judges every criterion of a programme, so that each unmet one is reported, not only the first.
 * A fact the application and the estate do not show leaves its criterion unmet: the applicant
 * must show it, and the reason says it was not stated.
 */
final class Eligibility {

  /** The term figures show for a fact nobody stated. */
  static final String NOT_REPORTED = "NOT_REPORTED";

  private Eligibility() {}

  /**
   * Judges every criterion of a programme; {@code names} gives a credit consequence's names as the
   * policy defines them (its id in both languages when it defines none).
   */
  static List<Reason> judge(Programme programme, Citation source, Application a, EstateStanding s, Fraction feeRate,
      Function<String, Label> names) {
    List<Reason> reasons = new ArrayList<>();
    boolean inPeriod = !a.filed().isBefore(programme.opens()) && !a.filed().isAfter(programme.closes());
    reasons.add(Reason.noted(SubsidyRuleIds.PERIOD, Outcome.of(inPeriod), source, Figure.date("filed", a.filed()),
        Figure.date("opens", programme.opens()), Figure.date("closes", programme.closes())));
    for (Criterion criterion : programme.criteria()) {
      reasons.addAll(criterion(criterion, source, a, s, feeRate, names));
    }
    return reasons;
  }

  private static List<Reason> criterion(Criterion criterion, Citation source, Application a, EstateStanding s,
      Fraction feeRate, Function<String, Label> names) {
    Figure company = Figure.text("company", a.companyId());
    if (criterion instanceof Criterion.OldEstate old) {
      Integer built = a.builtYear();
      Figure year = built == null ? Figure.term("built", NOT_REPORTED) : Figure.count("built", built);
      return List.of(Reason.noted(old.ruleId(), Outcome.of(built != null && built < old.builtBefore()), source, year,
          Figure.count("builtBefore", old.builtBefore())));
    }
    if (criterion instanceof Criterion.CompanyServes serves) {
      String serving = s.servingCompanyId();
      return List.of(Reason.noted(serves.ruleId(), Outcome.of(a.estateId() != null && a.companyId().equals(serving)), source, company,
          orNotReported("estate", a.estateId()), orNotReported("serving", serving)));
    }
    if (criterion instanceof Criterion.NotBarred notBarred) {
      return credit(notBarred, source, a, company, names);
    }
    if (criterion instanceof Criterion.SatisfactionPassed passed) {
      RoundStatus status = s.latestValidRound();
      String shown = status == null ? "NO_VALID_ROUND" : status == RoundStatus.PASSED ? "ROUND_PASSED" : "ROUND_FAILED";
      return List.of(Reason.noted(passed.ruleId(), Outcome.of(status == RoundStatus.PASSED), source,
          orNotReported("estate", a.estateId()), Figure.term("status", shown)));
    }
    if (criterion instanceof Criterion.FeeCollection fee) {
      Figure minimum = Figure.of("minimum", fee.minimum(), Unit.SHARE);
      if (feeRate == null) {
        return List.of(Reason.noted(fee.ruleId(), Outcome.NOT_MET, source, Figure.term("rate", NOT_REPORTED), minimum));
      }
      var fees = a.fees() != null ? a.fees() : s.fees();
      // The margin in CNY collected, from the amounts the rate was computed from: a fen short is a fen.
      Fraction billed = Fraction.of(fees.billed());
      return List.of(Reason.compared(fee.ruleId(), feeRate.compareTo(fee.minimum()) >= 0,
          Figure.of("rate", feeRate, Unit.SHARE), Comparison.AT_LEAST, minimum, source)
          .withMargin(Margin.of(Fraction.of(fees.collected()), Comparison.AT_LEAST, fee.minimum().times(billed),
              MarginUnit.CNY, Fraction.ZERO, billed)));
    }
    Criterion.PartyPresent party = (Criterion.PartyPresent) criterion;
    // The estate's record holds the party organisation of the company serving it, not of another applicant.
    PartyStatus status = a.companyId().equals(s.servingCompanyId()) ? s.companyParty() : null;
    return List.of(Reason.noted(party.ruleId(), Outcome.of(status != null && status.isCovered()), source, company));
  }

  private static List<Reason> credit(Criterion.NotBarred criterion, Citation source, Application a, Figure company,
      Function<String, Label> names) {
    Figure barredBy = Figure.text("barredBy", String.join(", ", criterion.barredBy()));
    Figure barredByEn = Figure.text("barredByEn", criterion.barredBy().stream().map(c -> names.apply(c).en())
        .collect(Collectors.joining("; ")));
    Figure barredByZh = Figure.text("barredByZh", criterion.barredBy().stream().map(c -> names.apply(c).zh())
        .collect(Collectors.joining("、")));
    if (a.credit() == null) {
      return List.of(Reason.noted(SubsidyRuleIds.CREDIT_STANDING, Outcome.NOT_MET, source, company, barredBy,
          barredByEn, barredByZh));
    }
    List<CreditConsequence> barring = a.credit().barring(criterion.barredBy());
    if (barring.isEmpty()) {
      return List.of(Reason.noted(criterion.ruleId(), Outcome.MET, source, company, barredBy, barredByEn,
          barredByZh));
    }
    return barring.stream().map(c -> Reason.noted(criterion.ruleId(), Outcome.NOT_MET, source, company,
        Figure.text("consequence", c.code()), Figure.text("consequenceEn", names.apply(c.code()).en()),
        Figure.text("consequenceZh", names.apply(c.code()).zh()), Figure.text("causeEn", c.reason().en()),
        Figure.text("causeZh", c.reason().zh()))).toList();
  }

  private static Figure orNotReported(String name, String text) {
    return text == null ? Figure.term(name, NOT_REPORTED) : Figure.text(name, text);
  }

  /** The share of billed fees collected, or null when no fees were billed or none are known. */
  static Fraction feeRate(Application a, EstateStanding s) {
    var fees = a.fees() != null ? a.fees() : s.fees();
    if (fees == null || fees.billed().signum() == 0) {
      return null;
    }
    return Fraction.of(fees.collected()).dividedBy(Fraction.of(fees.billed()));
  }
}
