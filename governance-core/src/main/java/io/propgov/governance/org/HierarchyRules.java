package io.propgov.governance.org;

import static io.propgov.governance.org.OrgParameters.ESCALATION;
import static io.propgov.governance.org.OrgParameters.LEVELS;
import static io.propgov.governance.org.OrgParameters.MEETINGS;
import static io.propgov.governance.org.OrgParameters.PARTY_THRESHOLDS;

import io.propgov.governance.constraint.FieldSink;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.PartyForm;
import io.propgov.governance.estate.PartyStatus;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Label;
import io.propgov.governance.explain.Margin;
import io.propgov.governance.explain.MarginUnit;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.internal.PolicyChecks;
import io.propgov.governance.internal.Problems;
import io.propgov.governance.message.ConstraintMessages;
import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterValue;
import io.propgov.governance.policy.Timeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The organisation hierarchy rules of a policy: validates trees against the level template,
 * routes residents' matters up the tree, judges party-organisation coverage and cross
 * appointment, and checks regular meetings. Immutable and thread-safe. Everything is judged by
 * the policy in force on the as-of date.
 *
 * @since 0.1.0
 */
public final class HierarchyRules {

  /** The area's id. */
  public static final String AREA = "hierarchy";

  private final GovernancePolicy policy;

  /**
   * Prepares the rules of a policy.
   *
   * @param policy the policy, not null
   * @throws InvalidPolicyException listing every missing or inconsistent parameter
   */
  public HierarchyRules(GovernancePolicy policy) {
    this.policy = PolicyChecks.usable(policy, HierarchyRules::check);
  }

  /**
   * Returns whether a policy sets any parameter of this rule area.
   *
   * @param policy the policy, not null
   * @return true when it sets at least one
   */
  public static boolean isConfigured(GovernancePolicy policy) {
    return PolicyChecks.setsAny(policy, OrgParameters.ALL);
  }

  /**
   * Checks that a policy sets every parameter of this rule area, and that each severity's lowest
   * level and each meeting's level is a level of the template in force on the same date.
   *
   * @param policy the policy, not null
   * @return every error found, empty when the policy can be used
   */
  public static List<InputError> check(GovernancePolicy policy) {
    Problems problems = new Problems();
    PolicyChecks.requirePresent(policy, OrgParameters.ALL, problems);
    Optional<Timeline<LevelTemplate>> levels = policy.timeline(LEVELS);
    Optional<Timeline<EscalationScheme>> escalation = policy.timeline(ESCALATION);
    Optional<Timeline<MeetingSchedule>> meetings = policy.timeline(MEETINGS);
    if (levels.isEmpty() || escalation.isEmpty() || meetings.isEmpty()) {
      return problems.errors();
    }
    // Check at every date any of the three changes: a later template can strand an older severity.
    Set<LocalDate> changes = new TreeSet<>();
    List.of(levels.get(), escalation.get(), meetings.get())
        .forEach(t -> t.values().forEach(v -> changes.add(v.effectiveFrom())));
    Set<String> reported = new HashSet<>();
    for (LocalDate date : changes) {
      Optional<ParameterValue<LevelTemplate>> template = levels.get().at(date);
      if (template.isEmpty()) {
        continue;
      }
      escalation.get().at(date).ifPresent(v -> {
        int i = escalation.get().values().indexOf(v);
        List<Severity> severities = v.value().severities();
        for (int s = 0; s < severities.size(); s++) {
          levelKnown(template.get(), severities.get(s).lowestLevel(), date,
              PolicyChecks.pointer(ESCALATION, i) + "/value/severities/" + s + "/lowestLevel", reported, problems);
        }
      });
      meetings.get().at(date).ifPresent(v -> {
        int i = meetings.get().values().indexOf(v);
        List<RequiredMeeting> rules = v.value().meetings();
        for (int m = 0; m < rules.size(); m++) {
          levelKnown(template.get(), rules.get(m).level(), date, PolicyChecks.pointer(MEETINGS, i) + "/value/" + m
              + "/level", reported, problems);
        }
      });
    }
    return problems.errors();
  }

  private static void levelKnown(ParameterValue<LevelTemplate> template, String level, LocalDate date, String pointer,
      Set<String> reported, Problems problems) {
    if (template.value().rank(level) < 0 && reported.add(pointer)) {
      problems.add(pointer, "enum", ConstraintMessages.en("enum.level", "level", level, "date", date, "levels",
          String.join(", ", template.value().codes())));
    }
  }

