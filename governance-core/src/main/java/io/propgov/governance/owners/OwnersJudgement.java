package io.propgov.governance.owners;

import io.propgov.governance.estate.CommitteeKind;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.org.PeriodLastDay;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterValue;
import io.propgov.governance.policy.PolicyRef;
import io.propgov.governance.policy.Threshold;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One estate's owners' organisation judged on one date: the reasons, then the assessment. */
final class OwnersJudgement {

  /** The source of the coverage roll-up. */
  static final Citation CHUXIONG = new Citation(
      "Chuxiong, 2023: 311 owners' committees and 427 property management committees for 738 estates",
      "楚雄（2023年）：738个小区成立业主委员会311个、物业管理委员会427个");

  /** The policy's values in force on the as-of date; the time condition's two are null when it sets none. */
  record Values(ParameterValue<Threshold> share, ParameterValue<Integer> withinDays, ParameterValue<Integer> years,
      ParameterValue<Threshold> shareAfterYears, ParameterValue<Integer> minMembers,
      ParameterValue<Integer> maxMembers, ParameterValue<Integer> termYears, ParameterValue<Integer> noticeMonths,
      ParameterValue<Threshold> partyShare, ParameterValue<Integer> crossMembers, ParameterValue<Integer> standInYears) {}

  private final EstateOwners facts;
  private final LocalDate asOf;
  private final Values v;
  private final GovernancePolicy policy;
  private final List<Reason> reasons = new ArrayList<>();

  OwnersJudgement(EstateOwners facts, LocalDate asOf, Values values, GovernancePolicy policy) {
    this.facts = facts;
    this.asOf = asOf;
    this.v = values;
    this.policy = policy;
  }

  Decision<OwnersAssessment> decision(PolicyRef policy) {
    List<Delivery> known = facts.deliveries().stream().filter(d -> !d.date().isAfter(asOf))
        .sorted(Comparator.comparing(Delivery::date)).toList();
    LocalDate dueFrom = earliest(shareCondition(known), timeCondition(known));
    // A deadline to act: its last day moves off a rest day (art. 203); the terms below are not deadlines to act.
    PeriodLastDay lastDay = dueFrom == null ? null
        : PeriodLastDay.of(this.policy, dueFrom.plusDays(v.withinDays().value()));
    LocalDate deadline = lastDay == null ? null : lastDay.lastDay();
    AssemblyStatus assembly = assembly(dueFrom, lastDay);
    OwnersCommittee committee = facts.committee() != null && !facts.committee().elected().isAfter(asOf)
        ? facts.committee() : null;
    LocalDate reElectionBy = committee == null ? null : committee.elected().plusYears(v.termYears().value());
    TermStatus term = term(committee, reElectionBy);
    composition(committee);
    PropertyManagementCommittee standIn = facts.managementCommittee() != null
        && !facts.managementCommittee().formed().isAfter(asOf) ? facts.managementCommittee() : null;
    LocalDate standInUntil = standIn == null ? null : standIn.formed().plusYears(v.standInYears().value());
    standIn(standIn, standInUntil);
    CommitteeKind body = term == TermStatus.RUNNING || term == TermStatus.ENDING ? CommitteeKind.OWNERS_COMMITTEE
        : standIn != null && !asOf.isAfter(standInUntil) ? CommitteeKind.PROPERTY_MANAGEMENT_COMMITTEE : null;
    representation(body, term, standIn != null);
    // A first-assembly condition not yet met is no failing: only the obligations count as unmet.
    List<String> unmet = reasons.stream().filter(r -> r.outcome() == Outcome.NOT_MET)
        .map(Reason::ruleId).filter(id -> !id.equals(OwnersRuleIds.FIRST_ASSEMBLY_SHARE)
            && !id.equals(OwnersRuleIds.FIRST_ASSEMBLY_TIME)).toList();
    return new Decision<>(new OwnersAssessment(facts.estateId(), assembly, dueFrom, deadline, term, reElectionBy,
        standInUntil, body, unmet), reasons, policy, asOf);
  }

  /** The day the delivered share first met the policy's share, or null; adds its reason. */
  private LocalDate shareCondition(List<Delivery> known) {
    Threshold required = v.share().value();
    if (known.isEmpty()) {
      reasons.add(Reason.noted(OwnersRuleIds.FIRST_ASSEMBLY_SHARE, Outcome.NOT_APPLICABLE, v.share().source(),
          Figure.of("total", Fraction.of(facts.totalArea()), Unit.SQUARE_METRES)));
      return null;
    }
    LocalDate metOn = reached(known, required);
    BigDecimal delivered = sum(known);
    List<Figure> context = new ArrayList<>(List.of(Figure.of("delivered", Fraction.of(delivered), Unit.SQUARE_METRES),
        Figure.of("total", Fraction.of(facts.totalArea()), Unit.SQUARE_METRES)));
    if (metOn != null) {
      context.add(Figure.date("metOn", metOn));
    }
    reasons.add(Reason.compared(OwnersRuleIds.FIRST_ASSEMBLY_SHARE, metOn != null,
        Figure.of("deliveredShare", OwnersRules.share(delivered, facts.totalArea()), Unit.SHARE),
        required.comparison(), Figure.of("required", required.share(), Unit.SHARE), v.share().source(),
        context.toArray(Figure[]::new)));
    return metOn;
  }

