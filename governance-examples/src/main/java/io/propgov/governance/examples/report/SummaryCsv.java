package io.propgov.governance.examples.report;

import io.propgov.governance.explain.Label;
import io.propgov.governance.service.ServiceMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The summary as CSV: one record per estate with the summary's columns, the heading in the
 * reader's language, codes (status, vote result) beside their names so that a program need not
 * read the language, numbers plain (no grouping, money in CNY to the fen), and an empty cell for a
 * part the estate was not judged on.
 *
 * @since 0.2.0
 */
public final class SummaryCsv {

  /** The columns' keys in {@link ReportText}, in order. */
  public static final List<String> COLUMNS = List.of("csv.estate-id", "csv.estate-name", "csv.status-code",
      "csv.status", "csv.errors", "csv.round", "csv.score", "csv.round-passed", "csv.vote", "csv.vote-matter",
      "csv.vote-result-code", "csv.vote-result", "csv.tier", "csv.target", "csv.target-met", "csv.mode",
      "csv.company-id", "csv.company-name", "csv.credit-score", "csv.credit-grade", "csv.blacklisted",
      "csv.applications", "csv.awards");

  private SummaryCsv() {}

  /**
   * Returns the whole document: the byte order mark, the heading and a record per row.
   *
   * @param rows the rows, not null
   * @param locale the language of the heading and names, not null
   * @return the document, never null
   */
  public static String document(List<EstateSummary> rows, Locale locale) {
    StringBuilder out = new StringBuilder(Csv.BOM).append(Csv.record(heading(locale, false)));
    rows.forEach(row -> out.append(Csv.record(fields(row, locale))));
    return out.toString();
  }

  /**
   * Returns the heading's fields.
   *
   * @param locale the language, not null
   * @param withLine whether a first column holds the input line's number (for a batch)
   * @return the fields, never null
   */
  public static List<String> heading(Locale locale, boolean withLine) {
    List<String> fields = new ArrayList<>();
    if (withLine) {
      fields.add(ReportText.text("csv.line", locale));
    }
    COLUMNS.forEach(key -> fields.add(ReportText.text(key, locale)));
    return fields;
  }

  /**
   * Returns a row's fields, each safe as a cell ({@link Csv#cell}), in {@link #COLUMNS} order.
   *
   * @param row the row, not null
   * @param locale the language of the names, not null
   * @return the fields, never null
   */
  public static List<String> fields(EstateSummary row, Locale locale) {
    List<String> f = new ArrayList<>(COLUMNS.size());
    f.add(Csv.cell(row.estateId()));
    f.add(Csv.cell(row.estateName()));
    f.add(row.status().code());
    f.add(row.status().text(locale));
    f.add(Integer.toString(row.errors().size()));
    EstateSummary.Rating rating = row.rating();
    f.add(rating == null ? "" : Csv.cell(rating.roundId()));
    f.add(rating == null || rating.score() == null ? "" : rating.shownScore().toPlainString());
    f.add(rating == null ? "" : yesNo(rating.passed(), locale));
    EstateSummary.Vote vote = row.vote();
    f.add(vote == null ? "" : Csv.cell(vote.voteId()));
    f.add(vote == null ? "" : vote.matterLabel().text(locale));
    f.add(vote == null ? "" : vote.outcome().code());
    f.add(vote == null ? "" : vote.outcome().label().text(locale));
    EstateSummary.Service service = row.service();
    f.add(service == null ? "" : Csv.cell(name(service.tier(), service.tierName(), locale)));
    f.add(service == null ? "" : Csv.cell(name(service.target(), service.targetName(), locale)));
    f.add(service == null ? "" : yesNo(service.targetMet(), locale));
    f.add(service == null || service.mode() == null ? "" : Csv.cell(mode(service.mode(), locale)));
    EstateSummary.Company company = row.company();
    f.add(company == null ? "" : Csv.cell(company.id()));
    f.add(company == null ? "" : Csv.cell(company.name()));
    f.add(company == null || !company.rated() ? "" : Csv.cell(company.score().toPlainString()));
    f.add(company == null || !company.rated() ? "" : Csv.cell(company.grade()));
    f.add(company == null || !company.rated() ? "" : yesNo(company.blacklisted(), locale));
    f.add(row.judged() ? Integer.toString(row.applications()) : "");
    f.add(row.judged() ? plain(row.awards()) : "");
    return f;
  }

  /** A tier's name in the language, or its code when the policy names it by code alone; "none" for no tier. */
  static String name(String code, Label label, Locale locale) {
    if (label != null) {
      return label.text(locale);
    }
    return code == null ? ReportText.text("value.none", locale) : code;
  }

  /** A mode's name in the language, or its id when the policy does not define it. */
  static String mode(ServiceMode mode, Locale locale) {
    return mode.defined() ? mode.label().text(locale) : mode.id();
  }

  private static String yesNo(boolean value, Locale locale) {
    return ReportText.text(value ? "value.yes" : "value.no", locale);
  }

  private static String plain(BigDecimal amount) {
    return amount.toPlainString();
  }
}
