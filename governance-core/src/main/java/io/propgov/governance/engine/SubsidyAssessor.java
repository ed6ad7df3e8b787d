package io.propgov.governance.engine;

import io.propgov.governance.area.Result;
import io.propgov.governance.area.Valid;
import io.propgov.governance.constraint.FieldSink;
import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.credit.ConsequenceInForce;
import io.propgov.governance.credit.ConsequencesInForce;
import io.propgov.governance.error.InputError;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Label;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.internal.Problems;
import io.propgov.governance.subsidy.Allocation;
import io.propgov.governance.subsidy.Application;
import io.propgov.governance.subsidy.ApplicationCase;
import io.propgov.governance.subsidy.Award;
import io.propgov.governance.subsidy.CostShare;
import io.propgov.governance.subsidy.CostSplit;
import io.propgov.governance.subsidy.CreditConsequence;
import io.propgov.governance.subsidy.CreditStanding;
import io.propgov.governance.subsidy.EstateStanding;
import io.propgov.governance.subsidy.Programme;
import io.propgov.governance.subsidy.SubsidyParameters;
import io.propgov.governance.subsidy.SubsidyRules;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
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

  private final Areas areas;
  private final SubsidyRules rules;

  SubsidyAssessor(Areas areas) {
    this.areas = areas;
    this.rules = areas.subsidy;
  }

  Decision<Award> award(Application application, Estate estate, LocalDate asOf) {
    if (estate != null && application.estateId() != null && !application.estateId().equals(estate.id())) {
      throw new IllegalArgumentException("application " + application.id() + " is for estate "
          + application.estateId() + ", not " + estate.id());
    }
    Valid<Estate> valid = estate == null ? null
        : Valid.orThrow(areas.estate.validate(estate, "/estate", asOf));
    return rules.decide(application, standing(valid, asOf), asOf);
  }

  List<Result<Award>> awardAll(List<Application> applications, List<Estate> estates,
      List<CompanyRecord> companies, LocalDate asOf) {
    return awardAll(applications, estates, companies, new ValidatedFacts(areas, estates, companies, asOf), asOf);
  }

  /** Judges the applications, reading each estate's and record's validation from {@code checked}. */
  List<Result<Award>> awardAll(List<Application> applications, List<Estate> estates,
      List<CompanyRecord> companies, ValidatedFacts checked, LocalDate asOf) {
    Map<String, Integer> companyIndex = new HashMap<>();
    for (int j = 0; j < companies.size(); j++) {
      if (companies.get(j) != null) {
        companyIndex.putIfAbsent(companies.get(j).companyId(), j);
      }
    }
    Map<String, Integer> estateIndex = new HashMap<>();
    for (int j = 0; j < estates.size(); j++) {
      if (estates.get(j) != null) {
        estateIndex.putIfAbsent(estates.get(j).id(), j);
      }
    }
    Set<String> ids = new HashSet<>();
    List<Result<Award>> results = new ArrayList<>(applications.size());
    for (int i = 0; i < applications.size(); i++) {
      Application a = applications.get(i);
      String at = "/applications/" + i;
      if (a == null) {
        results.add(Result.rejected(i, null, List.of(new InputError(at, "required", FieldSink.NULL_ITEM))));
        continue;
      }
      Problems problems = new Problems();
      problems.check(ids.add(a.id()) || a.id() == null, at + "/id", "duplicate",
          "application id '" + a.id() + "' appears more than once; each application needs its own id");
      // The application's own errors come before those of the estate and company it names.
      Problems named = new Problems();
      Valid<Estate> estate = null;
      if (a.estateId() != null) {
        Integer j = estateIndex.get(a.estateId());
        if (named.check(j != null, at + "/estateId", "unknown", "no estate '" + a.estateId()
            + "' in the facts; an application names an estate of the estates list")) {
          estate = checked.estate(j).getOrNull();
          named.check(estate != null, at + "/estateId", "invalid-estate", "estate '" + a.estateId()
              + "' has errors (see /estates/" + j + "), so its standing cannot be judged");
        }
      }
      Integer k = a.credit() == null && areas.credit != null ? companyIndex.get(a.companyId()) : null;
      if (k != null) {
        Valid<CompanyRecord> record = checked.company(k).getOrNull();
        if (named.check(record != null, at + "/companyId", "invalid-company", "company '" + a.companyId()
            + "' has errors in its credit record (see /companies/" + k + "), so its credit standing cannot be judged")) {
          a = a.withCredit(creditStanding(record, asOf));
        }
      }
      Validation<Seq<InputError>, Valid<ApplicationCase>> valid =
          rules.validate(new ApplicationCase(a, named.isEmpty() ? standing(estate, asOf) : EstateStanding.UNKNOWN),
              at, asOf);
      valid.swap().forEach(e -> e.forEach(problems::add));
      named.errors().forEach(problems::add);
      results.add(problems.isEmpty()
          ? Result.decided(i, a.id(), rules.decide(valid.get(), asOf))
          : Result.<Award>rejected(i, a.id(), problems.errors()));
    }
    return results;
  }

  List<Decision<Allocation>> allocate(List<Result<Award>> results, LocalDate asOf) {
    Map<String, List<Award>> byProgramme = new LinkedHashMap<>();
    for (Result<Award> r : results) {
      if (r.isDecided()) {
        Award award = r.decision().value();
        byProgramme.computeIfAbsent(award.programmeId(), k -> new ArrayList<>()).add(award);
      }
    }
    if (byProgramme.isEmpty() || areas.policy.timeline(SubsidyParameters.PROGRAMMES)
        .flatMap(t -> t.at(asOf)).isEmpty()) {
      return List.of();
    }
    List<Decision<Allocation>> allocations = new ArrayList<>();
    for (Programme p : areas.policy.valueAt(SubsidyParameters.PROGRAMMES, asOf).value().programmes()) {
      if (byProgramme.containsKey(p.id())) {
        allocations.add(rules.allocate(p.id(), byProgramme.get(p.id()), asOf));
      }
    }
    return allocations;
  }

  List<Result<CostSplit>> splitAll(List<CostShare> costs, LocalDate asOf) {
    Set<String> ids = new HashSet<>();
    List<Result<CostSplit>> results = new ArrayList<>(costs.size());
    for (int i = 0; i < costs.size(); i++) {
      CostShare c = costs.get(i);
      String at = "/costShares/" + i;
      Problems problems = new Problems();
      problems.check(ids.add(c.id()), at + "/id", "duplicate",
          "cost share id '" + c.id() + "' appears more than once; each cost share needs its own id");
      Validation<Seq<InputError>, Valid<CostShare>> valid = rules.validate(c, at, asOf);
      valid.swap().forEach(e -> e.forEach(problems::add));
      results.add(problems.isEmpty() ? Result.decided(i, c.id(), rules.split(valid.get(), asOf))
          : Result.<CostSplit>rejected(i, c.id(), problems.errors()));
    }
    return results;
  }

  /**
   * The company's credit consequences in force, as the credit rules give them, each with the
   * reason that brings it in both languages: subsidies never re-derive credit.
   */
  CreditStanding creditStanding(Valid<CompanyRecord> record, LocalDate asOf) {
    Decision<ConsequencesInForce> inForce = areas.credit().consequences(record, asOf);
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

  private EstateStanding standing(Valid<Estate> estate, LocalDate asOf) {
    return estate == null ? EstateStanding.UNKNOWN
        : EstateStanding.of(estate.facts(), areas.estate.latestValidRating(estate, asOf).orElse(null));
  }
}
