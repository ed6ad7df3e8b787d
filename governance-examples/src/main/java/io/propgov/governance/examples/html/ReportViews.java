package io.propgov.governance.examples.html;

import io.propgov.governance.area.Result;
import io.propgov.governance.credit.ArrearsAssessment;
import io.propgov.governance.credit.CreditAssessment;
import io.propgov.governance.engine.EstateReport;
import io.propgov.governance.engine.UnitReport;
import io.propgov.governance.error.InputError;
import io.propgov.governance.examples.report.EstateSummary;
import io.propgov.governance.examples.report.ReportText;
import io.propgov.governance.examples.report.ReportTotals;
import io.propgov.governance.examples.report.SummaryStatus;
import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.metrics.Ratio;
import io.propgov.governance.metrics.UnitRates;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.subsidy.Award;
import io.propgov.governance.subsidy.CostSplit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the page's view from what {@code evaluate} computed, in one language. */
final class ReportViews {


  private final Locale locale;
  private final Labels t;
  private final Map<String, ReportView.Source> sources = new LinkedHashMap<>();

  private ReportViews(Locale locale) {
    this.locale = locale;
    this.t = Labels.of(locale);
  }

  static ReportView of(ReportInputs in, Locale locale) {
    return new ReportViews(locale).build(in);
  }

  private ReportView build(ReportInputs in) {
    List<ReportView.SummaryRow> rows = new ArrayList<>();
    List<ReportView.EstateView> estates = new ArrayList<>();
    Map<SummaryStatus, Integer> counts = new EnumMap<>(SummaryStatus.class);
    for (int i = 0; i < in.estates().size(); i++) {
      String anchor = "estate-" + (i + 1);
      EstateSummary summary = in.summaries().get(i);
      Result<EstateReport> result = in.estates().get(i);
      rows.add(row(anchor, summary));
      counts.merge(summary.status(), 1, Integer::sum);
      String status = summary.status().code();
      String statusLabel = summary.status().text(locale);
      if (result.isDecided()) {
        estates.add(estate(anchor, status, statusLabel, result.decision()));
      } else {
        estates.add(new ReportView.EstateView(anchor, summary.displayName(), status, statusLabel, List.of(),
            errors(result.errors()), List.of()));
      }
    }
    List<ReportView.Option> statuses = new ArrayList<>();
    for (SummaryStatus status : SummaryStatus.values()) {
      statuses.add(new ReportView.Option(status.code(), status.text(locale), counts.getOrDefault(status, 0)));
    }
    ReportTotals totals = in.totals();
    List<String> totalLines = List.of(
        String.format(Locale.ROOT, ReportText.text("text.totals.estates", locale), totals.estates(), totals.judged(),
            totals.rejected()),
        String.format(Locale.ROOT, ReportText.text("text.totals.rest", locale), totals.dismissalMayStart(),
            totals.dismissalDecided(), totals.companiesListed(), totals.companiesRated(),
            ReportText.money(totals.moneyAwarded(), locale)));
    ReportView.Columns columns = new ReportView.Columns(ReportText.text("text.estate", locale), t.get("col.name"),
        ReportText.text("text.status", locale), ReportText.text("text.score", locale), t.get("col.failures"),
        ReportText.text("text.vote", locale), ReportText.text("text.tier", locale),
        ReportText.text("text.mode", locale), ReportText.text("text.company", locale),
        ReportText.text("text.credit", locale), ReportText.text("text.listed", locale),
        ReportText.text("text.awards", locale));
    ReportView.TreeView tree = tree(in.tree());
    ReportView.CreditView credit = credit(in.credit());
    ReportView.SubsidyView subsidies = subsidies(in.subsidies());
    ReportView.Foot foot = new ReportView.Foot(in.policy().id(), in.policy().version(), String.join(" > ", in.levels()),
        in.policyHash(), in.asOf(), in.receiptHash(), in.sdkVersion());
    return new ReportView(t, in.policy().id() + "@" + in.policy().version(), in.asOf(), totalLines, columns, rows,
        statuses, estates, tree, credit, subsidies, foot, List.copyOf(sources.values()));
  }

