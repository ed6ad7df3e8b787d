package io.propgov.governance.json;

import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.propgov.governance.area.Result;
import io.propgov.governance.engine.AreaStatus;
import io.propgov.governance.engine.EstateReport;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.subsidy.Allocation;
import io.propgov.governance.subsidy.AllocationShare;
import io.propgov.governance.subsidy.Award;
import io.propgov.governance.subsidy.CostSplit;
import io.propgov.governance.subsidy.HouseholdShare;
import io.propgov.governance.subsidy.Score;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The whole-estate assessment of the bundled sample data, written and held to the decision schema. */
class WholeEstateJsonTests {

  private static final Path EXAMPLES = Path.of("../governance-examples/src/main/resources/io/propgov/governance/examples");
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  private static final GovernanceEngine ENGINE = GovernanceEngine.create(
      JSON.presetPolicy(GovernanceJson.DEFAULT_PRESET));
  private static final Facts FACTS = JSON.readFacts(EXAMPLES.resolve("samples/estates.json"));

  @Test
  void everyWrittenReportAllocationAndSplitFollowsTheDecisionSchema() {
    List<Result<EstateReport>> results = ENGINE.assessEstates(FACTS.governance(), AS_OF);
    assertEquals(FACTS.estates().size(), results.size());
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      for (Result<EstateReport> result : results) {
        Decision<EstateReport> report = result.decision();
        assertEquals(List.of(), JSON.validateDecision(JSON.writeDecision(report, locale)), report.value().estateId());
      }
      for (Decision<Allocation> allocation : ENGINE.allocate(ENGINE.awardAll(FACTS.applications(), FACTS.estates(),
          FACTS.companies(), AS_OF), AS_OF)) {
        assertEquals(List.of(), JSON.validateDecision(JSON.writeDecision(allocation, locale)));
      }
      for (Result<CostSplit> split : ENGINE.splitAll(FACTS.costShares(), AS_OF)) {
        Decision<CostSplit> decision = split.decision();
        assertEquals(List.of(), JSON.validateDecision(JSON.writeDecision(decision, locale)));
      }
    }
  }

  @Test
  void theReportsAreWrittenOnePerEstateWithTheirAreas() throws IOException {
    JsonNode written = new ObjectMapper().readTree(JSON.writeEstateReports(
        ENGINE.assessEstates(FACTS.governance(), AS_OF), ENGINE.policy(), AS_OF, Locale.ENGLISH));
    assertEquals(6, written.path("estates").size());
    assertEquals(6, written.at("/summary/reported").asInt());
    JsonNode hanyang = written.at("/estates/5/decision");
    assertEquals("WH-HY-0150", hanyang.path("estateId").asText());
    assertEquals("CREDIT", hanyang.at("/areas/4/area").asText());
    assertTrue(hanyang.at("/credit/blacklist/listed").asBoolean(), hanyang.toString());
    assertEquals("subsidy.credit", hanyang.at("/subsidies/0/unmet/0").asText());
  }

  @Test
  void theDecisionSchemaDescribesTheFieldsOfEveryWholeEstateAndSubsidyResult() throws IOException {
    JsonNode decision = new ObjectMapper().readTree(JSON.schema("decision"));
    Map<String, Class<?>> results = Map.of("estateReport", EstateReport.class, "areaStatus", AreaStatus.class,
        "award", Award.class, "score", Score.class, "allocation", Allocation.class, "allocationShare",
        AllocationShare.class, "costSplit", CostSplit.class, "householdShare", HouseholdShare.class, "contractStatus",
        io.propgov.governance.contract.ContractStatus.class, "modeVoteResult", io.propgov.governance.mode.ModeVoteResult.class);
    results.forEach((definition, type) -> {
      List<String> described = new ArrayList<>();
      decision.at("/$defs/" + definition + "/properties").fieldNames().forEachRemaining(described::add);
      assertEquals(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList(), described,
          definition);
    });
  }
}
