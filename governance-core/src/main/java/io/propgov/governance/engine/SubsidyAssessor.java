package io.propgov.governance.engine;

import io.propgov.governance.constraint.FieldSink;
import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.credit.ConsequenceInForce;
import io.propgov.governance.credit.ConsequencesInForce;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Label;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.internal.Problems;
import io.propgov.governance.subsidy.Allocation;
import io.propgov.governance.subsidy.Application;
import io.propgov.governance.subsidy.ApplicationResult;
import io.propgov.governance.subsidy.Award;
import io.propgov.governance.subsidy.CostShare;
import io.propgov.governance.subsidy.CostShareResult;
import io.propgov.governance.subsidy.CreditConsequence;
import io.propgov.governance.subsidy.CreditStanding;
import io.propgov.governance.subsidy.EstateStanding;
import io.propgov.governance.subsidy.Programme;
import io.propgov.governance.subsidy.SubsidyParameters;
import io.propgov.governance.subsidy.SubsidyRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Joins the subsidy rules to the estate's record and the satisfaction rules: an application's
 * estate standing is built from the estate the engine already judges, never recomputed here.
 */
final class SubsidyAssessor {

  private final GovernanceEngine engine;
  private final SubsidyRules rules;

  SubsidyAssessor(GovernanceEngine engine, SubsidyRules rules) {
    this.engine = engine;
    this.rules = rules;
  }

  Decision<Award> award(Application application, Estate estate, LocalDate asOf) {
    if (estate != null && application.estateId() != null && !application.estateId().equals(estate.id())) {
      throw new IllegalArgumentException("application " + application.id() + " is for estate "
          + application.estateId() + ", not " + estate.id());
    }
    if (estate != null) {
      List<InputError> errors = engine.validate(estate, "/estate", asOf);
      if (!errors.isEmpty()) {
        throw new InvalidFactsException(errors);
      }
    }
    return rules.decide(application, standing(estate, asOf), asOf);
  }

  List<ApplicationResult> awardAll(List<Application> applications, List<Estate> estates,
      List<CompanyRecord> companies, LocalDate asOf) {
    Map<String, Integer> companyIndex = new HashMap<>();
    for (int j = 0; j < companies.size(); j++) {
      if (companies.get(j) != null) {
        companyIndex.putIfAbsent(companies.get(j).companyId(), j);
      }
    }
    Map<Integer, Boolean> companyValid = new HashMap<>();
    Map<String, Integer> estateIndex = new HashMap<>();
    for (int j = 0; j < estates.size(); j++) {
      if (estates.get(j) != null) {
        estateIndex.putIfAbsent(estates.get(j).id(), j);
      }
    }
    Map<Integer, Boolean> estateValid = new HashMap<>();
    Set<String> ids = new HashSet<>();
    List<ApplicationResult> results = new ArrayList<>(applications.size());
    for (int i = 0; i < applications.size(); i++) {
      Application a = applications.get(i);
      String at = "/applications/" + i;
      if (a == null) {
        results.add(new ApplicationResult.Rejected(i, null,
            List.of(new InputError(at, "required", FieldSink.NULL_ITEM))));
        continue;
      }
      Problems problems = new Problems();
      problems.check(ids.add(a.id()) || a.id() == null, at + "/id", "duplicate",
          "application id '" + a.id() + "' appears more than once; each application needs its own id");
      rules.validate(a, at, asOf).forEach(problems::add);
      Estate estate = null;
      if (a.estateId() != null) {
        Integer j = estateIndex.get(a.estateId());
        if (problems.check(j != null, at + "/estateId", "unknown", "no estate '" + a.estateId()
            + "' in the facts; an application names an estate of the estates list")) {
          boolean valid = estateValid.computeIfAbsent(j, k -> engine.validate(estates.get(k), "", asOf).isEmpty());
          problems.check(valid, at + "/estateId", "invalid-estate", "estate '" + a.estateId()
              + "' has errors (see /estates/" + j + "), so its standing cannot be judged");
          estate = estates.get(j);
        }
      }
      Integer k = a.credit() == null && engine.judgesCredit() ? companyIndex.get(a.companyId()) : null;
      if (k != null) {
        boolean valid = companyValid.computeIfAbsent(k, c -> engine.credit().validate(companies.get(c), "").isEmpty());
        if (problems.check(valid, at + "/companyId", "invalid-company", "company '" + a.companyId()
            + "' has errors in its credit record (see /companies/" + k + "), so its credit standing cannot be judged")) {
          a = a.withCredit(creditStanding(companies.get(k), asOf));
        }
      }
      results.add(problems.isEmpty()
          ? new ApplicationResult.Judged(i, rules.decide(a, standing(estate, asOf), asOf))
          : new ApplicationResult.Rejected(i, a.id(), problems.errors()));
    }
    return results;
  }

