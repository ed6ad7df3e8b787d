package io.propgov.governance.engine;

import io.propgov.governance.area.AbstractRuleArea;
import io.propgov.governance.area.Valid;
import io.propgov.governance.constraint.FieldSink;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.estate.Committee;
import io.propgov.governance.estate.CommitteeKind;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.internal.PolicyChecks;
import io.propgov.governance.internal.Problems;
import io.propgov.governance.metrics.RateRules;
import io.propgov.governance.metrics.Ratio;
import io.propgov.governance.metrics.UnitRates;
import io.propgov.governance.org.CoverageSubject;
import io.propgov.governance.org.CrossAppointment;
import io.propgov.governance.org.HierarchyFacts;
import io.propgov.governance.org.HierarchyRules;
import io.propgov.governance.org.Meeting;
import io.propgov.governance.org.RequiredMeeting;
import io.propgov.governance.org.MeetingSchedule;
import io.propgov.governance.org.OrgFields;
import io.propgov.governance.org.OrgParameters;
import io.propgov.governance.org.OrgTree;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.org.PartyCoverage;
import io.propgov.governance.org.ResidentMatter;
import io.propgov.governance.org.Routing;
import io.propgov.governance.service.NeedCounts;
import io.propgov.governance.service.ServiceRules;
import io.propgov.governance.satisfaction.RoundStatus;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The engine's hierarchy work: validates tree facts and assembles a unit's report. Only errors in
 * the tree itself stop the work; an estate, matter or meeting with errors is left out alone, and
 * the reports list its errors.
 */
final class HierarchyArea extends AbstractRuleArea<UnitQuery, UnitReport> {

  private final Areas areas;
  private final HierarchyRules rules;
  private final Valid.Issuer issuer = new Valid.Issuer();

  HierarchyArea(Areas areas, HierarchyRules rules) {
    super(HierarchyRules.AREA, Stream.concat(OrgParameters.ALL.stream(),
        OrgParameters.OPTIONAL.stream()).toList());
    this.areas = areas;
    this.rules = rules;
  }

