package io.propgov.governance.examples.batch;

import io.propgov.governance.area.Result;
import io.propgov.governance.engine.EstateReport;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.json.AssessedEstate;
import io.propgov.governance.json.GovernanceJson;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Judges a line holding one estate object: reads it and gives it the whole-estate assessment
 * with {@link GovernanceJson#assessEstate} (the line's estate alone: the areas that need facts
 * from outside the estate, its company's credit record and its applications, are reported as not
 * assessed; its facts checked once), and writes the result with
 * {@link GovernanceJson#writeReportLine}. A line that is not JSON, is empty, breaks the schema
 * or holds values the rules reject gives an error record with every error's JSON Pointer,
 * relative to the line's estate object. Thread-safe.
 *
 * @since 0.1.0
 */
public final class EstateLineJudge implements LineJudge {

  private final GovernanceJson json;
  private final GovernanceEngine engine;
  private final LocalDate asOf;
  private final Locale locale;

  /**
   * Prepares the judge.
   *
   * @param json the JSON adapter, not null
   * @param engine the engine, not null
   * @param asOf the date of the decisions, not null
   * @param locale the language of the explanations, not null
   */
  public EstateLineJudge(GovernanceJson json, GovernanceEngine engine, LocalDate asOf, Locale locale) {
    this.json = Objects.requireNonNull(json, "json");
    this.engine = Objects.requireNonNull(engine, "engine");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  @Override
  public LineResult judge(long lineNumber, String line) {
    Result<EstateReport> result = result(line);
    return new LineResult(json.writeReportLine(lineNumber, result, locale), !result.isDecided());
  }

  /** Writes the bytes of {@link #judge(long, String)}'s line straight away, without its text. */
  @Override
  public boolean judge(long lineNumber, String line, ByteArrayOutputStream out) {
    Result<EstateReport> result = result(line);
    json.writeReportLine(lineNumber, result, locale, out);
    return !result.isDecided();
  }

  /** Writes the error record as every other error record of the batch is written. */
  @Override
  public void reject(long lineNumber, String code, String message, ByteArrayOutputStream out) {
    json.writeReportLine(lineNumber, Result.rejected(0, null, List.of(new InputError("", code, message))), locale, out);
  }

  /** The line's whole-estate result, or the errors that kept it from one (its index 0: the line's own batch). */
  Result<EstateReport> result(String line) {
    return judged(line).result();
  }

  /**
   * A line judged: the estate as read (null when it could not be read) and its result.
   *
   * @param estate the estate, or null
   * @param result its result, never null
   */
  record Judged(Estate estate, Result<EstateReport> result) {}

  /** The line's estate, as read, and its whole-estate result or the errors that kept it from one. */
  Judged judged(String line) {
    try {
      AssessedEstate assessed = json.assessEstate(engine, line, asOf);
      return new Judged(assessed.estate(), assessed.result());
    } catch (RuntimeException e) {
      // A bug must not lose the line nor stop the run: report it in the line's place.
      return new Judged(null, Result.rejected(0, null, List.of(new InputError("", "internal",
          "internal error while judging this line (please report it): " + e))));
    }
  }
}
