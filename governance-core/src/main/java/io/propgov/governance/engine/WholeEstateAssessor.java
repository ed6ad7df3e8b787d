package io.propgov.governance.engine;

import io.propgov.governance.constraint.FieldSink;
import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.credit.CreditAssessment;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.explain.Citation;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.org.OrgTree;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.subsidy.ApplicationResult;
import io.propgov.governance.subsidy.Award;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs every rule area that has facts for each estate of a batch, and says which did not. */
final class WholeEstateAssessor {

  /** The source of the area reasons: the assessment's own rule, not a policy's. */
  static final Citation SOURCE = new Citation(
      "Whole-estate assessment (this SDK): an area without rules or facts is not assessed, never passed",
      "小区综合评估（本SDK）：无规则或无数据的领域不予评估，绝不视为合格");

  private final GovernanceEngine engine;
  private final GovernanceFacts facts;
  private final LocalDate asOf;
  private final Map<String, Integer> companies = new HashMap<>();
  private OrgTree tree;
  private boolean treeErrors;
  private List<ApplicationResult> applications = List.of();
  private EstateIds ids;

  WholeEstateAssessor(GovernanceEngine engine, GovernanceFacts facts, LocalDate asOf) {
    this.engine = engine;
    this.facts = facts;
    this.asOf = asOf;
    for (int j = 0; j < facts.companies().size(); j++) {
      if (facts.companies().get(j) != null) {
        companies.putIfAbsent(facts.companies().get(j).companyId(), j);
      }
    }
    if (engine.judgesHierarchy() && !facts.units().isEmpty()) {
      try {
        tree = engine.hierarchy().tree(facts.units(), asOf);
      } catch (InvalidFactsException e) {
        treeErrors = true;
      }
    }
    if (engine.judgesSubsidies() && !facts.applications().isEmpty()) {
      applications = engine.awardAll(facts.applications(), facts.estates(), facts.companies(), asOf);
    }
  }

  List<EstateReportResult> run() {
    ids = EstateIds.of(facts.estates());
    List<EstateReportResult> results = new ArrayList<>(facts.estates().size());
    for (int i = 0; i < facts.estates().size(); i++) {
      results.add(one(i));
    }
    return results;
  }

  private EstateReportResult one(int i) {
    Estate estate = facts.estates().get(i);
    if (estate == null) {
      return new EstateReportResult.Rejected(i, null, List.of(new InputError("/estates/" + i, "required",
          FieldSink.NULL_ITEM)));
    }
    List<InputError> errors = new ArrayList<>();
    InputError duplicate = ids.at(i);
    if (duplicate != null) {
      errors.add(duplicate);
    }
    errors.addAll(engine.validate(estate, "/estates/" + i, asOf));
    CompanyRecord record = creditRecord(estate);
    if (record != null) {
      errors.addAll(engine.credit().validate(record, "/companies/" + companies.get(record.companyId())));
    }
    List<Decision<Award>> awards = new ArrayList<>();
    for (ApplicationResult result : applications) {
      if (estate.id() == null || !estate.id().equals(facts.applications().get(result.index()).estateId())) {
        continue;
      }
      if (result instanceof ApplicationResult.Judged judged) {
        awards.add(judged.decision());
      } else if (result instanceof ApplicationResult.Rejected rejected) {
        errors.addAll(rejected.errors());
      }
    }
    if (!errors.isEmpty()) {
      return new EstateReportResult.Rejected(i, estate.id(), errors);
    }
    Decision<EstateAssessment> assessment = engine.assessValid(estate, asOf);
    Decision<CreditAssessment> credit = record == null ? null : engine.credit().assessValid(record, asOf);
    List<AreaStatus> areas = List.of(
        estate.surveyRounds().isEmpty() ? AreaStatus.notAssessed(Area.SATISFACTION, "no-facts")
            : AreaStatus.assessed(Area.SATISFACTION),
        estate.votes().isEmpty() ? AreaStatus.notAssessed(Area.VOTES, "no-facts") : AreaStatus.assessed(Area.VOTES),
        hierarchy(estate),
        !engine.judgesService() ? AreaStatus.notAssessed(Area.SERVICE, "no-rules")
            : estate.service() == null ? AreaStatus.notAssessed(Area.SERVICE, "no-facts")
            : AreaStatus.assessed(Area.SERVICE),
        !engine.judgesCredit() ? AreaStatus.notAssessed(Area.CREDIT, "no-rules")
            : estate.company() == null ? AreaStatus.notAssessed(Area.CREDIT, "no-company")
            : record == null ? AreaStatus.notAssessed(Area.CREDIT, "no-record") : AreaStatus.assessed(Area.CREDIT),
        !engine.judgesSubsidies() ? AreaStatus.notAssessed(Area.SUBSIDIES, "no-rules")
            : awards.isEmpty() ? AreaStatus.notAssessed(Area.SUBSIDIES, "no-facts")
            : AreaStatus.assessed(Area.SUBSIDIES));
    List<Reason> reasons = new ArrayList<>();
    for (AreaStatus area : areas) {
      reasons.add(area.assessed()
          ? Reason.noted(EstateRuleIds.AREA, Outcome.MET, SOURCE, Figure.term("area", area.area().name()))
          : Reason.noted(EstateRuleIds.AREA, Outcome.NOT_APPLICABLE, SOURCE, Figure.term("area", area.area().name()),
              Figure.term("why", area.why())));
    }
    List<String> path = areas.get(2).assessed()
        ? tree.pathToRoot(estate.unitId()).stream().map(OrgUnit::id).toList() : List.of();
    EstateReport report = new EstateReport(estate.id(), estate.name(), areas, assessment, path, credit, awards);
    return new EstateReportResult.Reported(i, new Decision<>(report, reasons, engine.policy().ref(), asOf));
  }

  private AreaStatus hierarchy(Estate estate) {
    if (!engine.judgesHierarchy()) {
      return AreaStatus.notAssessed(Area.HIERARCHY, "no-rules");
    }
    if (facts.units().isEmpty()) {
      return AreaStatus.notAssessed(Area.HIERARCHY, "no-facts");
    }
    if (treeErrors) {
      return AreaStatus.notAssessed(Area.HIERARCHY, "tree-errors");
    }
    return estate.unitId() == null || !tree.contains(estate.unitId())
        ? AreaStatus.notAssessed(Area.HIERARCHY, "not-placed") : AreaStatus.assessed(Area.HIERARCHY);
  }

  /** The credit record of the estate's company, when the policy judges credit and the facts hold one. */
  private CompanyRecord creditRecord(Estate estate) {
    if (!engine.judgesCredit() || estate.company() == null) {
      return null;
    }
    Integer j = companies.get(estate.company().id());
    return j == null ? null : facts.companies().get(j);
  }
}
