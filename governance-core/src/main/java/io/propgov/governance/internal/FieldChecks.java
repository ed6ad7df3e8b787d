package io.propgov.governance.internal;

import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.credit.CreditEvent;
import io.propgov.governance.credit.Household;
import io.propgov.governance.credit.MonthlyArrears;
import io.propgov.governance.credit.Payment;
import io.propgov.governance.credit.StepTaken;
import io.propgov.governance.engine.GovernanceFacts;
import io.propgov.governance.estate.Committee;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.FeeAccount;
import io.propgov.governance.estate.PartyStatus;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.org.HierarchyFacts;
import io.propgov.governance.org.Meeting;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.org.ResidentMatter;
import io.propgov.governance.satisfaction.SurveyAnswer;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.service.CoManagementAgreement;
import io.propgov.governance.service.ServiceProfile;
import io.propgov.governance.subsidy.Application;
import io.propgov.governance.subsidy.CostShare;
import io.propgov.governance.subsidy.CreditConsequence;
import io.propgov.governance.subsidy.CreditStanding;
import io.propgov.governance.subsidy.HouseholdArea;
import io.propgov.governance.subsidy.SafetyIncident;
import io.propgov.governance.vote.Ballot;
import io.propgov.governance.vote.OwnersVote;
import java.util.List;
import java.util.Map;

/**
 * The hand-written field checks of the facts types: the same constraints as the Bean Validation
 * annotations on their components, checked without reflection. {@link #DECLARED} lists what is
 * checked, component by component, so that a test can hold it equal to the annotations.
 */
public final class FieldChecks {

  private FieldChecks() {}

