package io.propgov.governance.engine;

import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.estate.Committee;
import io.propgov.governance.estate.CommitteeKind;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.internal.PolicyChecks;
import io.propgov.governance.internal.Problems;
import io.propgov.governance.metrics.Ratio;
import io.propgov.governance.metrics.RateRules;
import io.propgov.governance.metrics.UnitRates;
import io.propgov.governance.org.CoverageSubject;
import io.propgov.governance.org.CrossAppointment;
import io.propgov.governance.org.HierarchyFacts;
import io.propgov.governance.org.HierarchyRules;
import io.propgov.governance.org.Meeting;
import io.propgov.governance.org.MeetingRule;
import io.propgov.governance.org.MeetingRules;
import io.propgov.governance.org.OrgParameters;
import io.propgov.governance.org.OrgTree;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.org.PartyCoverage;
import io.propgov.governance.org.ResidentMatter;
import io.propgov.governance.org.Routing;
import io.propgov.governance.service.NeedCounts;
import io.propgov.governance.service.ServiceRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The engine's hierarchy work: validates tree facts and assembles a unit's report. */
final class HierarchyAssessor {

  private final GovernanceEngine engine;
  private final HierarchyRules rules;

  HierarchyAssessor(GovernanceEngine engine, HierarchyRules rules) {
    this.engine = engine;
    this.rules = rules;
  }

  /** The facts checked once: the tree when it is valid, and every error found. */
  private record Checked(OrgTree tree, List<InputError> errors) {}

  List<InputError> validate(HierarchyFacts facts, LocalDate asOf) {
    return check(facts, asOf).errors();
  }

  private Checked check(HierarchyFacts facts, LocalDate asOf) {
    Problems problems = new Problems();
    if (!PolicyChecks.inForce(engine.policy(), OrgParameters.ALL, asOf, "", problems)) {
      return new Checked(null, problems.errors());
    }
    OrgTree tree = null;
    try {
      tree = rules.tree(facts.units(), asOf);
    } catch (InvalidFactsException e) {
      e.errors().forEach(problems::add);
    }
    Set<String> unitIds = new HashSet<>();
    facts.units().forEach(u -> unitIds.add(u.id()));
    Set<String> estateIds = new HashSet<>();
    for (int i = 0; i < facts.estates().size(); i++) {
      Estate estate = facts.estates().get(i);
      String at = "/estates/" + i;
      problems.check(estateIds.add(estate.id()), at + "/id", "duplicate",
          "estate id '" + estate.id() + "' appears more than once; each estate needs its own id");
      engine.validate(estate, at, asOf).forEach(problems::add);
      problems.check(estate.unitId() == null || unitIds.contains(estate.unitId()), at + "/unitId", "unknown-unit",
          "unit '" + estate.unitId() + "' of estate " + estate.id() + " is not a unit of the tree");
    }
    Set<String> matterIds = new HashSet<>();
    for (int i = 0; i < facts.matters().size(); i++) {
      String id = facts.matters().get(i).id();
      if (!matterIds.add(id)) {
        problems.add("/matters/" + i + "/id", "duplicate", "matter id '" + id
            + "' appears more than once; each matter needs its own id");
      }
    }
    if (tree != null) {
      for (int i = 0; i < facts.matters().size(); i++) {
        rules.validateMatter(tree, facts.matters().get(i), "/matters/" + i, asOf).forEach(problems::add);
      }
    }
    MeetingRules meetings = engine.policy().valueAt(OrgParameters.MEETINGS, asOf).value();
    for (int i = 0; i < facts.meetings().size(); i++) {
      Meeting m = facts.meetings().get(i);
      problems.check(meetings.meetings().stream().anyMatch(r -> r.code().equals(m.meeting())), "/meetings/" + i
          + "/meeting", "enum", "meeting '" + m.meeting() + "' is not one the policy requires; they are "
          + String.join(", ", meetings.meetings().stream().map(r -> r.code()).toList()));
      boolean knownUnit = problems.check(unitIds.contains(m.unitId()), "/meetings/" + i + "/unitId", "unknown-unit",
          "unit '" + m.unitId() + "' is not a unit of the tree");
      Optional<MeetingRule> rule = meetings.meetings().stream().filter(r -> r.code().equals(m.meeting())).findFirst();
      String level = tree == null || !knownUnit ? null : tree.unit(m.unitId()).orElseThrow().level();
      if (rule.isPresent() && level != null && !level.equals(rule.get().level())) {
        problems.add("/meetings/" + i + "/unitId", "wrong-level", "meeting '" + m.meeting() + "' is held by units of"
            + " level '" + rule.get().level() + "', but unit '" + m.unitId() + "' is of level '" + level + "'");
      }
    }
    return new Checked(tree, problems.errors());
  }

