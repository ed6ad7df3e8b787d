package io.propgov.governance.json;

import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.propgov.governance.area.Valid;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.workorder.ComplaintEvent;
import io.propgov.governance.workorder.OrderJudgement;
import io.propgov.governance.workorder.RankEntry;
import io.propgov.governance.workorder.Ranking;
import io.propgov.governance.workorder.ThreeRates;
import io.propgov.governance.workorder.WorkOrderAssessment;
import io.propgov.governance.workorder.WorkOrderParameters;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Work orders read from JSON, judged under the default preset, written and held to the decision schema. */
class WorkOrderJsonTests {

  private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);
  private static final GovernancePolicy POLICY = JSON.presetPolicy(GovernanceJson.DEFAULT_PRESET);
  private static final String FACTS = """
      {
        "units": [
          { "id": "sd", "level": "sub-district" },
          { "id": "c1", "level": "community", "parentId": "sd" },
          { "id": "e1", "level": "estate", "parentId": "c1" },
          { "id": "e2", "level": "estate", "parentId": "c1" }
        ],
        "orders": [
          { "id": "W1", "source": "HOTLINE_12345", "category": "repair", "unitId": "e1", "estateId": "E1",
            "companyId": "K1", "receivedOn": "2024-03-01", "respondedOn": "2024-03-02", "resolvedOn": "2024-03-04",
            "closedOn": "2024-03-05", "callerSolved": true, "rating": "satisfied" },
          { "id": "W2", "source": "OWNERS_COMMITTEE", "category": "complaint", "unitId": "e2", "companyId": "K2",
            "receivedOn": "2024-03-01", "respondedOn": "2024-03-05", "resolvedOn": "2024-03-08",
            "closedOn": "2024-03-09", "callerSolved": false, "rating": "dissatisfied", "upheld": true },
          { "id": "W3", "source": "SERVICE_STATION", "category": "emergency", "unitId": "e2", "receivedOn": "2024-03-31" }
        ]
      }
      """;

  private static Decision<WorkOrderAssessment> decide(Facts facts) {
    GovernanceEngine engine = GovernanceEngine.create(POLICY);
    return engine.workOrders().decide(Valid.orThrow(engine.workOrders().validate(facts.governance().workOrders(), "",
        AS_OF)), AS_OF);
  }

  @Test
  void theAssessmentIsWrittenAsTheDecisionSchemaDescribesIt() {
    Decision<WorkOrderAssessment> decision = decide(JSON.readFacts(FACTS));
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      assertEquals(List.of(), JSON.validateDecision(JSON.writeDecision(decision, locale)));
    }
    assertEquals(List.of("order:W2"), decision.value().creditEvents().stream().map(e -> e.event().id()).toList());
    assertEquals("complaint-upheld", decision.value().creditEvents().get(0).event().code());
  }

  @Test
  void theDecisionSchemaDescribesTheFieldsOfEveryWorkOrderResult() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(JSON.schema("decision"));
    Map<String, Class<?>> results = Map.of("workOrderAssessment", WorkOrderAssessment.class, "orderJudgement",
        OrderJudgement.class, "threeRates", ThreeRates.class, "ranking", Ranking.class, "rankEntry", RankEntry.class,
        "complaintEvent", ComplaintEvent.class);
    results.forEach((definition, type) -> {
      List<String> described = new ArrayList<>();
      schema.at("/$defs/" + definition + "/properties").fieldNames().forEachRemaining(described::add);
      assertEquals(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList(), described,
          definition);
    });
  }

  @Test
  void factsAndTheDefaultPresetsWorkOrderParametersRoundTrip() {
    Facts facts = JSON.readFacts(FACTS);
    assertEquals(facts, JSON.readFacts(JSON.writeFacts(facts)));
    GovernancePolicy again = JSON.readPolicy(JSON.writePolicy(POLICY));
    for (var key : WorkOrderParameters.ALL) {
      assertEquals(POLICY.timeline(key), again.timeline(key), key.id());
    }
  }

  @Test
  void aRankingWhoseWeightsDoNotAddUpToOneIsRejectedAtTheValue() {
    String policy = """
        { "id": "t", "jurisdiction": "CN", "version": "1", "description": "",
          "parameters": { "workorder.ranking": [ { "effectiveFrom": "2024-01-01", "source": { "en": "t", "zh": "t" },
            "value": { "responseWeight": "1/2", "resolutionWeight": "2/5", "satisfactionWeight": "2/5",
                       "minimumOrders": 1, "topSize": 10, "bottomSize": 10 } } ] } }
        """;
    InvalidPolicyException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidPolicyException.class,
        () -> JSON.readPolicy(policy));
    assertTrue(e.errors().stream().anyMatch(x -> x.pointer().equals("/parameters/workorder.ranking/0/value")
        && x.message().contains("add up to 1")), e.errors().toString());
  }
}