  /**
   * The constraints checked, by type: {@code component:Constraint} for the component itself,
   * {@code component[]:Constraint} for its elements ({@code Valid} meaning a cascade).
   */
  public static final Map<Class<?>, List<String>> DECLARED = Map.ofEntries(
      Map.entry(Estate.class, List.of("id:NotNull", "id:NotBlankText", "company:Valid", "surveyRounds[]:NotNull",
          "surveyRounds[]:Valid", "votes[]:NotNull", "votes[]:Valid", "unitId:NotBlankText", "households:Min(0)",
          "fees:Valid", "committee:Valid", "service:Valid")),
      Map.entry(PropertyCompany.class, List.of("id:NotNull", "id:NotBlankText", "party:Valid",
          "qualitySupervisor:NotBlankText", "partyHead:NotBlankText")),
      Map.entry(PartyStatus.class, List.of("fullMembers:Min(0)")),
      Map.entry(Committee.class, List.of("kind:NotNull", "party:NotNull", "party:Valid")),
      Map.entry(FeeAccount.class, List.of("billed:NotNull", "billed:DecimalMin(0)", "collected:NotNull",
          "collected:DecimalMin(0)")),
      Map.entry(SurveyRound.class, List.of("id:NotNull", "id:NotBlankText", "date:NotNull", "households:Min(1)",
          "answers[]:NotNull", "answers[]:Valid")),
      Map.entry(SurveyAnswer.class, List.of("respondentId:NotNull", "respondentId:NotBlankText", "group:NotNull",
          "score:NotNull")),
      Map.entry(OwnersVote.class, List.of("id:NotNull", "id:NotBlankText", "matter:NotNull", "date:NotNull",
          "totalOwners:Min(1)", "totalArea:NotNull", "totalArea:DecimalMin(0,exclusive)", "ballots[]:NotNull",
          "ballots[]:Valid", "contractNoticeDays:Min(0)")),
      Map.entry(Ballot.class, List.of("ownerId:NotNull", "ownerId:NotBlankText", "area:NotNull",
          "area:DecimalMin(0,exclusive)", "choice:NotNull")),
      Map.entry(ServiceProfile.class, List.of("area:DecimalMin(0,exclusive)", "items[]:NotNull",
          "items[]:NotBlankText", "buildings[]:NotNull", "buildings[]:NotBlankText", "coManagement:Valid")),
      Map.entry(CoManagementAgreement.class, List.of("estateId:NotNull", "estateId:NotBlankText",
          "rotation[]:NotNull", "rotation[]:NotBlankText", "rotationStart:NotNull", "cycleMonths:Min(1)",
          "cycleMonths:Max(1200)")),
      Map.entry(CompanyRecord.class, List.of("companyId:NotNull", "companyId:NotBlankText", "events[]:NotNull",
          "events[]:Valid")),
      Map.entry(CreditEvent.class, List.of("id:NotNull", "id:NotBlankText", "code:NotNull", "code:NotBlankText",
          "date:NotNull", "points:DecimalMin(0)")),
      Map.entry(Household.class, List.of("id:NotNull", "id:NotBlankText", "arrears[]:NotNull", "arrears[]:Valid",
          "steps[]:NotNull", "steps[]:Valid", "planned[]:NotNull", "payments[]:NotNull", "payments[]:Valid",
          "agreedToPay[]:NotNull")),
      Map.entry(MonthlyArrears.class, List.of("month:NotNull", "amount:NotNull", "amount:DecimalMin(0,exclusive)",
          "amount:WholeFen")),
      Map.entry(Payment.class, List.of("date:NotNull", "amount:NotNull", "amount:DecimalMin(0,exclusive)",
          "amount:WholeFen")),
      Map.entry(StepTaken.class, List.of("action:NotNull", "date:NotNull", "ground:Min(1)", "ground:Max(6)",
          "extendedYears:Min(1)", "extendedYears:Max(3)")),
      Map.entry(Application.class, List.of("id:NotNull", "id:NotBlankText", "programmeId:NotNull",
          "programmeId:NotBlankText", "companyId:NotNull", "companyId:NotBlankText", "estateId:NotBlankText",
          "filed:NotNull", "builtYear:Min(1000)", "builtYear:Max(9999)", "floorArea:DecimalMin(0)", "fees:Valid",
          "inspectionPoints:DecimalMin(0)", "incidents[]:NotNull", "incidents[]:Valid", "credit:Valid")),
      Map.entry(CostShare.class, List.of("id:NotNull", "id:NotBlankText", "kind:NotNull", "kind:NotBlankText",
          "estateId:NotBlankText", "total:NotNull", "total:DecimalMin(0)", "total:WholeFen", "households:Size(1)",
          "households[]:NotNull", "households[]:Valid")),
      Map.entry(HouseholdArea.class, List.of("id:NotNull", "id:NotBlankText", "area:NotNull",
          "area:DecimalMin(0,exclusive)")),
      Map.entry(SafetyIncident.class, List.of("kind:NotNull", "kind:NotBlankText", "date:NotNull")),
      Map.entry(CreditStanding.class, List.of("consequences[]:NotNull", "consequences[]:Valid")),
      Map.entry(CreditConsequence.class, List.of("code:NotNull", "code:NotBlankText", "reason:NotNull")),
      Map.entry(OrgUnit.class, List.of("id:NotNull", "id:NotBlankText", "level:NotNull", "level:NotBlankText",
          "parentId:NotBlankText", "secretary:NotBlankText", "members[]:NotNull", "members[]:NotBlankText")),
      Map.entry(HierarchyFacts.class, List.of("units[]:NotNull", "units[]:Valid", "estates[]:NotNull",
          "estates[]:Valid", "matters[]:NotNull", "matters[]:Valid", "meetings[]:NotNull", "meetings[]:Valid")),
      Map.entry(Meeting.class, List.of("meeting:NotNull", "meeting:NotBlankText", "unitId:NotNull",
          "unitId:NotBlankText", "held:NotNull")),
      Map.entry(ResidentMatter.class, List.of("id:NotNull", "id:NotBlankText", "raisedAt:NotNull",
          "raisedAt:NotBlankText", "severity:NotNull", "severity:NotBlankText", "raisedOn:NotNull")),
      Map.entry(GovernanceFacts.class, List.of("estates[]:NotNull", "estates[]:Valid", "units[]:NotNull",
          "units[]:Valid", "matters[]:NotNull", "matters[]:Valid", "meetings[]:NotNull", "meetings[]:Valid",
          "companies[]:NotNull", "companies[]:Valid", "households[]:NotNull", "households[]:Valid",
          "applications[]:NotNull", "applications[]:Valid", "costShares[]:NotNull", "costShares[]:Valid")));