  Map<String, UnitRates> rates(HierarchyFacts facts, LocalDate asOf) {
    return RateRules.rollUp(validTree(facts, asOf), facts.estates(), e -> engine.latestValidRating(e, asOf), asOf);
  }

  /** Rolls each estate's service need up the tree; estates without service facts count as not assessed. */
  Map<String, NeedCounts> needs(HierarchyFacts facts, ServiceRules service, LocalDate asOf) {
    OrgTree tree = validTree(facts, asOf);
    Map<String, NeedCounts> own = new HashMap<>();
    for (Estate estate : facts.estates()) {
      if (estate.unitId() != null) {
        NeedCounts counts = NeedCounts.of(estate.unitId(),
            estate.service() == null ? null : service.need(estate.service(), asOf));
        own.merge(estate.unitId(), counts, NeedCounts::plus);
      }
    }
    return tree.rollUp(u -> own.getOrDefault(u.id(), new NeedCounts(u.id(), 0, 0, 0, 0)), NeedCounts::plus);
  }

  Decision<UnitReport> report(HierarchyFacts facts, String unitId, LocalDate asOf) {
    OrgTree tree = validTree(facts, asOf);
    if (!tree.contains(unitId)) {
      throw new InvalidFactsException(List.of(new InputError("", "unknown-unit", "unit '" + unitId
          + "' is not a unit of the tree; the roots are "
          + String.join(", ", tree.roots().stream().map(OrgUnit::id).toList()))));
    }
    Set<String> subtree = new HashSet<>();
    tree.subtree(unitId).forEach(u -> subtree.add(u.id()));
    List<Estate> estates = facts.estates().stream().filter(e -> e.unitId() != null && subtree.contains(e.unitId()))
        .toList();
    UnitRates rates = RateRules.rollUp(tree, estates, e -> engine.latestValidRating(e, asOf), asOf).get(unitId);

    List<Decision<PartyCoverage>> coverage = new ArrayList<>();
    List<Decision<CrossAppointment>> cross = new ArrayList<>();
    Set<String> companies = new HashSet<>();
    for (Estate estate : estates) {
      if (estate.company() != null && estate.company().party() != null && companies.add(estate.company().id())) {
        coverage.add(rules.coverage(estate.company().id(), CoverageSubject.COMPANY, estate.company().party(), asOf));
      }
      Committee committee = estate.committee();
      if (committee != null) {
        CoverageSubject subject = committee.kind() == CommitteeKind.OWNERS_COMMITTEE
            ? CoverageSubject.OWNERS_COMMITTEE : CoverageSubject.PROPERTY_MANAGEMENT_COMMITTEE;
        coverage.add(rules.coverage(estate.id(), subject, committee.party(), asOf));
      }
      if (estate.company() != null) {
        cross.add(rules.crossAppointment(tree, estate, asOf));
      }
    }
    List<String> uncovered = coverage.stream().filter(d -> !d.value().covered()).map(d -> d.value().subjectId())
        .toList();
    Ratio partyCoverage = Ratio.of(coverage.size() - uncovered.size(), coverage.size());
    // A company counts once: complete when complete at every estate it serves in the subtree.
    Map<String, Boolean> companyComplete = new java.util.LinkedHashMap<>();
    cross.forEach(d -> companyComplete.merge(d.value().companyId(), d.value().complete(), Boolean::logicalAnd));
    Ratio crossRate = Ratio.of(companyComplete.values().stream().filter(c -> c).count(), companyComplete.size());
    List<Decision<Routing>> matters = new ArrayList<>();
    for (ResidentMatter matter : facts.matters()) {
      if (subtree.contains(matter.raisedAt())) {
        matters.add(rules.route(tree, matter, asOf));
      }
    }
    Decision<NeedCounts> needs = engine.judgesService()
        ? new Decision<>(needs(facts, engine.service(), asOf).get(unitId), List.of(), engine.policy().ref(), asOf)
        : null;
    UnitReport report = new UnitReport(unitId, RateRules.explain(rates, engine.policy().ref(), asOf), partyCoverage,
        uncovered, crossRate, coverage, cross, rules.meetings(tree, unitId, facts.meetings(), asOf), matters, needs);
    return new Decision<>(report, List.of(), engine.policy().ref(), asOf);
  }

  private OrgTree validTree(HierarchyFacts facts, LocalDate asOf) {
    Checked checked = check(facts, asOf);
    if (!checked.errors().isEmpty()) {
      throw new InvalidFactsException(checked.errors());
    }
    return checked.tree();
  }
}
