package io.propgov.governance.examples.cli;

import io.propgov.governance.area.Result;
import io.propgov.governance.engine.EstateReport;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.examples.html.HtmlReport;
import io.propgov.governance.examples.html.ReportInputs;
import io.propgov.governance.examples.report.EstateSummary;
import io.propgov.governance.examples.report.ReportTotals;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.layer.ResolvedPolicy;
import io.propgov.governance.metrics.UnitRates;
import io.propgov.governance.org.Level;
import io.propgov.governance.org.LevelTemplate;
import io.propgov.governance.org.OrgParameters;
import io.propgov.governance.org.OrgTree;
import io.propgov.governance.org.OrgUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The HTML form of {@code evaluate}: the same decisions and summary rows as the text report, the tree's units with
 * their rates, and the receipt hash of the JSON report of the same evaluation, handed to
 * {@link HtmlReport}.
 */
final class HtmlPart {

  private HtmlPart() {}

  static String render(GovernanceJson json, GovernanceEngine engine, ResolvedPolicy resolved, EstateLocalFacts read,
      Options.AsOf when, String lang, List<Result<EstateReport>> reports, EvaluateCommand.Tree tree,
      CreditReport credit, SubsidyPart subsidies, HandoverPart handover, WorkOrderPart orders,
      List<EstateSummary> rows) {
    Locale locale = Options.locale(lang);
    LocalDate date = when.date();
    // The same receipt as evaluate --format json writes, so that the page names a report verify can check.
    String receipt = ReportDocument.withReceipt(json, ReportDocument.decisions(json, engine, reports, tree, credit,
        subsidies, handover, orders, date, locale), resolved, read, when, lang, null).path("receipt").path("hash")
        .asText();
    ReportInputs inputs = new ReportInputs(resolved.policy().ref(),
        resolved.levels().stream().map(Object::toString).toList(), json.policyHash(resolved), when.text(locale), receipt,
        ReportDocument.SDK_VERSION, reports, rows, ReportTotals.of(rows, credit.companies(), subsidies.allocations()),
        tree(engine, read, tree, orders, date, locale),
        new ReportInputs.Credit(credit.skipped(), credit.companies(), credit.households()),
        new ReportInputs.Subsidies(subsidies.applications(), subsidies.allocations(), subsidies.costShares()));
    return HtmlReport.render(inputs, locale);
  }

  /**
   * The tree with each unit's rates, depth-first from each root, when it was judged without errors;
   * then, as in the text report, each root's owners' representation and the work orders.
   */
  private static ReportInputs.Tree tree(GovernanceEngine engine, EstateLocalFacts read, EvaluateCommand.Tree tree,
      WorkOrderPart orders, LocalDate date, Locale locale) {
    int unitCount = read.facts().units().size();
    List<ReportInputs.Unit> units = new ArrayList<>();
    if (tree.judged() && tree.errors().isEmpty()) {
      Map<String, UnitRates> rates = engine.rates(read.facts().hierarchy(), date);
      OrgTree org = engine.hierarchy().tree(read.facts().units(), date);
      LevelTemplate levels = engine.policy().valueAt(OrgParameters.LEVELS, date).value();
      // As in the tree command: in Chinese a level reads by the policy's name for it; in English by its code.
      Function<String, String> level = "zh".equals(locale.getLanguage())
          ? code -> levels.level(code).map(Level::zh).orElse(code) : code -> code;
      for (OrgUnit root : org.roots()) {
        add(org, root, 0, rates, level, units);
      }
    }
    List<Decision<?>> also = new ArrayList<>();
    tree.owners().stream().filter(java.util.Objects::nonNull).forEach(also::add);
    if (orders.assessment() != null) {
      also.add(orders.assessment());
    }
    return new ReportInputs.Tree(unitCount, tree.judged(), units, tree.reports(), tree.errors(), also);
  }

  private static void add(OrgTree org, OrgUnit unit, int depth, Map<String, UnitRates> rates,
      Function<String, String> level, List<ReportInputs.Unit> units) {
    units.add(new ReportInputs.Unit(unit.id(), unit.name(), level.apply(unit.level()), depth, rates.get(unit.id())));
    for (OrgUnit child : org.children(unit.id())) {
      add(org, child, depth + 1, rates, level, units);
    }
  }
}