  /** The day the time condition was met (years since the first delivery, with a lower share), or null. */
  private LocalDate timeCondition(List<Delivery> known) {
    if (v.years() == null) {
      return null;
    }
    Citation source = OwnersRules.counted(v.years().source());
    if (known.isEmpty()) {
      reasons.add(Reason.noted(OwnersRuleIds.FIRST_ASSEMBLY_TIME, Outcome.NOT_APPLICABLE, source,
          Figure.count("years", v.years().value())));
      return null;
    }
    Threshold required = v.shareAfterYears().value();
    LocalDate first = known.get(0).date();
    LocalDate from = first.plusYears(v.years().value());
    LocalDate shareOn = reached(known, required);
    LocalDate metOn = shareOn == null || asOf.isBefore(from) ? null : shareOn.isAfter(from) ? shareOn : from;
    BigDecimal delivered = sum(known);
    List<Figure> context = new ArrayList<>(List.of(Figure.date("firstDelivery", first),
        Figure.count("years", v.years().value()), Figure.date("from", from)));
    if (metOn != null) {
      context.add(Figure.date("metOn", metOn));
    }
    reasons.add(Reason.compared(OwnersRuleIds.FIRST_ASSEMBLY_TIME, metOn != null,
        Figure.of("deliveredShare", OwnersRules.share(delivered, facts.totalArea()), Unit.SHARE),
        required.comparison(), Figure.of("required", required.share(), Unit.SHARE), source,
        context.toArray(Figure[]::new)));
    return metOn;
  }

  private AssemblyStatus assembly(LocalDate dueFrom, PeriodLastDay lastDay) {
    LocalDate held = facts.firstAssembly() != null && !facts.firstAssembly().isAfter(asOf) ? facts.firstAssembly()
        : null;
    Citation counted = OwnersRules.counted(v.withinDays().source());
    Citation source = lastDay == null ? counted : lastDay.applied(counted);
    Figure days = Figure.of("withinDays", Fraction.of(v.withinDays().value()), Unit.DAYS);
    if (dueFrom == null) {
      reasons.add(held == null
          ? Reason.noted(OwnersRuleIds.FIRST_ASSEMBLY_DEADLINE, Outcome.NOT_APPLICABLE, source,
              Figure.term("status", "OWNERS_ASSEMBLY_NOT_DUE"), days)
          : Reason.noted(OwnersRuleIds.FIRST_ASSEMBLY_DEADLINE, Outcome.NOT_APPLICABLE, source,
              Figure.term("status", "OWNERS_ASSEMBLY_HELD"), days, Figure.date("held", held)));
      return held == null ? AssemblyStatus.NOT_DUE : AssemblyStatus.HELD;
    }
    LocalDate deadline = lastDay.lastDay();
    AssemblyStatus status = held != null ? (held.isAfter(deadline) ? AssemblyStatus.HELD_LATE : AssemblyStatus.HELD)
        : asOf.isAfter(deadline) ? AssemblyStatus.OVERDUE : AssemblyStatus.DUE;
    LocalDate until = held != null ? held : asOf;
    long late = ChronoUnit.DAYS.between(deadline, until);
    List<Figure> figures = new ArrayList<>(List.of(Figure.term("status", "OWNERS_ASSEMBLY_" + status.name()),
        Figure.date("dueFrom", dueFrom), Figure.date("deadline", deadline), days));
    if (lastDay.moved()) {
      figures.add(Figure.date("nominalDeadline", lastDay.nominal()));
    }
    if (held != null) {
      figures.add(Figure.date("held", held));
    }
    figures.add(late > 0 ? Figure.of("daysLate", Fraction.of(late), Unit.DAYS)
        : Figure.of("daysLeft", Fraction.of(-late), Unit.DAYS));
    boolean met = status == AssemblyStatus.DUE || status == AssemblyStatus.HELD;
    reasons.add(Reason.noted(OwnersRuleIds.FIRST_ASSEMBLY_DEADLINE, Outcome.of(met), source,
        figures.toArray(Figure[]::new)));
    reasons.add(lastDay.reason(OwnersRuleIds.FIRST_ASSEMBLY_LAST_DAY));
    return status;
  }