  /**
   * Validates a tree for a report on one unit: the errors that keep the tree from being judged
   * (the policy, the units) and an unknown unit reject it; an estate, matter or meeting with
   * errors is left out alone, and the report lists its errors.
   */
  @Override
  public Validation<Seq<InputError>, Valid<UnitQuery>> validate(UnitQuery query, String pointer, LocalDate asOf) {
    Checked checked = check(query.facts(), asOf);
    if (!checked.treeErrors().isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(checked.treeErrors()));
    }
    if (!checked.tree().contains(query.unitId())) {
      return Validation.invalid(io.vavr.collection.List.of(new InputError(pointer, "unknown-unit", "unit '"
          + query.unitId() + "' is not a unit of the tree; the roots are "
          + String.join(", ", checked.tree().roots().stream().map(OrgUnit::id).toList()))));
    }
    return Validation.valid(issuer.issue(query, checked));
  }

  @Override
  public Decision<UnitReport> decide(Valid<UnitQuery> query, LocalDate asOf) {
    return report(issuer.open(query).facts(), issuer.open(query).unitId(), issuer.proof(query, Checked.class), asOf);
  }

  /**
   * The facts checked once: the tree when it can be judged, the errors that keep the whole tree
   * from being judged (the policy, the units), and the errors of each estate, matter and meeting
   * by index. A bad estate, matter or meeting is left out alone; the rest are still judged.
   */
  private record Checked(OrgTree tree, List<InputError> treeErrors, Map<Integer, List<InputError>> estates,
      Map<Integer, List<InputError>> matters, Map<Integer, List<InputError>> meetings,
      Map<Estate, Valid<Estate>> validEstates) {

    /** The status of a valid estate's latest valid rating, for the rates. */
    Optional<RoundStatus> latestValidRating(Areas areas, Estate estate, LocalDate asOf) {
      return areas.estate.latestValidRating(validEstates.get(estate), asOf);
    }

    /** Every error, the tree's first, then the estates', the matters' and the meetings' in input order. */
    List<InputError> all() {
      List<InputError> all = new ArrayList<>(treeErrors);
      estates.values().forEach(all::addAll);
      matters.values().forEach(all::addAll);
      meetings.values().forEach(all::addAll);
      return all;
    }

    /** The errors of the items left out, for a report on a subtree. */
    List<InputError> rejected(HierarchyFacts facts, Set<String> subtree, boolean firstRoot) {
      List<InputError> out = new ArrayList<>();
      // An item placed at a unit outside the tree belongs to no subtree: the first root's report names it.
      estates.forEach((i, errors) -> {
        String unit = facts.estates().get(i).unitId();
        if (unit != null && subtree.contains(unit) || firstRoot && (unit == null || !tree.contains(unit))) {
          out.addAll(errors);
        }
      });
      matters.forEach((i, errors) -> {
        String unit = facts.matters().get(i).raisedAt();
        if (subtree.contains(unit) || firstRoot && !tree.contains(unit)) {
          out.addAll(errors);
        }
      });
      meetings.forEach((i, errors) -> {
        String unit = facts.meetings().get(i).unitId();
        if (subtree.contains(unit) || firstRoot && !tree.contains(unit)) {
          out.addAll(errors);
        }
      });
      return out;
    }
  }

  List<InputError> validate(HierarchyFacts facts, LocalDate asOf) {
    return check(facts, asOf).all();
  }

  private Checked check(HierarchyFacts facts, LocalDate asOf) {
    Problems problems = new Problems();
    Map<Integer, List<InputError>> estateErrors = new TreeMap<>();
    Map<Integer, List<InputError>> matterErrors = new TreeMap<>();
    Map<Integer, List<InputError>> meetingErrors = new TreeMap<>();
    Map<Estate, Valid<Estate>> validEstates = new IdentityHashMap<>();
    if (!PolicyChecks.inForce(areas.policy, OrgParameters.ALL, asOf, "", problems)) {
      return new Checked(null, problems.errors(), estateErrors, matterErrors, meetingErrors, validEstates);
    }
    OrgTree tree = null;
    try {
      tree = rules.tree(facts.units(), asOf);
    } catch (InvalidFactsException e) {
      e.errors().forEach(problems::add);
    }
    Set<String> unitIds = new HashSet<>();
    facts.units().forEach(u -> unitIds.add(u == null ? null : u.id()));
    Set<String> estateIds = new HashSet<>();
    for (int i = 0; i < facts.estates().size(); i++) {
      Estate estate = facts.estates().get(i);
      String at = "/estates/" + i;
      Problems one = new Problems();
      if (estate == null) {
        one.add(at, "required", FieldSink.NULL_ITEM);
        keep(estateErrors, i, one);
        continue;
      }
      one.check(estateIds.add(estate.id()), at + "/id", "duplicate",
          "estate id '" + estate.id() + "' appears more than once; each estate needs its own id");
      Validation<Seq<InputError>, Valid<Estate>> valid = areas.estate.validate(estate, at, asOf);
      valid.swap().forEach(e -> e.forEach(one::add));
      valid.forEach(v -> validEstates.put(estate, v));
      one.check(estate.unitId() == null || unitIds.contains(estate.unitId()), at + "/unitId", "unknown-unit",
          "unit '" + estate.unitId() + "' of estate " + estate.id() + " is not a unit of the tree");
      keep(estateErrors, i, one);
    }
    Set<String> matterIds = new HashSet<>();
    for (int i = 0; i < facts.matters().size(); i++) {
      ResidentMatter matter = facts.matters().get(i);
      Problems one = new Problems();
      if (!fieldsValid(matter, "/matters", i, OrgFields::matter, one)) {
        keep(matterErrors, i, one);
        continue;
      }
      one.check(matterIds.add(matter.id()), "/matters/" + i + "/id", "duplicate", "matter id '" + matter.id()
          + "' appears more than once; each matter needs its own id");
      if (tree != null) {
        rules.validateMatter(tree, matter, "/matters/" + i, asOf).forEach(one::add);
      }
      keep(matterErrors, i, one);
    }
    MeetingSchedule meetings = areas.policy.valueAt(OrgParameters.MEETINGS, asOf).value();
    for (int i = 0; i < facts.meetings().size(); i++) {
      Meeting m = facts.meetings().get(i);
      Problems one = new Problems();
      if (!fieldsValid(m, "/meetings", i, OrgFields::meeting, one)) {
        keep(meetingErrors, i, one);
        continue;
      }
      one.check(meetings.meetings().stream().anyMatch(r -> r.code().equals(m.meeting())), "/meetings/" + i
          + "/meeting", "enum", "meeting '" + m.meeting() + "' is not one the policy requires; they are "
          + String.join(", ", meetings.meetings().stream().map(r -> r.code()).toList()));
      boolean knownUnit = one.check(unitIds.contains(m.unitId()), "/meetings/" + i + "/unitId", "unknown-unit",
          "unit '" + m.unitId() + "' is not a unit of the tree");
      Optional<RequiredMeeting> rule = meetings.meetings().stream().filter(r -> r.code().equals(m.meeting())).findFirst();
      String level = tree == null || !knownUnit ? null : tree.unit(m.unitId()).orElseThrow().level();
      if (rule.isPresent() && level != null && !level.equals(rule.get().level())) {
        one.add("/meetings/" + i + "/unitId", "wrong-level", "meeting '" + m.meeting() + "' is held by units of"
            + " level '" + rule.get().level() + "', but unit '" + m.unitId() + "' is of level '" + level + "'");
      }
      keep(meetingErrors, i, one);
    }
    return new Checked(tree, problems.errors(), estateErrors, matterErrors, meetingErrors, validEstates);
  }

  /** Records an element's field-constraint errors; only an element without any is checked further. */
  private static <T> boolean fieldsValid(T value, String list, int i, FieldCheck<T> check, Problems one) {
    FieldSink fields = new FieldSink();
    if (fields.item(value, "", list.substring(1), i)) {
      check.check(value, list + "/" + i, fields);
    }
    fields.sorted().forEach(one::add);
    return fields.isEmpty();
  }

  @FunctionalInterface
  private interface FieldCheck<T> {
    void check(T value, String at, FieldSink sink);
  }

  private static void keep(Map<Integer, List<InputError>> byIndex, int i, Problems one) {
    if (!one.isEmpty()) {
      byIndex.put(i, one.errors());
    }
  }

  /** The items of a list whose index has no errors, in order. */
  private static <T> List<T> valid(List<T> items, Map<Integer, List<InputError>> errors) {
    if (errors.isEmpty()) {
      return items;
    }
    List<T> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      if (!errors.containsKey(i)) {
        out.add(items.get(i));
      }
    }
    return out;
  }

  Map<String, UnitRates> rates(HierarchyFacts facts, LocalDate asOf) {
    Checked checked = judgeable(facts, asOf);
    return RateRules.rollUp(checked.tree(), valid(facts.estates(), checked.estates()),
        RateRules.definitions(areas.policy, asOf), e -> checked.latestValidRating(areas, e, asOf), asOf);
  }

  /** Rolls each estate's service need up the tree; estates without service facts count as not assessed. */
  Map<String, NeedCounts> needs(HierarchyFacts facts, ServiceRules service, LocalDate asOf) {
    Checked checked = judgeable(facts, asOf);
    OrgTree tree = checked.tree();
    Map<String, NeedCounts> own = new HashMap<>();
    for (Estate estate : valid(facts.estates(), checked.estates())) {
      if (estate.unitId() != null) {
        NeedCounts counts = NeedCounts.of(estate.unitId(),
            estate.service() == null ? null : service.need(areas.estate.service(checked.validEstates().get(estate)),
                asOf));
        own.merge(estate.unitId(), counts, NeedCounts::plus);
      }
    }
    return tree.rollUp(u -> own.getOrDefault(u.id(), new NeedCounts(u.id(), 0, 0, 0, 0)), NeedCounts::plus);
  }

  private Decision<UnitReport> report(HierarchyFacts facts, String unitId, Checked checked, LocalDate asOf) {
    OrgTree tree = checked.tree();
    Set<String> subtree = new HashSet<>();
    tree.subtree(unitId).forEach(u -> subtree.add(u.id()));
    List<Estate> estates = valid(facts.estates(), checked.estates()).stream()
        .filter(e -> e.unitId() != null && subtree.contains(e.unitId())).toList();
    UnitRates rates = RateRules.rollUp(tree, estates, RateRules.definitions(areas.policy, asOf),
        e -> checked.latestValidRating(areas, e, asOf), asOf).get(unitId);

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
    for (ResidentMatter matter : valid(facts.matters(), checked.matters())) {
      if (subtree.contains(matter.raisedAt())) {
        matters.add(rules.route(tree, matter, asOf));
      }
    }
    Decision<NeedCounts> needs = areas.service != null
        ? new Decision<>(needs(facts, areas.service(), asOf).get(unitId), List.of(), areas.policy.ref(), asOf)
        : null;
    UnitReport report = new UnitReport(unitId, RateRules.explain(rates, areas.policy.ref(), asOf), partyCoverage,
        uncovered, crossRate, coverage, cross,
        rules.meetings(tree, unitId, valid(facts.meetings(), checked.meetings()), asOf), matters, needs,
        checked.rejected(facts, subtree, tree.roots().get(0).id().equals(unitId)));
    return new Decision<>(report, List.of(), areas.policy.ref(), asOf);
  }

  /** The checked facts when the tree can be judged; else every error that keeps it from being judged. */
  private Checked judgeable(HierarchyFacts facts, LocalDate asOf) {
    Checked checked = check(facts, asOf);
    if (!checked.treeErrors().isEmpty()) {
      throw new InvalidFactsException(checked.treeErrors());
    }
    return checked;
  }
}
