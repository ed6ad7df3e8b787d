package io.propgov.governance.engine;

import static io.propgov.governance.Fixtures.unit;
import static io.propgov.governance.testing.Generators.booleans;
import static io.propgov.governance.testing.Generators.ints;
import static io.propgov.governance.testing.Generators.uniqueLists;
import static org.quicktheories.QuickTheory.qt;

import io.propgov.governance.WholeFixtures;
import io.propgov.governance.area.Result;
import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.subsidy.Application;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** N estates in give N reports out, and each estate's report does not depend on the others in the batch. */
class WholeEstateProperties {

  static final GovernanceEngine ENGINE = GovernanceEngine.create(WholeFixtures.ALL_AREAS);
  static final List<OrgUnit> TREE = List.of(unit("sd", "sub-district", null), unit("c1", "community", "sd"),
      unit("e1", "estate", "c1"));

  /** An estate, placed or not, with an application or not. */
  record Case(String id, boolean placed, boolean applies) {}

  /** Batches of up to eight estates with distinct ids. */
  private static Gen<List<Case>> batches() {
    Gen<Case> one = ints(0, 99).zip(booleans(), booleans(), (n, placed, applies) -> new Case("E" + n, placed, applies));
    return uniqueLists(one, 0, 8, Case::id);
  }

  static GovernanceFacts facts(List<Case> cases, List<CompanyRecord> companies) {
    List<Estate> estates = new ArrayList<>();
    List<Application> applications = new ArrayList<>();
    for (Case c : cases) {
      estates.add(WholeFixtures.estate(c.id(), c.placed() ? "e1" : null));
      if (c.applies()) {
        applications.add(WholeFixtures.application("A-" + c.id(), c.id()));
      }
    }
    return new GovernanceFacts(estates, TREE, null, null, companies, null, applications, null, null, null, null, null,
        null);
  }

  @Test
  void eachEstatesReportIsItsReportAlone() {
    qt().withExamples(60).forAll(batches(), booleans()).checkAssert(WholeEstateProperties::judgedAlone);
  }

  private static void judgedAlone(List<Case> cases, boolean listed) {
    List<CompanyRecord> companies = List.of(listed ? WholeFixtures.listedK1() : WholeFixtures.cleanK1());
    List<Result<EstateReport>> batch = ENGINE.assessEstates(facts(cases, companies), WholeFixtures.AS_OF);
    if (batch.size() != cases.size()) {
      throw new AssertionError(cases.size() + " estates in, " + batch.size() + " results out");
    }
    for (int i = 0; i < cases.size(); i++) {
      EstateReport inBatch = batch.get(i).decision().value();
      EstateReport alone = ENGINE.assessEstates(facts(List.of(cases.get(i)), companies), WholeFixtures.AS_OF).get(0)
          .decision().value();
      if (!inBatch.equals(alone)) {
        throw new AssertionError("estate " + cases.get(i).id() + " is judged differently in the batch");
      }
      boolean subsidiesAssessed = inBatch.area(Area.SUBSIDIES).assessed();
      if (subsidiesAssessed != cases.get(i).applies()) {
        throw new AssertionError("subsidies assessed " + subsidiesAssessed + " for " + cases.get(i));
      }
    }
  }
}