  /**
   * Checks facts of any of the {@link #DECLARED} types, cascading into what they hold.
   *
   * @param facts the facts, not null
   * @param at the JSON Pointer of the facts (its {@code toString()})
   * @param sink where errors go
   * @throws IllegalArgumentException when the type is not a facts type
   */
  public static void any(Object facts, Object at, FieldSink sink) {
    if (facts instanceof Estate x) {
      estate(x, at, sink);
    } else if (facts instanceof GovernanceFacts x) {
      governance(x, at, sink);
    } else if (facts instanceof HierarchyFacts x) {
      hierarchy(x, at, sink);
    } else if (facts instanceof SurveyRound x) {
      round(x, at, sink);
    } else if (facts instanceof SurveyAnswer x) {
      answer(x, at, sink);
    } else if (facts instanceof OwnersVote x) {
      vote(x, at, sink);
    } else if (facts instanceof Ballot x) {
      ballot(x, at, sink);
    } else if (facts instanceof PropertyCompany x) {
      company(x, at, sink);
    } else if (facts instanceof PartyStatus x) {
      party(x, at, sink);
    } else if (facts instanceof Committee x) {
      committee(x, at, sink);
    } else if (facts instanceof FeeAccount x) {
      fees(x, at, sink);
    } else if (facts instanceof ServiceProfile x) {
      service(x, at, sink);
    } else if (facts instanceof CoManagementAgreement x) {
      agreement(x, at, sink);
    } else if (facts instanceof CompanyRecord x) {
      record(x, at, sink);
    } else if (facts instanceof CreditEvent x) {
      event(x, at, sink);
    } else if (facts instanceof Household x) {
      household(x, at, sink);
    } else if (facts instanceof MonthlyArrears x) {
      arrears(x, at, sink);
    } else if (facts instanceof Payment x) {
      payment(x, at, sink);
    } else if (facts instanceof StepTaken x) {
      step(x, at, sink);
    } else if (facts instanceof Application x) {
      application(x, at, sink);
    } else if (facts instanceof CostShare x) {
      costShare(x, at, sink);
    } else if (facts instanceof HouseholdArea x) {
      householdArea(x, at, sink);
    } else if (facts instanceof SafetyIncident x) {
      incident(x, at, sink);
    } else if (facts instanceof CreditStanding x) {
      standing(x, at, sink);
    } else if (facts instanceof CreditConsequence x) {
      consequence(x, at, sink);
    } else if (facts instanceof OrgUnit x) {
      unit(x, at, sink);
    } else if (facts instanceof Meeting x) {
      meeting(x, at, sink);
    } else if (facts instanceof ResidentMatter x) {
      matter(x, at, sink);
    } else {
      throw new IllegalArgumentException("not a facts type: " + facts.getClass().getName() + "; the facts types are "
          + DECLARED.keySet().stream().map(Class::getSimpleName).sorted().toList());
    }
  }

  /** Every constraint of an estate and what it holds. */
  public static void estate(Estate e, Object at, FieldSink sink) {
    estateOwn(e, at, sink);
    list(e.surveyRounds(), at, "surveyRounds", sink, FieldChecks::round);
    list(e.votes(), at, "votes", sink, FieldChecks::vote);
    if (e.service() != null) {
      service(e.service(), at + "/service", sink);
    }
  }

