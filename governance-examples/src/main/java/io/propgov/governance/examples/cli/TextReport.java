package io.propgov.governance.examples.cli;

import io.propgov.governance.area.Result;
import io.propgov.governance.engine.EstateReport;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.engine.UnitReport;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.error.Printable;
import io.propgov.governance.error.InputError;
import io.propgov.governance.policy.GovernancePolicy;
import java.util.List;
import java.util.Locale;

/** The readable report of {@code evaluate}: one block per estate, then a summary line. */
final class TextReport {

  private TextReport() {}

  /**
   * The whole-estate part: each estate's report with every area, or the errors that kept it from
   * being judged; the date as the caller words it (with its zone when it was today's).
   */
  static String renderReports(List<Result<EstateReport>> results, GovernancePolicy policy, String asOf,
      Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    StringBuilder out = new StringBuilder();
    out.append(zh ? "政策 " : "Policy ").append(policy.ref()).append(zh ? "，评估日期 " : ", as of ").append(asOf)
        .append(zh ? "，小区数 " : ", estates: ").append(results.size()).append("\n\n");
    int reported = 0;
    for (Result<EstateReport> result : results) {
      if (result.isDecided()) {
        reported++;
        out.append(result.decision().render(locale)).append('\n');
      } else {
        out.append(zh ? "小区 " : "Estate ").append(result.id() == null ? "#" + result.index() : Printable.of(result.id()))
            .append(zh ? "：输入有误，未评估\n" : ": NOT ASSESSED, invalid facts\n");
        for (InputError e : result.errors()) {
          out.append("  [!] ").append(e).append('\n');
        }
        out.append('\n');
      }
    }
    int rejected = results.size() - reported;
    out.append(zh ? "汇总：" : "Summary: ").append(results.size()).append(zh ? " 个小区，已评估 " : " estates, ")
        .append(reported).append(zh ? " 个，输入有误 " : " assessed, ").append(rejected)
        .append(zh ? " 个\n" : " with invalid facts\n");
    return out.toString();
  }

  /** The tree part: each root's report, the errors that kept the tree from being judged, or a note. */
  static String renderTree(EvaluateCommand.Tree tree, int units, GovernanceEngine engine, Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    StringBuilder out = new StringBuilder();
    if (units > 0 && !tree.judged()) {
      out.append(zh ? "\n注意：事实中有 " : "\nNote: the facts hold ").append(units)
          .append(zh ? " 个组织单位，但政策 " : " organisation units, but policy ").append(engine.policy().ref())
          .append(zh ? " 未设组织参数（org.*），未评估组织体系\n" : " sets no organisation parameters (org.*): the tree is not judged\n");
    }
    if (!tree.errors().isEmpty()) {
      out.append(zh ? "\n组织体系输入有误，未评估：\n" : "\nOrganisation tree NOT JUDGED, invalid facts:\n");
      for (InputError e : tree.errors()) {
        out.append("  [!] ").append(e).append('\n');
      }
    }
    for (Decision<UnitReport> report : tree.reports()) {
      out.append('\n').append(report.render(locale));
      List<InputError> rejected = report.value().rejected();
      if (!rejected.isEmpty()) {
        out.append(zh ? "  以下输入有误，单独排除，其余照常评估：\n" : "  Left out alone for invalid facts; the rest is judged:\n");
        for (InputError e : rejected) {
          out.append("    [!] ").append(e).append('\n');
        }
      }
    }
    return out.toString();
  }
}
