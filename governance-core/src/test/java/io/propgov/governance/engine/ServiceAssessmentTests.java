package io.propgov.governance.engine;

import io.propgov.governance.service.ServiceCase;
import io.propgov.governance.area.Valid;
import static io.propgov.governance.Fixtures.unit;
import static io.propgov.governance.ServiceFixtures.BASIC_ITEMS;
import static io.propgov.governance.ServiceFixtures.CN_DEFAULT_WITH_SERVICE;
import static io.propgov.governance.ServiceFixtures.levelTwoFigures;
import static io.propgov.governance.ServiceFixtures.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.Fixtures;
import io.propgov.governance.area.Result;
import io.propgov.governance.error.InputError;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.service.ServiceMode;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.org.HierarchyFacts;
import io.propgov.governance.service.NeedCounts;
import io.propgov.governance.service.ServiceNeed;
import io.propgov.governance.service.ServiceParameters;
import io.propgov.governance.service.ServiceProfile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceAssessmentTests {

  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  static final GovernanceEngine ENGINE = GovernanceEngine.create(CN_DEFAULT_WITH_SERVICE);

  static Estate estate(String id, String unit, ServiceProfile service) {
    return new Estate(id, "Estate " + id, null, List.of(), List.of(), unit, 100, ServiceMode.MARKET, null, null,
        service);
  }

  @Test
  void theEstateAssessmentCarriesTheServiceDecisionAsAPart() {
    Decision<EstateAssessment> d = ENGINE.assess(estate("E1", null, profile(levelTwoFigures())), AS_OF);
    assertEquals("level-2", d.value().service().value().tier());
    assertTrue(d.value().parts().contains(d.value().service()));
    assertTrue(d.render(Locale.ENGLISH).contains("MEETS THE TARGET"), d.render(Locale.ENGLISH));
  }

  @Test
  void withoutServiceFactsOrServiceRulesThereIsNoServiceDecision() {
    assertNull(ENGINE.assess(estate("E1", null, null), AS_OF).value().service());
    GovernanceEngine plain = GovernanceEngine.create(Fixtures.CN_DEFAULT);
    assertFalse(plain.judgesService());
    assertNull(plain.assess(estate("E1", null, profile(Map.of())), AS_OF).value().service());
    assertThrows(IllegalStateException.class, plain::service);
  }

  @Test
  void badServiceFactsAreReportedUnderTheEstatesPointer() {
    ServiceProfile bad = new ServiceProfile(BigDecimal.valueOf(-1), List.of("juggling"), Map.of());
    List<Result<EstateAssessment>> results = ENGINE.assessAll(List.of(estate("E0", null, null), estate("E1", null, bad)),
        AS_OF);
    assertTrue(results.get(0).isDecided());
    Result<EstateAssessment> rejected = results.get(1);
    assertFalse(rejected.isDecided());
    assertEquals(List.of("/estates/1/service/area", "/estates/1/service/items/0"),
        rejected.errors().stream().map(InputError::pointer).toList());
  }

  @Test
  void theServiceParametersAreListedAmongTheEnginesParameters() {
    assertTrue(GovernanceEngine.parameters().containsAll(ServiceParameters.ALL));
  }

  @Test
  void needsAreCountedPerUnitAndRolledUp() {
    HierarchyFacts facts = new HierarchyFacts(List.of(unit("sd", "sub-district", null),
        unit("c1", "community", "sd"), unit("c2", "community", "sd"), unit("e1", "estate", "c1"),
        unit("e2", "estate", "c1"), unit("e3", "estate", "c2"), unit("e4", "estate", "c2")),
        List.of(estate("A", "e1", profile(levelTwoFigures())),
            estate("B", "e2", new ServiceProfile(null, BASIC_ITEMS.subList(0, 2), Map.of())),
            estate("C", "e3", profile(Map.of())), estate("D", "e4", null)),
        List.of(), List.of());
    Map<String, NeedCounts> needs = ENGINE.serviceNeeds(facts, AS_OF);
    assertEquals(new NeedCounts("sd", 1, 1, 1, 1), needs.get("sd"));
    assertEquals(new NeedCounts("c1", 1, 0, 1, 0), needs.get("c1"));
    assertEquals(new NeedCounts("c2", 0, 1, 0, 1), needs.get("c2"));
    Estate e2 = facts.estates().get(1);
    assertEquals(ServiceNeed.EXPAND, ENGINE.service().need(Valid.orThrow(ENGINE.service().validate(
        new ServiceCase(e2.id(), e2.serviceMode(), e2.service()), "", AS_OF)), AS_OF));
    NeedCounts reported = ENGINE.report(facts, "c2", AS_OF).value().serviceNeeds().value();
    assertEquals(needs.get("c2"), reported);
  }
}