  /**
   * Returns the level template in force on a date.
   *
   * @param asOf the date, not null
   * @return the template, never null
   */
  public LevelTemplate template(LocalDate asOf) {
    return policy.valueAt(LEVELS, asOf).value();
  }

  /**
   * Validates units against the template in force on a date and builds the tree.
   *
   * @param units the units, not null
   * @param asOf the date, not null
   * @return the tree, never null
   * @throws InvalidFactsException listing every error, located under {@code /units}
   */
  public OrgTree tree(List<OrgUnit> units, LocalDate asOf) {
    FieldSink fields = new FieldSink();
    for (int i = 0; i < units.size(); i++) {
      if (fields.item(units.get(i), "", "units", i)) {
        OrgFields.unit(units.get(i), "/units/" + i, fields);
      }
    }
    if (!fields.isEmpty()) {
      throw new InvalidFactsException(fields.sorted());
    }
    return OrgTree.of(template(asOf), units);
  }

  /**
   * Routes a resident's matter: to the nearest unit at or above the one it was raised at whose
   * level may handle its severity; if it was still open after its due date and the policy
   * escalates overdue matters, one unit further up.
   *
   * @param tree the tree, not null
   * @param matter the matter, not null
   * @param asOf the date of the decision, not null
   * @return the routing with its reasons, never null
   * @throws InvalidFactsException when the unit or severity is unknown, or no unit on the path up
   *     may handle the severity (an error, never a silent default)
   */
  public Decision<Routing> route(OrgTree tree, ResidentMatter matter, LocalDate asOf) {
    List<InputError> errors = validateMatter(tree, matter, "", asOf);
    if (!errors.isEmpty()) {
      throw new InvalidFactsException(errors);
    }
    ParameterValue<EscalationScheme> rules = policy.valueAt(ESCALATION, asOf);
    Severity severity = rules.value().severity(matter.severity()).orElseThrow();
    LevelTemplate template = tree.template();
    int lowest = template.rank(severity.lowestLevel());
    List<OrgUnit> up = tree.pathToRoot(matter.raisedAt());
    int handler = handler(up, template, lowest);
    List<String> path = new ArrayList<>();
    for (int i = 0; i <= handler; i++) {
      path.add(up.get(i).id());
    }
    Optional<ParameterValue<WorkCalendar>> calendar = CalendarYears.inForce(policy, asOf);
    WorkCalendar days = calendar.map(ParameterValue::value).orElse(WorkCalendar.WEEKDAYS);
    LocalDate due = days.due(matter.raisedOn(), severity.deadlineDays(), severity.dayCount());
    LocalDate closed = matter.resolved().orElse(asOf);
    boolean overdue = closed.isAfter(due) && asOf.isAfter(due);
    boolean escalated = overdue && rules.value().escalateWhenOverdue() && handler + 1 < up.size();
    if (escalated) {
      path.add(up.get(handler + 1).id());
    }
    OrgUnit handling = escalated ? up.get(handler + 1) : up.get(handler);

    List<Reason> reasons = new ArrayList<>();
    Level lowestLevel = template.level(severity.lowestLevel()).orElseThrow();
    Level handlingLevel = template.level(up.get(handler).level()).orElseThrow();
    // Codes for machines; the policy's names, one figure per language, for the messages.
    reasons.add(Reason.noted(OrgRuleIds.ESCALATION_LEVEL, Outcome.MET, rules.source(),
        Figure.text("severity", severity.code()), Figure.text("severityEn", severity.en()),
        Figure.text("severityZh", severity.zh()), Figure.text("lowestLevel", severity.lowestLevel()),
        Figure.text("lowestLevelEn", lowestLevel.en()), Figure.text("lowestLevelZh", lowestLevel.zh()),
        Figure.text("raisedAt", matter.raisedAt()), Figure.text("handlingUnit", up.get(handler).id()),
        Figure.text("handlingLevel", up.get(handler).level()), Figure.text("handlingLevelEn", handlingLevel.en()),
        Figure.text("handlingLevelZh", handlingLevel.zh()), Figure.count("steps", handler)));
    // The deadline cites the calendar it was counted with; without one, the severity's own source.
    Citation source = calendar.map(ParameterValue::source).orElse(rules.source());
    Citation counted = severity.dayCount() != DayCount.WORKING ? source
        : CalendarYears.cite(source, calendar.map(ParameterValue::value), matter.raisedOn(), due);
    reasons.add(Reason.noted(OrgRuleIds.ESCALATION_DEADLINE, Outcome.MET, counted,
        Figure.of("deadlineDays", Fraction.of(severity.deadlineDays()), Unit.DAYS),
        Figure.term("dayCount", severity.dayCount().name()), Figure.date("raisedOn", matter.raisedOn()),
        Figure.date("due", due)));
    Outcome overdueOutcome = !overdue ? Outcome.NOT_MET : escalated ? Outcome.MET : Outcome.NOT_APPLICABLE;
    Reason overdueReason = Reason.noted(OrgRuleIds.ESCALATION_OVERDUE, overdueOutcome, rules.source(),
        Figure.date("due", due), Figure.date("asOf", asOf), Figure.text("handlingUnit", handling.id()));
    reasons.add(overdueOutcome == Outcome.NOT_APPLICABLE ? overdueReason
        : overdueReason.withMargin(lateness(days, due, closed.isAfter(asOf) ? asOf : closed,
            severity.dayCount())));
    Routing routing = new Routing(matter.id(), severity.code(), new Label(severity.en(), severity.zh()), handling.id(),
        path, due, overdue, escalated);
    return new Decision<>(routing, reasons, policy.ref(), asOf);
  }

