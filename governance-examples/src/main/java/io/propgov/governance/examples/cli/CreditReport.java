package io.propgov.governance.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.area.Result;
import io.propgov.governance.credit.ArrearsAssessment;
import io.propgov.governance.credit.CreditAssessment;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The credit part of {@code evaluate}: each company's credit assessment and each household's
 * arrears assessment, or nothing when the facts hold neither or the policy sets no credit
 * parameters (then a note, so that the reader knows they were not judged).
 */
record CreditReport(List<Result<CreditAssessment>> companies, List<Result<ArrearsAssessment>> households,
    boolean skipped) {

  static CreditReport judge(GovernanceEngine engine, Facts input, LocalDate date) {
    if (input.companies().isEmpty() && input.households().isEmpty()) {
      return new CreditReport(List.of(), List.of(), false);
    }
    if (!engine.judgesCredit()) {
      return new CreditReport(List.of(), List.of(), true);
    }
    return new CreditReport(engine.credit().assessAll(input.companies(), date),
        engine.arrears().assessAll(input.households(), date), false);
  }

  boolean anyRejected() {
    return companies.stream().anyMatch(r -> !r.isDecided()) || households.stream().anyMatch(r -> !r.isDecided());
  }

  /** Adds {@code credit} and {@code arrears} arrays (as {@code writeCreditResults} writes them) when there are any. */
  void addTo(ObjectNode doc, GovernanceJson json, GovernanceEngine engine, LocalDate date, Locale locale,
      ObjectMapper mapper) throws JsonProcessingException {
    if (!companies.isEmpty()) {
      doc.set("credit", mapper.readTree(json.writeCreditResults(companies, engine.policy(), date, locale))
          .path("results"));
    }
    if (!households.isEmpty()) {
      doc.set("arrears", mapper.readTree(json.writeCreditResults(households, engine.policy(), date, locale))
          .path("results"));
    }
  }
}
