package io.propgov.governance.examples.batch;

import io.propgov.governance.area.Result;
import io.propgov.governance.engine.EstateReport;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.examples.report.Csv;
import io.propgov.governance.examples.report.Summaries;
import io.propgov.governance.examples.report.SummaryCsv;
import io.propgov.governance.json.GovernanceJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Judges a line holding one estate object as {@link EstateLineJudge} does and writes the
 * estate's summary as one CSV record: the line's number, then {@link SummaryCsv}'s columns. A
 * line that cannot be judged gives a record with its number, the status {@code rejected} and its
 * error count. Each record is one line (control characters in a cell are escaped), without its
 * line end: run the batch with {@code \r\n} line ends and write {@link #heading} first. Thread-safe.
 *
 * @since 0.2.0
 */
public final class CsvLineJudge implements LineJudge {

  private final EstateLineJudge estates;
  private final Locale locale;

  /**
   * Prepares the judge.
   *
   * @param json the JSON adapter, not null
   * @param engine the engine, not null
   * @param asOf the date of the decisions, not null
   * @param locale the language of the heading and names, not null
   */
  public CsvLineJudge(GovernanceJson json, GovernanceEngine engine, LocalDate asOf, Locale locale) {
    this.estates = new EstateLineJudge(json, engine, asOf, locale);
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  /**
   * Returns what goes before the first record: the byte order mark and the heading, ended by CRLF.
   *
   * @param locale the language of the heading, not null
   * @return the text, never null
   */
  public static String heading(Locale locale) {
    return Csv.BOM + Csv.record(SummaryCsv.heading(locale, true));
  }

  @Override
  public LineResult judge(long lineNumber, String line) {
    EstateLineJudge.Judged judged = estates.judged(line);
    return new LineResult(record(lineNumber, judged.result(), judged.estate()), !judged.result().isDecided());
  }

  @Override
  public boolean judge(long lineNumber, String line, ByteArrayOutputStream out) {
    LineResult result = judge(lineNumber, line);
    out.writeBytes(result.json().getBytes(StandardCharsets.UTF_8));
    return result.error();
  }

  @Override
  public void reject(long lineNumber, String code, String message, ByteArrayOutputStream out) {
    Result<EstateReport> rejected = Result.rejected(0, null, List.of(new InputError("", code, message)));
    out.writeBytes(record(lineNumber, rejected, null).getBytes(StandardCharsets.UTF_8));
  }

  private String record(long lineNumber, Result<EstateReport> result, Estate estate) {
    List<String> fields = new ArrayList<>();
    fields.add(Long.toString(lineNumber));
    fields.addAll(SummaryCsv.fields(Summaries.row(result, estate, Map.of(), Map.of()), locale));
    String record = Csv.record(fields);
    return record.substring(0, record.length() - Csv.LINE_END.length());
  }
}
