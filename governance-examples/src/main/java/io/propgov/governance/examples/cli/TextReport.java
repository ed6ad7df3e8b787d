package io.propgov.governance.examples.cli;

import io.propgov.governance.area.Result;
import io.propgov.governance.credit.ArrearsAssessment;
import io.propgov.governance.credit.CreditAssessment;
import io.propgov.governance.engine.EstateReport;
import io.propgov.governance.engine.UnitReport;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.Printable;
import io.propgov.governance.examples.report.EstateSummary;
import io.propgov.governance.examples.report.Footnotes;
import io.propgov.governance.examples.report.ReportText;
import io.propgov.governance.examples.report.ReportTotals;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.owners.OwnersAssessment;
import io.propgov.governance.policy.PolicyRef;
import io.propgov.governance.subsidy.Allocation;
import io.propgov.governance.subsidy.Award;
import io.propgov.governance.subsidy.CostSplit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The readable report of {@code evaluate}: a summary table with one row per estate, the totals,
 * the headline of everything else judged (the tree, other companies, households, programmes, cost
 * shares, the money findings of each estate that has any, estates whose owners' organisation has
 * a finding, contracts and mode votes, work orders) and a legend; with {@code --detail}, every decision
 * with every reason, each citation printed once as a numbered footnote at the end. {@code --estate}
 * narrows it to one estate.
 *
 * @param policy the policy's reference
 * @param asOf the date as the caller words it
 * @param reports each estate's report or rejection, in input order
 * @param rows the summary rows of those reports
 * @param totals the totals of the rows
 * @param tree the tree part
 * @param units how many organisation units the facts hold
 * @param credit the credit part
 * @param subsidies the subsidy part
 * @param handover the contract and mode-vote part
 * @param orders the work-order part
 */