  /**
   * The constraints of an estate except its rounds, votes and service profile, which the rule
   * areas judging them check.
   */
  public static void estateOwn(Estate e, Object at, FieldSink sink) {
    sink.requiredText(e.id(), at, "id");
    sink.text(e.unitId(), at, "unitId");
    sink.min(e.households(), 0, at, "households");
    if (e.company() != null) {
      company(e.company(), at + "/company", sink);
    }
    if (e.fees() != null) {
      fees(e.fees(), at + "/fees", sink);
    }
    if (e.committee() != null) {
      committee(e.committee(), at + "/committee", sink);
    }
  }

  static void company(PropertyCompany c, Object at, FieldSink sink) {
    sink.requiredText(c.id(), at, "id");
    if (c.party() != null) {
      party(c.party(), at + "/party", sink);
    }
    sink.text(c.qualitySupervisor(), at, "qualitySupervisor");
    sink.text(c.partyHead(), at, "partyHead");
  }

  static void party(PartyStatus p, Object at, FieldSink sink) {
    sink.min(p.fullMembers(), 0, at, "fullMembers");
  }

  static void committee(Committee c, Object at, FieldSink sink) {
    sink.required(c.kind(), at, "kind");
    if (sink.required(c.party(), at, "party")) {
      party(c.party(), at + "/party", sink);
    }
  }

  static void fees(FeeAccount f, Object at, FieldSink sink) {
    if (sink.required(f.billed(), at, "billed")) {
      sink.notNegative(f.billed(), at, "billed");
    }
    if (sink.required(f.collected(), at, "collected")) {
      sink.notNegative(f.collected(), at, "collected");
    }
  }

  /** Every constraint of a survey round and its answers. */
  public static void round(SurveyRound r, Object at, FieldSink sink) {
    sink.requiredText(r.id(), at, "id");
    sink.required(r.date(), at, "date");
    sink.min(r.households(), 1, at, "households");
    List<SurveyAnswer> answers = r.answers();
    for (int i = 0, n = answers.size(); i < n; i++) {
      SurveyAnswer a = answers.get(i);
      // The common case, every field given and the id not blank, costs three null checks.
      if (a == null || a.respondentId() == null || a.group() == null || a.score() == null
          || a.respondentId().isBlank()) {
        if (sink.item(a, at, "answers", i)) {
          answer(a, new Location(at, "answers", i), sink);
        }
      }
    }
  }

  static void answer(SurveyAnswer a, Object at, FieldSink sink) {
    sink.requiredText(a.respondentId(), at, "respondentId");
    sink.required(a.group(), at, "group");
    sink.required(a.score(), at, "score");
  }

  /** Every constraint of an owners' vote and its ballots. */
  public static void vote(OwnersVote v, Object at, FieldSink sink) {
    sink.requiredText(v.id(), at, "id");
    sink.required(v.matter(), at, "matter");
    sink.required(v.date(), at, "date");
    sink.min(v.totalOwners(), 1, at, "totalOwners");
    if (sink.required(v.totalArea(), at, "totalArea")) {
      sink.positive(v.totalArea(), at, "totalArea");
    }
    if (v.contractNoticeDays() != null) {
      sink.min(v.contractNoticeDays(), 0, at, "contractNoticeDays");
    }
    List<Ballot> ballots = v.ballots();
    for (int i = 0, n = ballots.size(); i < n; i++) {
      Ballot b = ballots.get(i);
      if (b == null || b.ownerId() == null || b.area() == null || b.choice() == null || b.area().signum() <= 0
          || b.ownerId().isBlank()) {
        if (sink.item(b, at, "ballots", i)) {
          ballot(b, new Location(at, "ballots", i), sink);
        }
      }
    }
  }

  static void ballot(Ballot b, Object at, FieldSink sink) {
    sink.requiredText(b.ownerId(), at, "ownerId");
    if (sink.required(b.area(), at, "area")) {
      sink.positive(b.area(), at, "area");
    }
    sink.required(b.choice(), at, "choice");
  }

