package io.propgov.governance.engine;

import io.propgov.governance.area.Result;
import io.propgov.governance.area.RuleArea;
import io.propgov.governance.constraint.FieldSink;
import io.propgov.governance.contract.ContractStatus;
import io.propgov.governance.contract.ServiceContract;
import io.propgov.governance.error.InputError;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.mode.ModeCase;
import io.propgov.governance.mode.ModeVote;
import io.propgov.governance.mode.ModeVoteResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
    return judge(contracts, "/contracts/", ServiceContract::id, ServiceContract::estateId, "contract ",
        areas.contract(), contract -> contract, asOf);
  }

  List<Result<ModeVoteResult>> modeVotes(List<ModeVote> votes, LocalDate asOf) {
    return judge(votes, "/modeVotes/", vote -> vote.vote() == null ? null : vote.vote().id(), ModeVote::estateId,
        "mode vote ", areas.modeVote(), vote -> ModeCase.of(vote, estates.get(vote.estateId())), asOf);
  }

  /**
   * Judges each item by an area, after checking that the estate it names is one of the facts'.
   *
   * @param items the items, an element possibly null
   * @param list the pointer of the list, ending in a slash
   * @param id the id of an item, for its result and the message of an unknown estate
   * @param estateId the estate an item names
   * @param what what an item is, for the message of an unknown estate, ending in a space
   * @param area the area that judges the items
   * @param facts the facts the area judges of an item
   * @param asOf the date of the decisions
   * @return one result per item, in order
   */
  private <T, F, C extends Conclusion> List<Result<C>> judge(List<T> items, String list, Function<T, String> id,
      Function<T, String> estateId, String what, RuleArea<F, C> area, Function<T, F> facts, LocalDate asOf) {
    List<Result<C>> results = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      String at = list + i;
      if (item == null) {
        results.add(Result.rejected(i, null, List.of(new InputError(at, "required", FieldSink.NULL_ITEM))));
        continue;
      }
      String itemId = id.apply(item);
      List<InputError> errors = new ArrayList<>(known(estateId.apply(item), at, what + itemId));
      var valid = area.validate(facts.apply(item), at, asOf);
      valid.swap().forEach(e -> e.forEach(errors::add));
      results.add(errors.isEmpty() ? Result.decided(i, itemId, area.decide(valid.get(), asOf))
          : Result.rejected(i, itemId, errors));
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