  private ReportView.SummaryRow row(String anchor, EstateSummary row) {
    EstateSummary.Rating rating = row.rating();
    String score = rating == null || rating.score() == null ? "" : rating.shownScore().toPlainString();
    String failures = rating == null ? "" : rating.consecutiveFailures() + " / " + rating.failuresRequired();
    EstateSummary.Vote vote = row.vote();
    String voted = vote == null ? ""
        : vote.matterLabel().text(locale) + ReportText.text("text.colon", locale) + vote.outcome().label().text(locale);
    EstateSummary.Service service = row.service();
    String tier = service == null ? ""
        : name(service.tier(), service.tierName()) + " / " + name(service.target(), service.targetName());
    String mode = service == null || service.mode() == null ? ""
        : service.mode().defined() ? service.mode().label().text(locale) : service.mode().id();
    EstateSummary.Company company = row.company();
    boolean rated = company != null && company.rated();
    boolean awarded = row.judged() && row.awards().signum() > 0;
    return new ReportView.SummaryRow(anchor, row.estateId() == null ? "#" + (row.index() + 1) : row.estateId(),
        row.estateName(), row.status().code(), row.status().text(locale),
        row.status().tone().name().toLowerCase(Locale.ROOT), score, score.isEmpty() ? "-1" : score, failures,
        rating == null ? "-1" : Integer.toString(rating.consecutiveFailures()), voted, tier, mode,
        company == null ? "" : company.displayName(), rated ? company.gradeName().text(locale) : "",
        rated ? ReportText.text(company.blacklisted() ? "value.yes" : "value.no", locale) : "",
        awarded ? ReportText.money(row.awards(), locale) : "", row.awards().toPlainString());
  }

  /** A tier's name in the language, or its code when the policy names it by code alone; "none" for no tier. */
  private String name(String code, io.propgov.governance.explain.Label label) {
    if (label != null) {
      return label.text(locale);
    }
    return code == null ? ReportText.text("value.none", locale) : code;
  }

  private ReportView.EstateView estate(String anchor, String status, String statusLabel,
      Decision<EstateReport> decision) {
    EstateReport report = decision.value();
    String title = report.estateName().isEmpty() ? report.estateId()
        : report.estateName() + " (" + report.estateId() + ")";
    List<String> notAssessed = report.areas().stream().filter(a -> !a.assessed())
        .map(a -> t.get("area." + a.area().name())).toList();
    List<ReportView.DecisionView> decisions = new ArrayList<>();
    long assessed = report.areas().size() - notAssessed.size();
    decisions.add(new ReportView.DecisionView(t.get("col.areas") + (t.chinese() ? "：" : ": ") + assessed + " / "
        + report.areas().size(), reasons(decision), List.of()));
    for (Decision<?> part : report.parts()) {
      decisions.add(decision(part));
    }
    return new ReportView.EstateView(anchor, title, status, statusLabel, notAssessed, List.of(), decisions);
  }

  ReportView.DecisionView decision(Decision<?> decision) {
    Conclusion value = decision.value();
    List<ReportView.DecisionView> parts = new ArrayList<>();
    for (Decision<?> part : value.parts()) {
      parts.add(decision(part));
    }
    return new ReportView.DecisionView(decision.headline(locale), reasons(decision), parts);
  }

  private List<ReportView.ReasonView> reasons(Decision<?> decision) {
    List<ReportView.ReasonView> reasons = new ArrayList<>(decision.reasons().size());
    for (Reason reason : decision.reasons()) {
      reasons.add(new ReportView.ReasonView(reason.ruleId(), reason.outcome().name(),
          t.get("outcome." + reason.outcome().name()), reason.text(locale), source(reason.citation())));
    }
    return reasons;
  }

  private int source(Citation citation) {
    String text = citation.text(locale);
    return sources.computeIfAbsent(text, k -> new ReportView.Source(sources.size() + 1, k, citation.assumption()))
        .number();
  }

  private String money(BigDecimal amount) {
    return ReportText.money(amount.setScale(2, RoundingMode.HALF_UP), locale);
  }

  private static List<String> errors(List<InputError> errors) {
    return errors.stream().map(InputError::toString).toList();
  }

