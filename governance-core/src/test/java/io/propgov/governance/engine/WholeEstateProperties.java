package io.propgov.governance.engine;

import static io.propgov.governance.Fixtures.unit;

import io.propgov.governance.WholeFixtures;
import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.subsidy.Application;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** N estates in give N reports out, and each estate's report does not depend on the others in the batch. */
class WholeEstateProperties {

  static final GovernanceEngine ENGINE = GovernanceEngine.create(WholeFixtures.ALL_AREAS);
  static final List<OrgUnit> TREE = List.of(unit("sd", "sub-district", null), unit("c1", "community", "sd"),
      unit("e1", "estate", "c1"));

  /** An estate, placed or not, with an application or not. */
  record Case(String id, boolean placed, boolean applies) {}

  @Provide
  Arbitrary<List<Case>> batches() {
    Arbitrary<Case> one = Arbitraries.integers().between(0, 99).flatMap(n -> Arbitraries.of(true, false)
        .flatMap(placed -> Arbitraries.of(true, false).map(applies -> new Case("E" + n, placed, applies))));
    return one.list().ofMaxSize(8).uniqueElements(Case::id);
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
    return new GovernanceFacts(estates, TREE, null, null, companies, null, applications, null);
  }

  @Property(tries = 60)
  void eachEstatesReportIsItsReportAlone(@ForAll("batches") List<Case> cases, @ForAll boolean listed) {
    List<CompanyRecord> companies = List.of(listed ? WholeFixtures.listedK1() : WholeFixtures.cleanK1());
    List<EstateReportResult> batch = ENGINE.assessEstates(facts(cases, companies), WholeFixtures.AS_OF);
    if (batch.size() != cases.size()) {
      throw new AssertionError(cases.size() + " estates in, " + batch.size() + " results out");
    }
    for (int i = 0; i < cases.size(); i++) {
      EstateReport inBatch = ((EstateReportResult.Reported) batch.get(i)).decision().value();
      EstateReport alone = ((EstateReportResult.Reported) ENGINE.assessEstates(facts(List.of(cases.get(i)), companies),
          WholeFixtures.AS_OF).get(0)).decision().value();
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