  /**
   * The full members above the count that calls for the form owed, and the members fewer that would
   * call for less; none below a branch, which no count calls for.
   */
  private static Margin formMargin(PartyThresholds thresholds, PartyForm required, int fullMembers) {
    int floor = switch (required) {
      case BRANCH -> thresholds.branchMinimum();
      case BRANCH_COMMITTEE -> thresholds.committeeAtLeast();
      case GENERAL_BRANCH -> thresholds.generalBranchAtLeast();
      case BASE_COMMITTEE -> thresholds.baseCommitteeAtLeast();
      default -> -1;
    };
    return floor < 0 ? null : Margin.of(Fraction.of(fullMembers), Comparison.AT_LEAST, Fraction.of(floor),
        MarginUnit.MEMBERS, Fraction.ZERO, null);
  }

  /**
   * How late a matter still open (or closed) on {@code at} is, in the days its deadline counts:
   * negative for days left (the counted days after {@code at} up to the due date), 0 on the due
   * date, positive for days late. A working-day deadline passed on a day off is 1 working day
   * late: the next working day is the first it misses. "Overdue" is "more than 0 days late".
   */
  private static Margin lateness(WorkCalendar calendar, LocalDate due, LocalDate at, DayCount count) {
    boolean late = at.isAfter(due);
    long days = late ? counted(calendar, due, at, count) : -counted(calendar, at, due, count);
    if (late && days == 0) {
      days = 1;
    }
    return Margin.of(Fraction.of(days), Comparison.MORE_THAN, Fraction.ZERO,
        count == DayCount.WORKING ? MarginUnit.WORKING_DAYS : MarginUnit.DAYS);
  }