  private TermStatus term(OwnersCommittee committee, LocalDate last) {
    Citation source = OwnersRules.counted(v.termYears().source());
    if (committee == null) {
      reasons.add(Reason.noted(OwnersRuleIds.COMMITTEE_TERM, Outcome.NOT_APPLICABLE, source,
          Figure.count("years", v.termYears().value())));
      return TermStatus.NO_COMMITTEE;
    }
    LocalDate noticeFrom = last.minusMonths(v.noticeMonths().value());
    TermStatus status = asOf.isAfter(last) ? TermStatus.OVERDUE
        : asOf.isBefore(noticeFrom) ? TermStatus.RUNNING : TermStatus.ENDING;
    long days = ChronoUnit.DAYS.between(asOf, last);
    reasons.add(Reason.noted(OwnersRuleIds.COMMITTEE_TERM, Outcome.of(status != TermStatus.OVERDUE), source,
        Figure.term("status", "OWNERS_TERM_" + status.name()), Figure.date("elected", committee.elected()),
        Figure.count("years", v.termYears().value()), Figure.date("reElectionBy", last),
        Figure.date("noticeFrom", noticeFrom), Figure.count("noticeMonths", v.noticeMonths().value()),
        days >= 0 ? Figure.of("daysLeft", Fraction.of(days), Unit.DAYS)
            : Figure.of("daysOverdue", Fraction.of(-days), Unit.DAYS)));
    return status;
  }

  /** The committee's size, party members and cross membership. */
  private void composition(OwnersCommittee committee) {
    if (committee == null) {
      reasons.add(Reason.noted(OwnersRuleIds.COMMITTEE_SIZE, Outcome.NOT_APPLICABLE, v.minMembers().source()));
      reasons.add(Reason.noted(OwnersRuleIds.PARTY_SHARE, Outcome.NOT_APPLICABLE, v.partyShare().source()));
      reasons.add(Reason.noted(OwnersRuleIds.CROSS_MEMBERSHIP, Outcome.NOT_APPLICABLE, v.crossMembers().source()));
      return;
    }
    int members = committee.members().size();
    int min = v.minMembers().value();
    int max = v.maxMembers().value();
    boolean sized = members >= min && members <= max && members % 2 == 1;
    reasons.add(Reason.noted(OwnersRuleIds.COMMITTEE_SIZE, Outcome.of(sized), v.minMembers().source(),
        Figure.count("members", members), Figure.count("min", min), Figure.count("max", max)));
    long party = committee.members().stream().filter(CommitteeMember::partyMember).count();
    Threshold required = v.partyShare().value();
    if (members == 0) {
      reasons.add(Reason.noted(OwnersRuleIds.PARTY_SHARE, Outcome.NOT_APPLICABLE, v.partyShare().source(),
          Figure.count("members", 0)));
    } else {
      Fraction share = Fraction.of(party, members);
      reasons.add(Reason.compared(OwnersRuleIds.PARTY_SHARE, required.comparison().holds(share, required.share()),
          Figure.of("partyShare", share, Unit.SHARE), required.comparison(),
          Figure.of("required", required.share(), Unit.SHARE), v.partyShare().source(),
          Figure.count("partyMembers", party), Figure.count("members", members)));
    }
    long cross = committee.members().stream().filter(CommitteeMember::communityCommittee).count();
    int expected = v.crossMembers().value();
    reasons.add(Reason.compared(OwnersRuleIds.CROSS_MEMBERSHIP, cross >= expected, Figure.count("crossMembers", cross),
        Comparison.AT_LEAST, Figure.count("required", expected), v.crossMembers().source(),
        Figure.count("members", members)));
  }

  private void standIn(PropertyManagementCommittee standIn, LocalDate until) {
    Citation source = OwnersRules.counted(v.standInYears().source());
    if (standIn == null) {
      reasons.add(Reason.noted(OwnersRuleIds.STAND_IN, Outcome.NOT_APPLICABLE, source,
          Figure.count("years", v.standInYears().value())));
      return;
    }
    long days = ChronoUnit.DAYS.between(asOf, until);
    reasons.add(Reason.noted(OwnersRuleIds.STAND_IN, Outcome.of(days >= 0), source,
        Figure.date("formed", standIn.formed()), Figure.count("years", v.standInYears().value()),
        Figure.date("until", until),
        days >= 0 ? Figure.of("daysLeft", Fraction.of(days), Unit.DAYS)
            : Figure.of("daysOverdue", Fraction.of(-days), Unit.DAYS)));
  }

  private void representation(CommitteeKind body, TermStatus term, boolean standIn) {
    String why = body != null ? "OWNERS_BODY_" + body.name()
        : term == TermStatus.OVERDUE ? "OWNERS_BODY_NONE_TERM_OVERDUE"
        : standIn ? "OWNERS_BODY_NONE_STAND_IN_ENDED" : "OWNERS_BODY_NONE";
    reasons.add(Reason.noted(OwnersRuleIds.REPRESENTATION, Outcome.of(body != null), OwnersRules.REPRESENTATION,
        Figure.term("body", why)));
  }

  /** The first day on which the cumulative delivered share meets {@code required}, or null. */
  private LocalDate reached(List<Delivery> known, Threshold required) {
    BigDecimal cumulative = BigDecimal.ZERO;
    for (Delivery d : known) {
      cumulative = cumulative.add(d.area());
      if (OwnersRules.meets(required, cumulative, facts.totalArea())) {
        return d.date();
      }
    }
    return null;
  }

  private static BigDecimal sum(List<Delivery> deliveries) {
    return deliveries.stream().map(Delivery::area).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }
}