record TextReport(PolicyRef policy, String asOf, List<Result<EstateReport>> reports, List<EstateSummary> rows,
    ReportTotals totals, EvaluateCommand.Tree tree, int units, CreditReport credit, SubsidyPart subsidies,
    HandoverPart handover, WorkOrderPart orders) {

  /**
   * The report.
   *
   * @param locale the language
   * @param detail whether every reason is shown
   * @param estate the one estate shown, or null for all
   */
  String render(Locale locale, boolean detail, String estate) {
    boolean zh = ReportText.isChinese(locale);
    SummaryText summary = new SummaryText(locale);
    StringBuilder out = new StringBuilder();
    out.append(zh ? "政策 " : "Policy ").append(policy).append(zh ? "，评估日期 " : ", as of ").append(asOf)
        .append(zh ? "，小区数 " : ", estates: ").append(reports.size()).append("\n\n");
    List<Integer> shown = estate == null ? all() : selected(estate);
    out.append(summary.table(shown.stream().map(rows::get).toList())).append('\n');
    if (estate == null) {
      out.append(summary.totals(totals));
    }
    Footnotes footnotes = new Footnotes();
    DetailText text = new DetailText(locale, footnotes);
    if (!detail && estate == null) {
      for (int i : shown) {
        if (!reports.get(i).isDecided()) {
          out.append('\n').append(rejected(reports.get(i), zh));
        }
      }
      out.append(others(text, locale, false));
    } else {
      for (int i : shown) {
        Result<EstateReport> result = reports.get(i);
        out.append('\n').append(result.isDecided() ? text.render(result.decision()) : rejected(result, zh));
      }
      if (estate == null) {
        out.append(others(text, locale, true));
      }
      if (footnotes.size() > 0) {
        out.append('\n').append(ReportText.text("text.footnotes", locale)).append('\n').append(footnotes.render(locale));
      }
    }
    return out.append('\n').append(summary.legend(detail || estate != null)).toString();
  }

  /** The rows of the estate with this id (two when the facts give the id twice); refuses an unknown id. */
  List<EstateSummary> rows(String estate) {
    return selected(estate).stream().map(rows::get).toList();
  }

  private List<Integer> all() {
    return java.util.stream.IntStream.range(0, rows.size()).boxed().toList();
  }

  /** The rows of an estate named by id; refuses an unknown id, naming the known ones. */
  private List<Integer> selected(String estate) {
    List<Integer> found = all().stream().filter(i -> estate.equals(rows.get(i).estateId())).toList();
    if (found.isEmpty()) {
      List<String> known = rows.stream().map(EstateSummary::estateId).filter(java.util.Objects::nonNull).toList();
      throw new GovernanceCli.UsageError("--estate " + Printable.of(estate) + ": no such estate in the facts;"
          + " the estates are " + Printable.of(String.join(", ", known)));
    }
    return found;
  }

  private static String rejected(Result<EstateReport> result, boolean zh) {
    String id = result.id() == null ? "#" + result.index() : result.id();
    return DetailText.errors((zh ? "小区 " : "Estate ") + id + (zh ? "：输入有误，未评估" : ": NOT ASSESSED, invalid facts"),
        result.errors());
  }

  /**
   * Everything judged besides the estates' own reports: the tree, the companies and applications
   * the estate reports do not show already, the households, the programmes and the cost shares;
   * each decision whole with {@code detail}, else its headline only.
   */
  private String others(DetailText text, Locale locale, boolean detail) {
    boolean zh = ReportText.isChinese(locale);
    StringBuilder out = new StringBuilder();
    if (units > 0 && !tree.judged()) {
      out.append(zh ? "注意：事实中有 " : "Note: the facts hold ").append(units)
          .append(zh ? " 个组织单位，但政策 " : " organisation units, but policy ").append(policy)
          .append(zh ? " 未设组织参数（org.*），未评估组织体系\n" : " sets no organisation parameters (org.*): the tree is not judged\n");
    }
    if (!tree.errors().isEmpty()) {
      out.append(DetailText.errors(zh ? "组织体系输入有误，未评估：" : "Organisation tree NOT JUDGED, invalid facts:",
          tree.errors()));
    }
    if (credit.skipped()) {
      out.append(zh ? "注意：政策未设信用参数（credit.*、arrears.*），未评估企业信用和欠费\n"
          : "Note: the policy sets no credit parameters (credit.*, arrears.*): credit records and arrears are not judged\n");
    }
    if (orders.skipped()) {
      out.append(zh ? "注意：政策未设工单参数（workorder.*），未评估工单\n"
          : "Note: the policy sets no work-order parameters (workorder.*): work orders are not judged\n");
    }
    StringBuilder decisions = new StringBuilder();
    for (Decision<UnitReport> report : tree.reports()) {
      decisions.append(detail ? "\n" : "").append(show(text, report, detail));
      tree.owners().stream().filter(o -> o.value().unitId().equals(report.value().unitId()))
          .forEach(o -> decisions.append(show(text, o, detail)));
      List<InputError> left = report.value().rejected();
      if (!left.isEmpty()) {
        decisions.append(zh ? "  以下输入有误，单独排除，其余照常评估：\n" : "  Left out alone for invalid facts; the rest is judged:\n");
        left.forEach(e -> decisions.append("    [!] ").append(e).append('\n'));
      }
    }
    Set<String> companies = new HashSet<>();
    Set<String> applications = new HashSet<>();
    for (Result<EstateReport> r : reports) {
      if (r.isDecided()) {
        EstateReport report = r.decision().value();
        if (report.credit() != null) {
          companies.add(report.credit().value().companyId());
        }
        report.subsidies().forEach(a -> applications.add(a.value().applicationId()));
      }
    }
    if (!detail) {
      // Money in the open is part of each estate's report; the summary names the estates with a finding.
      for (Result<EstateReport> r : reports) {
        if (r.isDecided() && r.decision().value().money() != null && r.decision().value().money().value().findings() > 0) {
          decisions.append(show(text, r.decision().value().money(), false));
        }
      }
    }
    for (Result<CreditAssessment> r : credit.companies()) {
      if (!r.isDecided() || !companies.contains(r.id())) {
        decisions.append(result(text, r, detail, zh));
      }
    }
    for (Result<ArrearsAssessment> r : credit.households()) {
      decisions.append(result(text, r, detail, zh));
    }
    for (Result<Award> r : subsidies.applications()) {
      if (!r.isDecided() || !applications.contains(r.id())) {
        decisions.append(result(text, r, detail, zh));
      }
    }
    for (Decision<Allocation> allocation : subsidies.allocations()) {
      decisions.append(detail ? "\n" : "").append(show(text, allocation, detail));
    }
    for (Result<CostSplit> r : subsidies.costShares()) {
      decisions.append(result(text, r, detail, zh));
    }
    if (!detail) {
      // The owners' organisation has no column: one line per estate with a finding (in --detail it is in the estate's report).
      for (Result<EstateReport> r : reports) {
        Decision<OwnersAssessment> owners = r.isDecided() ? r.decision().value().owners() : null;
        if (owners != null && !owners.value().unmet().isEmpty()) {
          decisions.append(show(text, owners, false));
        }
      }
    }
    // A judged estate's contract and mode vote are in its report: the summary gives each a line,
    // the detail shows them there; those naming no estate of the facts are listed with their errors.
    for (Result<?> r : handover.all()) {
      if (r.isDecided() ? !detail : r.errors().stream().anyMatch(e -> e.code().equals("unknown-estate"))) {
        decisions.append(result(text, r, detail, zh));
      }
    }
    decisions.append(orders.text(text, detail, zh));
    if (decisions.length() > 0) {
      out.append(detail ? "" : ReportText.text("text.other", locale) + "\n").append(decisions);
    }
    return out.length() == 0 ? "" : "\n" + out;
  }

  private static String show(DetailText text, Decision<?> decision, boolean detail) {
    return detail ? text.render(decision) : text.headline(decision, 1);
  }

  private static String result(DetailText text, Result<?> result, boolean detail, boolean zh) {
    if (result.isDecided()) {
      return (detail ? "\n" : "") + show(text, result.decision(), detail);
    }
    String errors = DetailText.errors(result.id() + (zh ? "：输入有误，未评估" : ": NOT ASSESSED, invalid facts"),
        result.errors());
    return detail ? "\n" + errors : "  " + errors.replace("\n  [!]", "\n    [!]");
  }
}
