package io.propgov.governance.engine;

import io.propgov.governance.area.Result;
import io.propgov.governance.area.Valid;
import io.propgov.governance.constraint.FieldSink;
import io.propgov.governance.error.InputError;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.money.EstateMoney;
import io.propgov.governance.money.MoneyAssessment;
import io.propgov.governance.money.MoneyRates;
import io.propgov.governance.money.MoneyRules;
import io.propgov.governance.org.OrgTree;
import io.propgov.governance.vote.OwnersVote;
import io.propgov.governance.vote.VoteResult;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges the money facts of a batch: each estate's entry with the votes of the estate of that id
 * (so that a use of the maintenance fund can name the vote that approved it), and Jiang'an's
 * shares rolled up the organisation tree. Reads the areas from the registry.
 */
final class MoneyAssessor {

  private final Areas areas;
  private final MoneyRules rules;

  MoneyAssessor(Areas areas) {
    this.areas = areas;
    this.rules = areas.money();
  }

  /** One result per money entry, in input order, pointers under {@code /money/<j>}. */
  List<Result<MoneyAssessment>> assessAll(GovernanceFacts facts, LocalDate asOf) {
    Map<String, Estate> estates = new HashMap<>();
    facts.estates().forEach(e -> {
      if (e != null && e.id() != null) {
        estates.putIfAbsent(e.id(), e);
      }
    });
    List<Result<MoneyAssessment>> results = new ArrayList<>(facts.money().size());
    for (int j = 0; j < facts.money().size(); j++) {
      EstateMoney money = facts.money().get(j);
      if (money == null) {
        results.add(Result.rejected(j, null, List.of(new InputError("/money/" + j, "required", FieldSink.NULL_ITEM))));
        continue;
      }
      Map<String, VoteResult> votes = votes(estates.get(money.estateId()), asOf);
      results.add(Result.of(j, money.estateId(), rules.validate(money, "/money/" + j, asOf)
          .map(valid -> rules.decide(valid, asOf, votes))));
    }
    return results;
  }

  /** The valid votes of an estate held by the as-of date, by id; an invalid vote is left out (the estate's report lists it). */
  private Map<String, VoteResult> votes(Estate estate, LocalDate asOf) {
    Map<String, VoteResult> votes = new HashMap<>();
    if (estate == null) {
      return votes;
    }
    for (OwnersVote vote : estate.votes()) {
      if (vote == null) {
        continue;
      }
      Validation<Seq<InputError>, Valid<OwnersVote>> valid = areas.vote.validate(vote, "", asOf);
      if (valid.isValid()) {
        votes.putIfAbsent(vote.id(), areas.vote.decide(valid.get(), asOf).value());
      }
    }
    return votes;
  }

  /** Jiang'an's shares for every unit of the tree, over the valid money entries of estates placed in it. */
  Map<String, Decision<MoneyRates>> rates(GovernanceFacts facts, LocalDate asOf) {
    OrgTree tree = areas.hierarchy().tree(facts.units(), asOf);
    Map<String, String> unitOf = new HashMap<>();
    facts.estates().forEach(e -> {
      if (e != null && e.id() != null && e.unitId() != null) {
        unitOf.putIfAbsent(e.id(), e.unitId());
      }
    });
    List<EstateMoney> valid = new ArrayList<>();
    for (int j = 0; j < facts.money().size(); j++) {
      EstateMoney money = facts.money().get(j);
      if (money != null && rules.validate(money, "/money/" + j, asOf).isValid()) {
        valid.add(money);
      }
    }
    Map<String, Decision<MoneyRates>> explained = new LinkedHashMap<>();
    MoneyRates.rollUp(tree, unitOf, valid).forEach((unit, rates) ->
        explained.put(unit, MoneyRates.explain(rates, areas.policy.ref(), asOf)));
    return explained;
  }
}