  /** The days counted after {@code from} up to and including {@code to}, from not after to. */
  private static long counted(WorkCalendar calendar, LocalDate from, LocalDate to, DayCount count) {
    if (count == DayCount.CALENDAR) {
      return to.toEpochDay() - from.toEpochDay();
    }
    long n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      n += calendar.isWorkingDay(d) ? 1 : 0;
    }
    return n;
  }

  /** Index on the upward path of the first unit whose level is at or above the lowest allowed, or -1. */
  private static int handler(List<OrgUnit> up, LevelTemplate template, int lowestRank) {
    for (int i = 0; i < up.size(); i++) {
      if (template.rank(up.get(i).level()) <= lowestRank) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns every problem with a matter, located under {@code pointer}: an unknown unit or
   * severity, or a severity no unit on the path up may handle.
   *
   * @param tree the tree, not null
   * @param matter the matter, not null
   * @param pointer the JSON Pointer of the matter in the caller's document
   * @param asOf the date of the decision, not null
   * @return the errors, empty when the matter can be routed
   */
  public List<InputError> validateMatter(OrgTree tree, ResidentMatter matter, String pointer, LocalDate asOf) {
    FieldSink fields = new FieldSink();
    OrgFields.matter(matter, pointer, fields);
    if (!fields.isEmpty()) {
      return fields.sorted();
    }
    Problems problems = new Problems();
    EscalationScheme rules = policy.valueAt(ESCALATION, asOf).value();
    Optional<Severity> severity = rules.severity(matter.severity());
    problems.check(severity.isPresent(), pointer + "/severity", "enum", "severity '" + matter.severity()
        + "' is not in the policy; the severities are " + String.join(", ", rules.codes()));
    boolean known = problems.check(tree.contains(matter.raisedAt()), pointer + "/raisedAt", "unknown-unit",
        "unit '" + matter.raisedAt() + "' is not a unit of the tree");
    problems.check(!matter.raisedOn().isAfter(asOf), pointer + "/raisedOn", "after-as-of", "matter " + matter.id()
        + " was raised on " + matter.raisedOn() + ", after the as-of date " + asOf);
    if (known && severity.isPresent()) {
      LevelTemplate template = tree.template();
      List<OrgUnit> up = tree.pathToRoot(matter.raisedAt());
      if (handler(up, template, template.rank(severity.get().lowestLevel())) < 0) {
        problems.add(pointer + "/severity", "unhandled", "no unit from '" + matter.raisedAt() + "' up to the root '"
            + up.get(up.size() - 1).id() + "' may handle a " + matter.severity() + " matter: it needs a unit of level '"
            + severity.get().lowestLevel() + "' or above");
      }
    }
    return problems.errors();
  }

  /**
   * Judges the party-organisation coverage of a company or committee.
   *
   * @param subjectId the company's id, or the estate's id for its committee, not null
   * @param subject what kind of body it is, not null
   * @param status its party organisation, not null
   * @param asOf the date of the decision, not null
   * @return the coverage with its reasons, never null
   */
  public Decision<PartyCoverage> coverage(String subjectId, CoverageSubject subject, PartyStatus status,
      LocalDate asOf) {
    ParameterValue<PartyThresholds> thresholds = policy.valueAt(PARTY_THRESHOLDS, asOf);
    PartyForm required = thresholds.value().formFor(status.fullMembers());
    boolean covered = status.isCovered();
    CoverageAction action;
    if (!covered) {
      action = required == PartyForm.JOINT_BRANCH_OR_INSTRUCTOR
          ? CoverageAction.JOIN_JOINT_BRANCH_OR_ASSIGN_INSTRUCTOR : CoverageAction.FORM_ORGANISATION;
    } else if (status.organisation() != null && status.organisation() != required) {
      action = CoverageAction.REORGANISE;
    } else if (status.organisation() == null && required != PartyForm.JOINT_BRANCH_OR_INSTRUCTOR) {
      // A joint branch or an instructor covers it for now, but its members call for its own organisation.
      action = CoverageAction.FORM_ORGANISATION;
    } else {
      action = CoverageAction.NONE;
    }
    List<Reason> reasons = List.of(
        Reason.noted(OrgRuleIds.PARTY_FORM, Outcome.MET, thresholds.source(),
            Figure.count("fullMembers", status.fullMembers()),
            Figure.term("required", required.name()), Figure.count("branchMinimum", thresholds.value().branchMinimum()),
            Figure.count("committeeAtLeast", thresholds.value().committeeAtLeast()),
            Figure.count("generalBranchAtLeast", thresholds.value().generalBranchAtLeast()),
            Figure.count("baseCommitteeAtLeast", thresholds.value().baseCommitteeAtLeast()))
            .withMargin(formMargin(thresholds.value(), required, status.fullMembers())),
        Reason.noted(OrgRuleIds.PARTY_COVERED, Outcome.of(covered), thresholds.source(),
            Figure.term("organisation", status.organisation() == null ? "NONE" : status.organisation().name()),
            Figure.term("jointBranch", status.jointBranch() ? "YES" : "NO"),
            Figure.term("instructor", status.instructor() ? "YES" : "NO")));
    return new Decision<>(new PartyCoverage(subjectId, subject, status.fullMembers(), required, covered, action),
        reasons, policy.ref(), asOf);
  }

  /**
   * Judges "two-way entry" for the company serving an estate: its quality supervisor and its
   * party head against the members of the community unit above the estate.
   *
   * @param tree the tree, not null
   * @param estate an estate placed in the tree and served by a company, not null
   * @param asOf the date of the decision, not null
   * @return the cross appointment with its reasons, never null
   * @throws IllegalArgumentException when the estate has no company or is not placed in the tree
   */
  public Decision<CrossAppointment> crossAppointment(OrgTree tree, Estate estate, LocalDate asOf) {
    PropertyCompany company = estate.company();
    if (company == null) {
      throw new IllegalArgumentException("estate " + estate.id() + " has no company");
    }
    String unitId = estate.unit().orElseThrow(() -> new IllegalArgumentException("estate " + estate.id()
        + " is not placed in the tree"));
    String communityLevel = tree.template().communityLevel();
    OrgUnit community = tree.pathToRoot(unitId).stream().filter(u -> u.level().equals(communityLevel)).findFirst()
        .orElse(null);
    List<String> members = community == null ? List.of() : community.members();
    boolean supervisor = company.qualitySupervisor() != null && members.contains(company.qualitySupervisor());
    boolean head = company.partyHead() != null && members.contains(company.partyHead());
    ParameterValue<LevelTemplate> levels = policy.valueAt(LEVELS, asOf);
    Figure communityFigure = community == null ? Figure.term("community", "NONE")
        : Figure.text("community", community.id());
    List<Reason> reasons = List.of(
        Reason.noted(OrgRuleIds.CROSS_APPOINTMENT_SUPERVISOR, Outcome.of(supervisor), levels.source(),
            communityFigure, person("supervisor", company.qualitySupervisor())),
        Reason.noted(OrgRuleIds.CROSS_APPOINTMENT_PARTY_HEAD, Outcome.of(head), levels.source(),
            communityFigure, person("partyHead", company.partyHead())));
    return new Decision<>(new CrossAppointment(company.id(), estate.id(), community == null ? null : community.id(),
        supervisor, head), reasons, policy.ref(), asOf);
  }

  /** A person shown by id, or the translated word for none. */
  private static Figure person(String name, String id) {
    return id == null ? Figure.term(name, "NONE") : Figure.text(name, id);
  }

  /**
   * Checks the regular meetings of every unit of a subtree whose level must hold one.
   *
   * @param tree the tree, not null
   * @param unitId the subtree's top unit, not null
   * @param held the meetings held, in any order, not null
   * @param asOf the date of the decision; meetings after it are not yet known, not null
   * @return one status per unit and required meeting, in tree order, never null
   */
  public List<Decision<MeetingStatus>> meetings(OrgTree tree, String unitId, List<Meeting> held, LocalDate asOf) {
    ParameterValue<MeetingSchedule> rules = policy.valueAt(MEETINGS, asOf);
    List<Decision<MeetingStatus>> out = new ArrayList<>();
    for (OrgUnit unit : tree.subtree(unitId)) {
      for (RequiredMeeting rule : rules.value().meetings()) {
        if (!rule.level().equals(unit.level())) {
          continue;
        }
        LocalDate last = null;
        for (Meeting m : held) {
          if (m.meeting().equals(rule.code()) && m.unitId().equals(unit.id()) && !m.held().isAfter(asOf)
              && (last == null || m.held().isAfter(last))) {
            last = m.held();
          }
        }
        LocalDate due = last == null ? null : last.plusMonths(rule.everyMonths());
        boolean overdue = last == null || asOf.isAfter(due);
        List<Figure> figures = new ArrayList<>(List.of(Figure.text("meeting", rule.code()),
            Figure.text("meetingEn", rule.en()), Figure.text("meetingZh", rule.zh()),
            Figure.count("everyMonths", rule.everyMonths()), Figure.date("asOf", asOf)));
        if (last != null) {
          figures.add(Figure.date("lastHeld", last));
          figures.add(Figure.date("due", due));
        }
        Reason reason = Reason.noted(last == null ? OrgRuleIds.MEETING_NEVER_HELD : OrgRuleIds.MEETING_INTERVAL,
            Outcome.of(!overdue), rules.source(), figures.toArray(Figure[]::new));
        if (last != null) {
          // Days left until the due date (the as-of date at most the due date), or days late.
          reason = reason.withMargin(Margin.of(Fraction.of(asOf.toEpochDay()), Comparison.AT_MOST,
              Fraction.of(due.toEpochDay()), MarginUnit.DAYS));
        }
        out.add(new Decision<>(new MeetingStatus(rule.code(), new Label(rule.en(), rule.zh()), unit.id(), last, due,
            overdue), List.of(reason),
            policy.ref(), asOf));
      }
    }
    return out;
  }
}
