package io.propgov.governance.json;

import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.service.DecisionTable;
import io.propgov.governance.service.HitPolicy;
import io.propgov.governance.service.Responsibility;
import io.propgov.governance.service.ServiceCatalogue;
import io.propgov.governance.service.ServiceParameters;
import io.propgov.governance.service.ServiceProfile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The service parameters and facts in JSON: reading, writing back, and errors at their pointers. */
class ServiceJsonTests {

  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  static final String POLICY = Fixtures.resource("cn-service.json");

  static final String FACTS = """
      {"asOf": "2024-12-31", "estates": [{"id": "FT", "serviceMode": "MARKET", "service": {
        "area": 21000.5, "items": ["cleaning", "greening", "order-maintenance", "common-repair", "facilities"],
        "measured": {"hotline-hours": 16, "check-interval-days": "3", "patrol-interval-hours": 2,
                     "response-minutes": 45, "owner-satisfaction": "79.5%"},
        "modeInputs": {"hardware": "good", "willingness": "high", "size": "large", "self-governance": "weak"},
        "buildings": ["B1", "B2"],
        "coManagement": {"rotation": ["north", "south"], "buildings": {"B1": "north", "B2": "south"},
          "items": {"cleaning": "SEPARATE", "greening": "JOINT", "order-maintenance": "JOINT",
                    "common-repair": "SEPARATE", "facilities": "JOINT"},
          "rotationStart": "2023-01-01", "cycleMonths": 12}}}]}
      """;

  @Test
  void thePresetsServiceParametersAreReadAndTheEngineJudgesService() {
    GovernancePolicy policy = JSON.readPolicy(POLICY);
    ServiceCatalogue catalogue = policy.valueAt(ServiceParameters.CATALOGUE, AS_OF).value();
    assertEquals(List.of("basic", "level-3", "level-2", "level-1"),
        catalogue.tiers().stream().map(t -> t.code()).toList());
    assertEquals(new BigDecimal("0.75"), catalogue.tiers().get(2).monthlyFee());
    assertEquals(Fraction.parse("80%"), catalogue.tiers().get(3).standards().get(4).target());
    DecisionTable table = policy.valueAt(ServiceParameters.MODE_TABLE, AS_OF).value();
    assertEquals(HitPolicy.FIRST, table.hitPolicy());
    assertEquals(List.of("self-management", "market", "public-welfare", "community-interim"),
        table.rows().stream().map(r -> r.id()).toList());
    assertTrue(GovernanceEngine.create(policy).judgesService());
  }

  @Test
  void aWrittenPolicyWithServiceParametersReadsBackEqual() {
    GovernancePolicy policy = JSON.readPolicy(POLICY);
    assertEquals(policy, JSON.readPolicy(JSON.writePolicy(policy)));
  }

  @Test
  void serviceFactsAreReadAndWrittenBackEqual() {
    Facts facts = JSON.readFacts(FACTS);
    ServiceProfile profile = facts.estates().get(0).service();
    assertEquals(Fraction.parse("0.795"), profile.measured().get("owner-satisfaction"));
    assertEquals(Responsibility.JOINT, profile.coManagement().items().get("greening"));
    assertEquals("FT", profile.coManagement().estateId());
    assertEquals(facts, JSON.readFacts(JSON.writeFacts(facts)));
  }

  @Test
  void theDecisionIsWrittenWithTheServicePart() {
    GovernanceEngine engine = GovernanceEngine.create(JSON.readPolicy(POLICY));
    String written = JSON.writeDecision(engine.assess(JSON.readFacts(FACTS).estates().get(0), AS_OF), Locale.ENGLISH);
    assertTrue(written.contains("\"tier\" : \"level-2\"") || written.contains("\"tier\": \"level-2\""), written);
    assertTrue(written.contains("\"onDuty\""), written);
    assertTrue(written.contains("\"monthlyFee\""), written);
  }

  @Test
  void writtenServiceDecisionsFollowTheDecisionSchema() {
    GovernanceEngine engine = GovernanceEngine.create(JSON.readPolicy(POLICY));
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      assertEquals(List.of(), JSON.validateDecision(JSON.writeDecision(
          engine.assess(JSON.readFacts(FACTS).estates().get(0), AS_OF), locale)), locale::toString);
      assertEquals(List.of(), JSON.validateDecision(JSON.writeDecision(
          engine.service().assess("FT", JSON.readFacts(FACTS).estates().get(0).service(), null, AS_OF), locale)));
    }
  }

  @Test
  void badServiceFactsAreNamedAllAtOnce() {
    String bad = FACTS.replace("21000.5", "0").replace("\"cycleMonths\": 12", "\"cycleMonths\": 0")
        .replace("\"response-minutes\": 45", "\"response-minutes\": \"soon\"").replace("\"SEPARATE\"", "\"ALONE\"");
    InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> JSON.readFacts(bad));
    List<String> pointers = e.errors().stream().map(InputError::pointer).toList();
    assertTrue(pointers.containsAll(List.of("/estates/0/service/area", "/estates/0/service/coManagement/cycleMonths",
        "/estates/0/service/measured/response-minutes", "/estates/0/service/coManagement/items/cleaning")),
        pointers.toString());
  }

  @Test
  void aBadTierIsNamedAtItsPointer() {
    String bad = POLICY.replaceFirst("\"monthlyFee\": 0.35", "\"monthlyFee\": -0.35")
        .replaceFirst("\"better\": \"lower\"", "\"better\": \"sideways\"");
    InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> JSON.readPolicy(bad));
    List<String> pointers = e.errors().stream().map(InputError::pointer).toList();
    assertTrue(pointers.containsAll(List.of("/parameters/service.catalogue/0/value/tiers/0/monthlyFee",
        "/parameters/service.catalogue/0/value/metrics/0/better")), pointers.toString());
  }
}