  private ReportView.TreeView tree(ReportInputs.Tree tree) {
    String note = tree.unitCount() > 0 && !tree.judged() ? t.get("tree.notJudged")
        : !tree.errors().isEmpty() ? t.get("tree.errors") : "";
    List<ReportView.UnitView> units = new ArrayList<>();
    for (ReportInputs.Unit unit : tree.units()) {
      UnitRates r = unit.rates();
      // One bar per rate the policy defines, named as the policy names it.
      List<ReportView.Bar> bars = r.rates().stream()
          .map(rate -> bar(rate.definition().label().text(locale), rate.ratio())).toList();
      units.add(new ReportView.UnitView(unit.name().isEmpty() ? unit.id() : unit.name() + " (" + unit.id() + ")",
          unit.level(), unit.depth(), r.estates(), bars));
    }
    List<ReportView.DecisionView> reports = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    for (Decision<UnitReport> report : tree.reports()) {
      reports.add(decision(report));
      rejected.addAll(errors(report.value().rejected()));
    }
    tree.also().forEach(d -> reports.add(decision(d)));
    return new ReportView.TreeView(note, errors(tree.errors()), units, reports, rejected);
  }

  private ReportView.Bar bar(String label, Ratio ratio) {
    if (ratio.share().isEmpty()) {
      return new ReportView.Bar(label, t.get("none"), 0);
    }
    Fraction share = ratio.share().get();
    String text = Fraction.of(ratio.numerator()).toDecimal(2).toPlainString() + " / "
        + Fraction.of(ratio.denominator()).toDecimal(2).toPlainString() + " ("
        + Figure.of("r", share, Unit.SHARE).display() + ")";
    // A drawing only: the exact figure is the text beside it. Fees collected may exceed those billed.
    int width = share.times(Fraction.of(ReportView.Bar.FULL)).toDecimal(0, RoundingMode.FLOOR).intValue();
    return new ReportView.Bar(label, text, Math.min(width, ReportView.Bar.FULL));
  }

  private ReportView.CreditView credit(ReportInputs.Credit credit) {
    List<ReportView.CreditRow> companies = new ArrayList<>();
    List<ReportView.ArrearsRow> households = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Result<CreditAssessment> result : credit.companies()) {
      if (!result.isDecided()) {
        errors.add(result.id() + ": " + String.join("; ", errors(result.errors())));
        continue;
      }
      CreditAssessment c = result.decision().value();
      String company = c.name() == null || c.name().isEmpty() ? c.companyId() : c.name() + " (" + c.companyId() + ")";
      String listing = c.blacklist() == null ? t.get("none") : c.blacklist().headline(locale);
      companies.add(new ReportView.CreditRow(company, c.score().stripTrailingZeros().toPlainString(),
          c.gradeName().text(locale), listing, decision(result.decision())));
    }
    for (Result<ArrearsAssessment> result : credit.households()) {
      if (!result.isDecided()) {
        errors.add(result.id() + ": " + String.join("; ", errors(result.errors())));
        continue;
      }
      ArrearsAssessment a = result.decision().value();
      households.add(new ReportView.ArrearsRow(a.householdId(), money(a.outstanding()), money(a.claimable()),
          a.nextStep() == null ? t.get("none") : a.nextStep().label().text(locale),
          a.nextStepFrom() == null ? t.get("none") : a.nextStepFrom().toString(), decision(result.decision())));
    }
    return new ReportView.CreditView(credit.skipped() ? t.get("credit.notJudged") : "", companies, households, errors);
  }

  private ReportView.SubsidyView subsidies(ReportInputs.Subsidies subsidies) {
    List<ReportView.AwardRow> awards = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Result<Award> result : subsidies.applications()) {
      if (!result.isDecided()) {
        errors.add(result.id() + ": " + String.join("; ", errors(result.errors())));
        continue;
      }
      Award a = result.decision().value();
      awards.add(new ReportView.AwardRow(a.applicationId(), a.programme().text(locale), a.estateId(), a.companyId(),
          t.get(a.eligible() ? "yes" : "no"), money(a.amount()), decision(result.decision())));
    }
    List<ReportView.DecisionView> allocations = subsidies.allocations().stream().map(this::decision).toList();
    List<ReportView.DecisionView> costs = new ArrayList<>();
    for (Result<CostSplit> result : subsidies.costShares()) {
      if (result.isDecided()) {
        costs.add(decision(result.decision()));
      } else {
        errors.add(result.id() + ": " + String.join("; ", errors(result.errors())));
      }
    }
    return new ReportView.SubsidyView(awards, allocations, costs, errors);
  }
}
