package io.propgov.governance.examples.cli;

import io.propgov.governance.error.Printable;
import io.propgov.governance.examples.report.EstateSummary;
import io.propgov.governance.examples.report.ReportText;
import io.propgov.governance.examples.report.ReportTotals;
import io.propgov.governance.examples.report.Tone;
import io.propgov.governance.explain.Label;
import io.propgov.governance.service.ServiceMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The summary of {@code evaluate} as text: a table with one row per estate, the totals, and a
 * one-line legend of the marks. Long names are cut with … to keep a row on one line; the
 * details ({@code --detail}) and the CSV give them whole.
 */
final class SummaryText {

  /** The widest an estate's name is shown in the table, in columns. */
  static final int ESTATE_WIDTH = 16;
  /** The widest a company's name is shown. */
  static final int COMPANY_WIDTH = 12;
  /** The widest a tier's or a mode's name is shown. */
  static final int TERM_WIDTH = 14;

  private final Locale locale;

  SummaryText(Locale locale) {
    this.locale = locale;
  }

  private String t(String key) {
    return ReportText.text(key, locale);
  }

  /** The table of the rows. */
  String table(List<EstateSummary> rows) {
    TextTable table = new TextTable(List.of(t("text.estate"), t("text.status"), t("text.score"), t("text.vote"),
        t("text.tier"), t("text.mode"), t("text.company"), t("text.credit"), t("text.awards")),
        8);
    for (EstateSummary row : rows) {
      table.add(cells(row));
    }
    return table.render();
  }

  private List<String> cells(EstateSummary row) {
    List<String> cells = new ArrayList<>();
    String id = row.estateId() == null || row.estateId().isEmpty() ? "#" + (row.index() + 1) : row.estateId();
    cells.add(Printable.of(named(id, row.estateName(), ESTATE_WIDTH)));
    String status = Marks.of(row.status().tone()) + " " + row.status().text(locale);
    if (!row.judged()) {
      status += String.format(t("text.errors"), row.errors().size());
    }
    cells.add(status);
    EstateSummary.Rating rating = row.rating();
    cells.add(rating == null || rating.score() == null ? Marks.NONE
        : (rating.passed() ? Marks.GOOD : Marks.BAD) + " " + rating.shownScore().toPlainString());
    EstateSummary.Vote vote = row.vote();
    cells.add(vote == null ? Marks.NONE : vote.matterLabel().text(locale) + t("text.colon")
        + vote.outcome().label().text(locale));
    EstateSummary.Service service = row.service();
    cells.add(service == null ? Marks.NONE : (service.targetMet() ? Marks.GOOD : Marks.BAD) + " "
        + Printable.of(name(service.tier(), service.tierName()) + " / " + name(service.target(), service.targetName())));
    cells.add(service == null || service.mode() == null ? Marks.NONE : Printable.of(mode(service.mode())));
    EstateSummary.Company company = row.company();
    cells.add(company == null ? Marks.NONE : Printable.of(named(company.id(), company.name(), COMPANY_WIDTH)));
    boolean rated = company != null && company.rated();
    // A grade's worth depends on the policy's bands; a listing is bad news under any policy.
    String grade = rated ? Printable.of(company.grade()) + t("text.grade") : null;
    cells.add(!rated ? Marks.NONE : company.blacklisted() ? Marks.BAD + " " + grade + " " + t("text.listed") : grade);
    cells.add(!row.judged() || row.applications() == 0 ? Marks.NONE : ReportText.money(row.awards(), locale));
    return cells;
  }

  private static String named(String id, String name, int width) {
    return name.isEmpty() ? id : id + " " + DisplayWidth.fit(name, width);
  }

  private String name(String code, Label label) {
    if (label != null) {
      return DisplayWidth.fit(label.text(locale), TERM_WIDTH);
    }
    return code == null ? t("value.none") : DisplayWidth.fit(code, TERM_WIDTH);
  }

  private String mode(ServiceMode mode) {
    return DisplayWidth.fit(mode.defined() ? mode.label().text(locale) : mode.id(), TERM_WIDTH);
  }

  /** The totals, two lines. */
  String totals(ReportTotals totals) {
    return String.format(t("text.totals.estates"), totals.estates(), totals.judged(), totals.rejected()) + "\n"
        + String.format(t("text.totals.rest"), totals.dismissalMayStart(), totals.dismissalDecided(),
            totals.companiesListed(), totals.companiesRated(), ReportText.money(totals.moneyAwarded(), locale))
        + "\n";
  }

  /** The legend of the marks and how to see more, one line. */
  String legend(boolean detail) {
    return t("text.legend") + (detail ? "" : " " + t("text.more")) + "\n";
  }

  /** The mark of a tone, for callers that show a tone outside the table. */
  static String mark(Tone tone) {
    return Marks.of(tone);
  }
}
