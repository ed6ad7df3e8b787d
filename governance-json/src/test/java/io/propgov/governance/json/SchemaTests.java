package io.propgov.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import io.propgov.governance.engine.EstateStatus;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.engine.UnitReport;
import io.propgov.governance.estate.CommitteeKind;
import io.propgov.governance.estate.PartyForm;
import io.propgov.governance.metrics.MetricsParameters;
import io.propgov.governance.org.CoverageAction;
import io.propgov.governance.org.CoverageSubject;
import io.propgov.governance.org.CrossAppointment;
import io.propgov.governance.org.DayCount;
import io.propgov.governance.org.MeetingStatus;
import io.propgov.governance.org.PartyCoverage;
import io.propgov.governance.org.Routing;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.satisfaction.InvalidRoundHandling;
import io.propgov.governance.satisfaction.RespondentGroup;
import io.propgov.governance.satisfaction.RoundStatus;
import io.propgov.governance.vote.ApprovalBase;
import io.propgov.governance.vote.BallotChoice;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.service.DutyStatus;
import io.propgov.governance.service.HitPolicy;
import io.propgov.governance.service.ModeChoice;
import io.propgov.governance.service.NeedCounts;
import io.propgov.governance.service.Responsibility;
import io.propgov.governance.service.ServiceAssessment;
import io.propgov.governance.service.ServiceNeed;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SchemaTests {

  /** The form of an id a policy defines (an arrears action, a consequence, a service mode): the core's. */
  private static final String DEFINED_ID = "^[A-Z][A-Z0-9_]*$";

  private static JsonNode schema(String name) {
    return Documents4Tests.json(GovernanceJson.schema(name));
  }

  private static List<String> enumOf(JsonNode node) {
    List<String> values = new ArrayList<>();
    node.get("enum").forEach(v -> values.add(v.asText()));
    return values;
  }

  private static List<String> names(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).toList();
  }

  /** Calls {@code visit} with every schema node below {@code node} and its JSON Pointer. */
  private static void walk(JsonNode node, String pointer, BiConsumer<String, JsonNode> visit) {
    if (node.isObject()) {
      visit.accept(pointer, node);
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        walk(field.getValue(), pointer + "/" + field.getKey(), visit);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, visit);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"policy", "facts", "decision"})
  void eachSchemaIsPublishedByNameAndFileNameWithItsId(String name) {
    JsonNode schema = schema(name);

    assertEquals("https://propgov.io/schema/" + name + ".schema.json", schema.get("$id").asText());
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    assertEquals(GovernanceJson.schema(name), GovernanceJson.schema(name + ".schema.json"));
  }

  @Test
  void anUnknownSchemaNameIsRefusedNamingTheSchemas() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GovernanceJson.schema("estate"));

    assertTrue(e.getMessage().contains("policy, facts, decision"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"policy", "facts", "decision"})
  void everyPropertyIsDescribed(String name) {
    List<String> undescribed = new ArrayList<>();
    walk(schema(name), "", (pointer, node) -> {
      JsonNode properties = node.get("properties");
      if (properties != null && properties.isObject() && !pointer.endsWith("/items")) {
        properties.fields().forEachRemaining(p -> {
          if (!p.getValue().has("description")) {
            undescribed.add(pointer + "/properties/" + p.getKey());
          }
        });
      }
    });

    assertEquals(List.of(), undescribed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"policy", "facts"})
  void everyInputObjectIsClosed(String name) {
    List<String> open = new ArrayList<>();
    walk(schema(name), "", (pointer, node) -> {
      // A map keyed by codes (measured figures, mode inputs, buildings) is closed by typing its values;
      // which codes are legal depends on the policy, and the core names the unknown ones.
      boolean typedMap = node.path("additionalProperties").isObject() && !node.has("properties");
      if (node.path("type").asText().equals("object") && !node.path("additionalProperties").isBoolean() && !typedMap) {
        open.add(pointer);
      }
    });

    assertEquals(List.of(), open);
  }

  @Test
  void thePolicySchemaDescribesExactlyTheParametersOfTheEngine() {
    List<String> described = new ArrayList<>();
    schema("policy").at("/properties/parameters/properties").fieldNames().forEachRemaining(described::add);

    assertEquals(GovernanceEngine.parameters().stream().map(ParameterKey::id).toList(), described);
  }

  static Stream<Arguments> enumsOfTheCore() {
    return Stream.of(
        arguments(InvalidRoundHandling.class, "policy", "/$defs/invalidRoundHandling"),
        arguments(ApprovalBase.class, "policy", "/$defs/voteRule/properties/approvalBase"),
        arguments(Matter.class, "policy", "/$defs/matter"),
        arguments(RespondentGroup.class, "facts", "/$defs/answer/properties/group"),
        arguments(Matter.class, "facts", "/$defs/vote/properties/matter"),
        arguments(BallotChoice.class, "facts", "/$defs/ballot/properties/choice"),
        arguments(EstateStatus.class, "decision", "/$defs/estateAssessment/properties/status"),
        arguments(RoundStatus.class, "decision", "/$defs/roundRating/properties/status"),
        arguments(Matter.class, "decision", "/$defs/voteResult/properties/matter"),
        arguments(Outcome.class, "decision", "/$defs/reason/properties/outcome"),
        arguments(Comparison.class, "decision", "/$defs/reason/properties/compared/properties/comparison"),
        arguments(DayCount.class, "policy", "/$defs/dayCount"),
        arguments(PartyForm.class, "facts", "/$defs/party/properties/organisation"),
        arguments(CommitteeKind.class, "facts", "/$defs/committee/properties/kind"),
        arguments(PartyForm.class, "decision", "/$defs/partyForm"),
        arguments(CoverageSubject.class, "decision", "/$defs/partyCoverage/properties/subject"),
        arguments(CoverageAction.class, "decision", "/$defs/partyCoverage/properties/action"));
  }

  @ParameterizedTest(name = "{0} in {1} at {2}")
  @MethodSource("enumsOfTheCore")
  void theEnumsOfTheSchemasAreTheEnumsOfTheCore(Class<? extends Enum<?>> type, String schema, String pointer) {
    assertEquals(names(type.getEnumConstants()), enumOf(schema(schema).at(pointer)));
  }

  @Test
  void theGroupWeightsNameTheRespondentGroupsAndAServiceModeIsADefinedId() {
    assertEquals(names(RespondentGroup.values()),
        List.copyOf(fieldNames(schema("policy").at("/$defs/groupWeights/properties"))));
    assertEquals(DEFINED_ID, schema("facts").at("/$defs/estate/properties/serviceMode/pattern").asText());
  }

  @Test
  void theDecisionSchemaDescribesTheFieldsOfEveryOrganisationResult() {
    JsonNode decision = schema("decision");
    Map<String, Class<?>> results = Map.of("unitReport", UnitReport.class,
        "partyCoverage", PartyCoverage.class, "crossAppointment", CrossAppointment.class,
        "meetingStatus", MeetingStatus.class, "routing", Routing.class);

    results.forEach((definition, type) -> assertEquals(
        Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList(),
        fieldNames(decision.at("/$defs/" + definition + "/properties")), definition));
  }

  @Test
  void theDecisionSchemaDescribesTheRatesThePresetsDefineAndTakesAnyOtherAsARatio() {
    JsonNode rates = schema("decision").at("/$defs/unitRates");
    List<String> keys = new java.util.ArrayList<>(List.of("policy", "asOf", "headline", "reasons", "unitId", "estates"));
    GovernanceJson.create().presetPolicy("cn-default").valueAt(MetricsParameters.RATES, java.time.LocalDate.of(2024, 12, 31))
        .value().rates().forEach(r -> keys.add(r.key()));
    assertEquals(keys, fieldNames(rates.at("/properties")), "the decision's and every unit's fields, then the presets' rates");
    assertEquals("[\"unitId\",\"estates\"]", rates.at("/required").toString());
    assertEquals("#/$defs/ratio", rates.at("/additionalProperties/$ref").asText(), "a city's own rate is a ratio");
  }

  @Test
  void theDecisionSchemaDescribesTheFieldsOfEveryServiceResult() {
    JsonNode decision = schema("decision");
    Map<String, Class<?>> results = Map.of("serviceAssessment", ServiceAssessment.class, "needCounts",
        NeedCounts.class, "modeChoice", ModeChoice.class, "dutyStatus", DutyStatus.class);

    results.forEach((definition, type) -> assertEquals(
        Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList(),
        fieldNames(decision.at("/$defs/" + definition + "/properties")), definition));
    assertEquals(names(ServiceNeed.values()), enumOf(decision.at("/$defs/serviceAssessment/properties/need")));
    assertEquals(DEFINED_ID, decision.at("/$defs/modeChoice/properties/recommended/pattern").asText());
    assertEquals(names(HitPolicy.values()), enumOf(schema("policy").at("/$defs/decisionTable/properties/hitPolicy")));
    assertEquals(names(Responsibility.values()),
        enumOf(schema("facts").at("/$defs/coManagement/properties/items/additionalProperties")));
  }

  @Test
  void theDecisionSchemaDescribesTheFieldsOfEveryCreditResult() {
    JsonNode decision = schema("decision");
    Map<String, Class<?>> results = Map.of("creditAssessment", io.propgov.governance.credit.CreditAssessment.class,
        "contribution", io.propgov.governance.credit.Contribution.class,
        "cycleGrade", io.propgov.governance.credit.CycleGrade.class,
        "blacklistStatus", io.propgov.governance.credit.BlacklistStatus.class,
        "listing", io.propgov.governance.credit.Listing.class,
        "consequencesInForce", io.propgov.governance.credit.ConsequencesInForce.class,
        "consequenceInForce", io.propgov.governance.credit.ConsequenceInForce.class,
        "arrearsAssessment", io.propgov.governance.credit.ArrearsAssessment.class);

    results.forEach((definition, type) -> assertEquals(
        Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList(),
        fieldNames(decision.at("/$defs/" + definition + "/properties")), definition));
    assertEquals(DEFINED_ID, decision.at("/$defs/consequenceInForce/properties/consequence/pattern").asText());
    assertEquals(DEFINED_ID, decision.at("/$defs/arrearsAssessment/properties/nextStep/pattern").asText());
    assertEquals(DEFINED_ID, schema("policy").at("/$defs/definedId/pattern").asText());
    assertEquals(DEFINED_ID, schema("facts").at("/$defs/arrearsAction/pattern").asText());
  }

  @Test
  void areasMustBePositiveAndCountsAtLeastOne() {
    JsonNode facts = schema("facts");

    assertEquals(0, facts.at("/$defs/ballot/properties/area/exclusiveMinimum").asInt());
    assertEquals(0, facts.at("/$defs/vote/properties/totalArea/exclusiveMinimum").asInt());
    assertEquals(1, facts.at("/$defs/vote/properties/totalOwners/minimum").asInt());
    assertEquals(1, facts.at("/$defs/surveyRound/properties/households/minimum").asInt());
    assertFalse(facts.at("/$defs/answer/properties/score").has("minimum"), "the scale is the policy's to check");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
