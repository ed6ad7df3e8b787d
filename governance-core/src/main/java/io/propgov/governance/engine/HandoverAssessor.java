package io.propgov.governance.engine;

import io.propgov.governance.area.Result;
import io.propgov.governance.contract.ContractStatus;
import io.propgov.governance.contract.ServiceContract;
import io.propgov.governance.error.InputError;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.mode.ModeCase;
import io.propgov.governance.mode.ModeVote;
import io.propgov.governance.mode.ModeVoteResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges the contracts and mode votes of a facts document, each keyed by the estate it names:
 * N in give N results out, in order, pointers under {@code /contracts/<i>} and
 * {@code /modeVotes/<i>}. A contract or mode vote naming no estate of the facts is rejected.
 */
final class HandoverAssessor {

  private final Areas areas;
  private final Map<String, Estate> estates = new HashMap<>();

  HandoverAssessor(Areas areas, List<Estate> estates) {
    this.areas = areas;
    for (Estate estate : estates) {
      if (estate != null && estate.id() != null) {
        this.estates.putIfAbsent(estate.id(), estate);
      }
    }
  }

  List<Result<ContractStatus>> contracts(List<ServiceContract> contracts, LocalDate asOf) {
    List<Result<ContractStatus>> results = new ArrayList<>(contracts.size());
    for (int i = 0; i < contracts.size(); i++) {
      ServiceContract contract = contracts.get(i);
      String at = "/contracts/" + i;
      if (contract == null) {
        results.add(Result.rejected(i, null, List.of(new InputError(at, "required",
            io.propgov.governance.constraint.FieldSink.NULL_ITEM))));
        continue;
      }
      List<InputError> errors = new ArrayList<>(known(contract.estateId(), at, "contract " + contract.id()));
      var valid = areas.contract().validate(contract, at, asOf);
      valid.swap().forEach(e -> e.forEach(errors::add));
      results.add(errors.isEmpty() ? Result.decided(i, contract.id(), areas.contract().decide(valid.get(), asOf))
          : Result.rejected(i, contract.id(), errors));
    }
    return results;
  }

  List<Result<ModeVoteResult>> modeVotes(List<ModeVote> votes, LocalDate asOf) {
    List<Result<ModeVoteResult>> results = new ArrayList<>(votes.size());
    for (int i = 0; i < votes.size(); i++) {
      ModeVote vote = votes.get(i);
      String at = "/modeVotes/" + i;
      if (vote == null) {
        results.add(Result.rejected(i, null, List.of(new InputError(at, "required",
            io.propgov.governance.constraint.FieldSink.NULL_ITEM))));
        continue;
      }
      String id = vote.vote() == null ? null : vote.vote().id();
      List<InputError> errors = new ArrayList<>(known(vote.estateId(), at, "mode vote " + id));
      var valid = areas.modeVote().validate(ModeCase.of(vote, estates.get(vote.estateId())), at, asOf);
      valid.swap().forEach(e -> e.forEach(errors::add));
      results.add(errors.isEmpty() ? Result.decided(i, id, areas.modeVote().decide(valid.get(), asOf))
          : Result.rejected(i, id, errors));
    }
    return results;
  }

  /** The error of an estate id the facts do not hold; a missing id is a field error, reported on its own. */
  private List<InputError> known(String estateId, String at, String what) {
    if (estateId == null || estateId.isBlank() || estates.containsKey(estateId)) {
      return List.of();
    }
    return List.of(new InputError(at + "/estateId", "unknown-estate", what + " names estate '" + estateId
        + "', which the facts do not hold; the estates are " + estates.keySet().stream().sorted().toList()));
  }
}