  /** Every constraint of a service profile and its agreement. */
  public static void service(ServiceProfile s, Object at, FieldSink sink) {
    sink.positive(s.area(), at, "area");
    sink.texts(s.items(), at, "items");
    sink.texts(s.buildings(), at, "buildings");
    if (s.coManagement() != null) {
      agreement(s.coManagement(), at + "/coManagement", sink);
    }
  }

  static void agreement(CoManagementAgreement a, Object at, FieldSink sink) {
    sink.requiredText(a.estateId(), at, "estateId");
    sink.texts(a.rotation(), at, "rotation");
    sink.required(a.rotationStart(), at, "rotationStart");
    sink.min(a.cycleMonths(), 1, at, "cycleMonths");
    sink.max(a.cycleMonths(), 1200, at, "cycleMonths");
  }

  /** Every constraint of a company's credit record and its events. */
  public static void record(CompanyRecord r, Object at, FieldSink sink) {
    sink.requiredText(r.companyId(), at, "companyId");
    list(r.events(), at, "events", sink, FieldChecks::event);
  }

  static void event(CreditEvent e, Object at, FieldSink sink) {
    sink.requiredText(e.id(), at, "id");
    sink.requiredText(e.code(), at, "code");
    sink.required(e.date(), at, "date");
    sink.notNegative(e.points(), at, "points");
  }

  /** Every constraint of a household and what it holds. */
  public static void household(Household h, Object at, FieldSink sink) {
    sink.requiredText(h.id(), at, "id");
    list(h.arrears(), at, "arrears", sink, FieldChecks::arrears);
    list(h.steps(), at, "steps", sink, FieldChecks::step);
    list(h.planned(), at, "planned", sink, null);
    list(h.payments(), at, "payments", sink, FieldChecks::payment);
    list(h.agreedToPay(), at, "agreedToPay", sink, null);
  }

  static void arrears(MonthlyArrears m, Object at, FieldSink sink) {
    sink.required(m.month(), at, "month");
    if (sink.required(m.amount(), at, "amount")) {
      sink.positive(m.amount(), at, "amount");
      sink.fen(m.amount(), at, "amount");
    }
  }

  static void payment(Payment p, Object at, FieldSink sink) {
    sink.required(p.date(), at, "date");
    if (sink.required(p.amount(), at, "amount")) {
      sink.positive(p.amount(), at, "amount");
      sink.fen(p.amount(), at, "amount");
    }
  }

  static void step(StepTaken s, Object at, FieldSink sink) {
    sink.required(s.action(), at, "action");
    sink.required(s.date(), at, "date");
    sink.between(s.ground(), 1, 6, at, "ground");
    sink.between(s.extendedYears(), 1, 3, at, "extendedYears");
  }

  /** Every constraint of a subsidy application and what it holds. */
  public static void application(Application a, Object at, FieldSink sink) {
    sink.requiredText(a.id(), at, "id");
    sink.requiredText(a.programmeId(), at, "programmeId");
    sink.requiredText(a.companyId(), at, "companyId");
    sink.text(a.estateId(), at, "estateId");
    sink.required(a.filed(), at, "filed");
    sink.between(a.builtYear(), 1000, 9999, at, "builtYear");
    sink.notNegative(a.floorArea(), at, "floorArea");
    if (a.fees() != null) {
      fees(a.fees(), at + "/fees", sink);
    }
    sink.notNegative(a.inspectionPoints(), at, "inspectionPoints");
    list(a.incidents(), at, "incidents", sink, FieldChecks::incident);
    if (a.credit() != null) {
      standing(a.credit(), at + "/credit", sink);
    }
  }

  static void incident(SafetyIncident i, Object at, FieldSink sink) {
    sink.requiredText(i.kind(), at, "kind");
    sink.required(i.date(), at, "date");
  }

  static void standing(CreditStanding s, Object at, FieldSink sink) {
    list(s.consequences(), at, "consequences", sink, FieldChecks::consequence);
  }