  List<Decision<Allocation>> allocate(List<ApplicationResult> results, LocalDate asOf) {
    Map<String, List<Award>> byProgramme = new LinkedHashMap<>();
    for (ApplicationResult r : results) {
      if (r instanceof ApplicationResult.Judged judged) {
        Award award = judged.decision().value();
        byProgramme.computeIfAbsent(award.programmeId(), k -> new ArrayList<>()).add(award);
      }
    }
    if (byProgramme.isEmpty() || engine.policy().timeline(SubsidyParameters.PROGRAMMES)
        .flatMap(t -> t.at(asOf)).isEmpty()) {
      return List.of();
    }
    List<Decision<Allocation>> allocations = new ArrayList<>();
    for (Programme p : engine.policy().valueAt(SubsidyParameters.PROGRAMMES, asOf).value().programmes()) {
      if (byProgramme.containsKey(p.id())) {
        allocations.add(rules.allocate(p.id(), byProgramme.get(p.id()), asOf));
      }
    }
    return allocations;
  }

  List<CostShareResult> splitAll(List<CostShare> costs, LocalDate asOf) {
    Set<String> ids = new HashSet<>();
    List<CostShareResult> results = new ArrayList<>(costs.size());
    for (int i = 0; i < costs.size(); i++) {
      CostShare c = costs.get(i);
      String at = "/costShares/" + i;
      Problems problems = new Problems();
      problems.check(ids.add(c.id()), at + "/id", "duplicate",
          "cost share id '" + c.id() + "' appears more than once; each cost share needs its own id");
      rules.validate(c, at, asOf).forEach(problems::add);
      results.add(problems.isEmpty() ? new CostShareResult.Split(i, rules.split(c, asOf))
          : new CostShareResult.Rejected(i, c.id(), problems.errors()));
    }
    return results;
  }

  /**
   * The company's credit consequences in force, as the credit rules give them, each with the
   * reason that brings it in both languages: subsidies never re-derive credit.
   */
  CreditStanding creditStanding(CompanyRecord record, LocalDate asOf) {
    Decision<ConsequencesInForce> inForce = engine.credit().consequences(record, asOf);
    List<CreditConsequence> consequences = new ArrayList<>();
    for (ConsequenceInForce c : inForce.value().inForce()) {
      String code = c.consequence().name();
      Reason why = inForce.reasons().stream()
          .filter(r -> r.figure("consequence").map(f -> f.value().equals(code)).orElse(false)).findFirst()
          .orElse(null);
      Label reason = why == null
          ? new Label(Decision.headline(inForce.value(), Locale.ENGLISH),
              Decision.headline(inForce.value(), Locale.SIMPLIFIED_CHINESE))
          : new Label(why.text(Locale.ENGLISH), why.text(Locale.SIMPLIFIED_CHINESE));
      consequences.add(new CreditConsequence(code, reason));
    }
    return new CreditStanding(consequences);
  }

  private EstateStanding standing(Estate estate, LocalDate asOf) {
    return estate == null ? EstateStanding.UNKNOWN
        : EstateStanding.of(estate, engine.latestValidRating(estate, asOf).orElse(null));
  }
}
