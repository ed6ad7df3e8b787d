package io.propgov.governance.engine;

import static io.propgov.governance.Fixtures.unit;
import static io.propgov.governance.WholeFixtures.ALL_AREAS;
import static io.propgov.governance.WholeFixtures.AS_OF;
import static io.propgov.governance.WholeFixtures.application;
import static io.propgov.governance.WholeFixtures.cleanK1;
import static io.propgov.governance.WholeFixtures.estate;
import static io.propgov.governance.WholeFixtures.listedK1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.Fixtures;
import io.propgov.governance.area.Result;
import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.credit.CreditEvent;
import io.propgov.governance.error.InputError;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.subsidy.Application;
import io.propgov.governance.subsidy.Award;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WholeEstateTests {

  static final GovernanceEngine ENGINE = GovernanceEngine.create(ALL_AREAS);
  static final List<OrgUnit> TREE = List.of(unit("sd", "sub-district", null), unit("c1", "community", "sd"),
      unit("e1", "estate", "c1"));

  static GovernanceFacts facts(List<Estate> estates, List<CompanyRecord> companies, List<Application> applications) {
    return new GovernanceFacts(estates, TREE, List.of(), List.of(), companies, List.of(), applications, List.of(),
        List.of(), List.of(), null, null,
        List.of(io.propgov.governance.workorder.WorkOrderFixtures.order("W1", "repair", "e1", "2024-12-01")
            .estateId("E1").build()));
  }

  static EstateReport report(Result<EstateReport> result) {
    return result.decision().value();
  }

  @Test
  void everyAreaWithFactsIsAssessedInOneReport() {
    List<Result<EstateReport>> results = ENGINE.assessEstates(facts(List.of(estate("E1", "e1")), List.of(cleanK1()),
        List.of(application("A1", "E1"))), AS_OF);
    EstateReport report = report(results.get(0));
    assertTrue(report.areas().stream().filter(a -> a.area() != Area.VOTES && a.area() != Area.MONEY
        && a.area() != Area.OWNERS && a.area() != Area.CONTRACT && a.area() != Area.MODE_VOTE)
        .allMatch(AreaStatus::assessed),
        report.areas().toString());
    assertEquals("no-facts", report.area(Area.VOTES).why());
    assertEquals("no-rules", report.area(Area.OWNERS).why());
    assertEquals(List.of("e1", "c1", "sd"), report.unitPath());
    assertEquals("level-2", report.estate().value().service().value().tier());
    assertEquals("AA", report.credit().value().grade()); // basic 80: AA from 80
    assertEquals(1, report.subsidies().size());
    assertTrue(report.subsidies().get(0).value().eligible());
    assertTrue(report.parts().containsAll(List.of(report.estate(), report.credit(), report.subsidies().get(0))));
    String text = results.get(0).decision().render(Locale.ENGLISH);
    assertTrue(text.contains("6 of 11 rule areas assessed; not assessed: votes, money, owners, contract, mode vote"),
        text);
    assertEquals(1, report.workOrders().value().orders().size());
  }

  @Test
  void anAreaWithoutFactsIsNotAssessedNeverPassed() {
    Estate bare = new Estate("E2", "", null, List.of(), List.of());
    EstateReport report = report(ENGINE.assessEstates(facts(List.of(bare), List.of(), List.of()), AS_OF).get(0));
    assertEquals(List.of("no-facts", "no-facts", "not-placed", "no-facts", "no-company", "no-facts", "no-rules",
        "no-rules", "no-rules", "no-rules", "no-facts"),
        report.areas().stream().map(AreaStatus::why).toList());
    assertNull(report.credit());
    Decision<EstateReport> plain = GovernanceEngine.create(Fixtures.CN_DEFAULT)
        .assessEstates(GovernanceFacts.of(List.of(estate("E1", null))), AS_OF).get(0).decision();
    assertEquals(List.of("no-facts", "no-rules", "no-rules", "no-rules", "no-rules", "no-rules", "no-rules", "no-rules",
        "no-rules", "no-rules"), plain.value().areas().stream().filter(a -> !a.assessed()).map(AreaStatus::why).toList());
    assertTrue(plain.reasons().stream().filter(r -> r.outcome() == Outcome.NOT_APPLICABLE).count() == 10);
  }

  @Test
  void aListedCompanyIsRefusedWithTheReasonTheCreditRulesGive() {
    EstateReport report = report(ENGINE.assessEstates(facts(List.of(estate("E1", "e1")), List.of(listedK1()),
        List.of(application("A1", "E1"))), AS_OF).get(0));
    assertTrue(report.credit().value().blacklist().value().listed());
    Decision<Award> award = report.subsidies().get(0);
    assertFalse(award.value().eligible());
    Reason credit = award.reason("subsidy.credit").orElseThrow();
    assertEquals(Outcome.NOT_MET, credit.outcome());
    // Named as the policy's credit.consequence-types name it, in each language.
    assertTrue(credit.text(Locale.ENGLISH).contains("credit consequence Barred from"), credit.text(Locale.ENGLISH));
    String zh = credit.text(Locale.SIMPLIFIED_CHINESE);
    assertTrue(zh.contains("受信用惩戒 限制参加") && !zh.contains("BARRED_FROM"), zh);
    assertTrue(credit.text(Locale.ENGLISH).contains("listing since 2024-05-01"), credit.text(Locale.ENGLISH));
  }

  @Test
  void withoutACreditRecordTheStandingIsUnstatedAndTheCriterionUnmet() {
    EstateReport report = report(ENGINE.assessEstates(facts(List.of(estate("E1", "e1")), List.of(),
        List.of(application("A1", "E1"))), AS_OF).get(0));
    assertEquals("no-record", report.area(Area.CREDIT).why());
    assertFalse(report.subsidies().get(0).value().eligible());
  }

  @Test
  void errorsInTheEstateItsCreditRecordOrItsApplicationsRejectItAloneNInNOut() {
    CompanyRecord unknownEvent = new CompanyRecord("K1", "K1", List.of(new CreditEvent("x", "juggling",
        LocalDate.of(2024, 1, 1))));
    Estate other = new Estate("E3", "", null, List.of(), List.of());
    List<Result<EstateReport>> results = ENGINE.assessEstates(facts(List.of(estate("E1", "e1"), other),
        List.of(unknownEvent), List.of(application("A1", "E1"))), AS_OF);
    assertEquals(2, results.size());
    Result<EstateReport> rejected = results.get(0);
    assertFalse(rejected.isDecided());
    assertEquals("E1", rejected.id());
    assertTrue(rejected.errors().stream().map(InputError::pointer).anyMatch(p -> p.startsWith("/companies/0/")),
        rejected.errors().toString());
    assertTrue(rejected.errors().stream().map(InputError::pointer).anyMatch(p -> p.equals("/applications/0/companyId")),
        rejected.errors().toString());
    assertTrue(results.get(1).isDecided());
    assertEquals("E3", results.get(1).id());
  }

  @Test
  void aTreeWithErrorsLeavesTheHierarchyUnassessed() {
    List<OrgUnit> broken = List.of(unit("sd", "sub-district", null), unit("c1", "community", "nowhere"));
    GovernanceFacts facts = new GovernanceFacts(List.of(estate("E1", "c1")), broken, List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of());
    assertEquals("tree-errors", report(ENGINE.assessEstates(facts, AS_OF).get(0)).area(Area.HIERARCHY).why());
  }
}
