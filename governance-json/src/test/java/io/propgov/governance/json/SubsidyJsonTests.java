package io.propgov.governance.json;

import static io.propgov.governance.json.Documents4Tests.edited;
import static io.propgov.governance.json.Documents4Tests.errorsOf;
import static io.propgov.governance.json.Documents4Tests.json;
import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.area.Result;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.subsidy.Award;
import io.propgov.governance.subsidy.Programme;
import io.propgov.governance.subsidy.SubsidyParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubsidyJsonTests {

  private static final Path PRESETS = Path.of("src/main/resources/io/propgov/governance/json/policy");
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  private static String preset(String id) {
    try {
      return Files.readString(PRESETS.resolve(id + ".json"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String FACTS = """
      {"estates": [{"id": "E1", "company": {"id": "K1", "party": {"fullMembers": 5, "organisation": "BRANCH"}}}],
       "applications": [
         {"id": "a", "programmeId": "caolu-reward", "companyId": "K1", "estateId": "E1", "filed": "2024-07-01",
          "builtYear": 1995, "floorArea": 60000.5, "fees": {"billed": 100, "collected": 70.00},
          "inspectionPoints": 40, "incidents": [{"kind": "minor", "date": "2024-03-01"}],
          "credit": [{"code": "REMINDED", "en": "a reminder", "zh": "提醒"}]},
         {"id": "b", "programmeId": "caolu-reward", "companyId": "K1", "filed": "2024-07-01"}],
       "costShares": [{"id": "c", "kind": "emergency-repair", "total": 10.01,
                       "households": [{"id": "1", "area": 3}, {"id": "2", "area": 3.5}]}]}
      """;

  @ParameterizedTest
  @ValueSource(strings = {"caolu", "wuhan-4"})
  void thePresetsProgrammesReadAndWriteBackUnchanged(String id) {
    GovernancePolicy policy = JSON.readPolicy(preset(id));

    assertTrue(policy.timeline(SubsidyParameters.PROGRAMMES).isPresent());
    assertEquals(policy.withContentHash(null), JSON.readPolicy(JSON.writePolicy(policy)).withContentHash(null));
    assertEquals(List.of(), GovernanceEngine.check(policy));
  }

  @Test
  void theFiveStarAwardIsAFlat250000() {
    Programme fiveStar = JSON.readPolicy(preset("wuhan-4")).valueAt(SubsidyParameters.PROGRAMMES, AS_OF).value()
        .programme("wuhan-five-star").orElseThrow();

    assertEquals("250000.00", ((io.propgov.governance.subsidy.BaseAmount.Flat) fiveStar.base()).amount().toPlainString());
  }

  @Test
  void aRisingPayoutBandIsRejectedAtTheProgramme() {
    String bad = edited(preset("caolu"), root -> ((ObjectNode) root.at(
        "/parameters/subsidy.programmes/0/value/0/payoutBands/1")).put("share", "100%").put("minScore", 90));

    InputError e = errorsOf(InvalidPolicyException.class, () -> JSON.readPolicy(bad)).get(0);

    assertEquals("/parameters/subsidy.programmes/0/value/0", e.pointer());
    assertTrue(e.message().contains("payout bands must be listed highest score first"), e.message());
  }

  @Test
  void anUnknownCriterionKindIsASchemaError() {
    String bad = edited(preset("caolu"), root -> ((ObjectNode) root.at(
        "/parameters/subsidy.programmes/0/value/0/criteria/0")).put("kind", "OLD"));

    List<InputError> errors = errorsOf(InvalidPolicyException.class, () -> JSON.readPolicy(bad));

    assertTrue(errors.stream().anyMatch(e -> e.pointer().equals("/parameters/subsidy.programmes/0/value/0/criteria/0/kind")),
        errors::toString);
  }

  @Test
  void factsWithApplicationsAndCostSharesReadAndWriteBackUnchanged() {
    Facts facts = JSON.readFacts(FACTS);

    assertEquals(2, facts.applications().size());
    assertEquals("REMINDED", facts.applications().get(0).credit().consequences().get(0).code());
    assertEquals(null, facts.applications().get(1).credit(), "no credit supplied is not a clean record");
    assertEquals(facts, JSON.readFacts(JSON.writeFacts(facts)));
  }

  @Test
  void badApplicationsAndCostSharesAreReportedAtOnce() {
    String bad = edited(FACTS, root -> {
      ((ObjectNode) root.at("/applications/0")).put("floorArea", -1);
      ((ObjectNode) root.at("/costShares/0")).put("total", 1.001);
      ((ArrayNode) root.at("/costShares/0/households")).removeAll();
    });

    List<InputError> errors = errorsOf(InvalidFactsException.class, () -> JSON.readFacts(bad));

    assertEquals(List.of("/applications/0/floorArea", "/costShares/0/households"),
        errors.stream().map(InputError::pointer).toList());
  }

  @Test
  void subsidiesAreWrittenWithTheirAllocations() {
    GovernanceEngine engine = GovernanceEngine.create(JSON.readPolicy(preset("caolu")));
    Facts facts = JSON.readFacts(FACTS);
    List<Result<Award>> results = engine.awardAll(facts.applications(), facts.estates(), AS_OF);

    JsonNode doc = json(JSON.writeSubsidies(results, engine.allocate(results, AS_OF), engine.policy(), AS_OF,
        Locale.ENGLISH));

    assertEquals("a", doc.at("/applications/0/applicationId").asText());
    assertEquals("subsidy.credit", doc.at("/applications/0/decision/reasons/3/rule").asText());
    assertEquals("caolu-reward", doc.at("/allocations/0/programmeId").asText());
    assertEquals(2, doc.at("/summary/judged").asInt());
    JsonNode costs = json(JSON.writeCostShares(engine.splitAll(facts.costShares(), AS_OF), engine.policy(), AS_OF,
        Locale.SIMPLIFIED_CHINESE));
    assertEquals("/costShares/0/kind", costs.at("/costShares/0/errors/0/pointer").asText(), "caolu shares no costs");
  }
}