  static void consequence(CreditConsequence c, Object at, FieldSink sink) {
    sink.requiredText(c.code(), at, "code");
    sink.required(c.reason(), at, "reason");
  }

  /** Every constraint of a cost share and its households. */
  public static void costShare(CostShare c, Object at, FieldSink sink) {
    sink.requiredText(c.id(), at, "id");
    sink.requiredText(c.kind(), at, "kind");
    sink.text(c.estateId(), at, "estateId");
    if (sink.required(c.total(), at, "total")) {
      sink.notNegative(c.total(), at, "total");
      sink.fen(c.total(), at, "total");
    }
    sink.notEmpty(c.households(), at, "households");
    list(c.households(), at, "households", sink, FieldChecks::householdArea);
  }

  static void householdArea(HouseholdArea h, Object at, FieldSink sink) {
    sink.requiredText(h.id(), at, "id");
    if (sink.required(h.area(), at, "area")) {
      sink.positive(h.area(), at, "area");
    }
  }

  /** Every constraint of the hierarchy's facts. */
  public static void hierarchy(HierarchyFacts h, Object at, FieldSink sink) {
    list(h.units(), at, "units", sink, FieldChecks::unit);
    list(h.estates(), at, "estates", sink, FieldChecks::estate);
    list(h.matters(), at, "matters", sink, FieldChecks::matter);
    list(h.meetings(), at, "meetings", sink, FieldChecks::meeting);
  }

  /** Every constraint of a unit of the organisation tree. */
  public static void unit(OrgUnit u, Object at, FieldSink sink) {
    sink.requiredText(u.id(), at, "id");
    sink.requiredText(u.level(), at, "level");
    sink.text(u.parentId(), at, "parentId");
    sink.text(u.secretary(), at, "secretary");
    sink.texts(u.members(), at, "members");
  }

  /** Every constraint of a meeting held. */
  public static void meeting(Meeting m, Object at, FieldSink sink) {
    sink.requiredText(m.meeting(), at, "meeting");
    sink.requiredText(m.unitId(), at, "unitId");
    sink.required(m.held(), at, "held");
  }

  /** Every constraint of a resident's matter. */
  public static void matter(ResidentMatter m, Object at, FieldSink sink) {
    sink.requiredText(m.id(), at, "id");
    sink.requiredText(m.raisedAt(), at, "raisedAt");
    sink.requiredText(m.severity(), at, "severity");
    sink.required(m.raisedOn(), at, "raisedOn");
  }

  /** Every constraint of a whole facts document. */
  public static void governance(GovernanceFacts g, Object at, FieldSink sink) {
    list(g.estates(), at, "estates", sink, FieldChecks::estate);
    list(g.units(), at, "units", sink, FieldChecks::unit);
    list(g.matters(), at, "matters", sink, FieldChecks::matter);
    list(g.meetings(), at, "meetings", sink, FieldChecks::meeting);
    list(g.companies(), at, "companies", sink, FieldChecks::record);
    list(g.households(), at, "households", sink, FieldChecks::household);
    list(g.applications(), at, "applications", sink, FieldChecks::application);
    list(g.costShares(), at, "costShares", sink, FieldChecks::costShare);
  }

  /** {@code List<@NotNull @Valid T>}: each element given, then checked by {@code each} (if any). */
  private static <T> void list(List<T> values, Object at, String name, FieldSink sink,
      Check<? super T> each) {
    for (int i = 0, n = values.size(); i < n; i++) {
      T value = values.get(i);
      if (sink.item(value, at, name, i) && each != null) {
        each.check(value, new Location(at, name, i), sink);
      }
    }
  }

  @FunctionalInterface
  private interface Check<T> {
    void check(T value, Object at, FieldSink sink);
  }

  /** An element's pointer, built only when an error needs it. */
  private record Location(Object parent, String name, int index) {

    @Override
    public String toString() {
      return parent + "/" + name + "/" + index;
    }
  }

}
