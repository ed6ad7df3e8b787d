package io.propgov.governance.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.area.Result;
import io.propgov.governance.contract.ContractStatus;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.mode.ModeVoteResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The contract and mode-vote part of {@code evaluate}: each service contract's decision and each
 * mode vote's, when the facts hold any and the policy judges them. Those of a judged estate are
 * part of its report too; the part lists them all, with those naming no estate of the facts.
 */
record HandoverPart(List<Result<ContractStatus>> contracts, List<Result<ModeVoteResult>> modeVotes) {

  static HandoverPart judge(GovernanceEngine engine, Facts input, LocalDate date) {
    return new HandoverPart(
        input.contracts().isEmpty() || !engine.judgesContracts() ? List.of()
            : engine.contracts(input.governance(), date),
        input.modeVotes().isEmpty() || !engine.judgesModeVotes() ? List.of()
            : engine.modeVotes(input.governance(), date));
  }

  boolean anyRejected() {
    return contracts.stream().anyMatch(r -> !r.isDecided()) || modeVotes.stream().anyMatch(r -> !r.isDecided());
  }

  /** Every result, contracts first, in input order. */
  List<Result<?>> all() {
    List<Result<?>> all = new ArrayList<>(contracts);
    all.addAll(modeVotes);
    return all;
  }

  /** Adds {@code contracts} and {@code modeVotes} to a JSON report, each only when there is something. */
  void addTo(ObjectNode doc, ObjectMapper mapper, GovernanceJson json, GovernanceEngine engine, LocalDate date,
      Locale locale) throws JsonProcessingException {
    if (!contracts.isEmpty()) {
      doc.set("contracts", mapper.readTree(json.writeHandover(contracts, engine.policy(), date, locale)));
    }
    if (!modeVotes.isEmpty()) {
      doc.set("modeVotes", mapper.readTree(json.writeHandover(modeVotes, engine.policy(), date, locale)));
    }
  }
}
