package io.propgov.governance.json;

import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.engine.UnitReport;
import io.propgov.governance.error.InputError;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.metrics.UnitRates;
import io.propgov.governance.policy.GovernancePolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportWritingTests {

  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  private static final GovernancePolicy POLICY = JSON.readPolicy(Fixtures.wuhanOrg());
  private static final GovernanceEngine ENGINE = GovernanceEngine.create(POLICY);
  private static final Facts FACTS = JSON.readFacts(Fixtures.hierarchyFacts());

  private static Decision<UnitReport> report(String unitId) {
    return ENGINE.report(FACTS.hierarchy(), unitId, AS_OF);
  }

  private static JsonNode written(String unitId, Locale locale) {
    return Documents4Tests.json(JSON.writeReport(report(unitId), locale));
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The element of an array whose member {@code name} is {@code value}. */
  private static JsonNode find(JsonNode array, String name, String value) {
    for (JsonNode element : array) {
      if (element.path(name).asText().equals(value)) {
        return element;
      }
    }
    throw new AssertionError("no element with " + name + " = " + value + " in " + array);
  }

  @Nested
  class Conformance {

    @ParameterizedTest
    @ValueSource(strings = {"sd1", "c1", "e1u", "b1", "c2", "e2u"})
    void theReportOfEveryUnitConformsToTheDecisionSchemaInBothLanguages(String unitId) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
        assertEquals(List.of(), JSON.validateDecision(JSON.writeReport(report(unitId), locale)),
            () -> unitId + " in " + locale);
      }
    }

    @Test
    void everyPartOfAReportWrittenAsADecisionOfItsOwnConformsToTheDecisionSchema() {
      for (Decision<?> part : report("sd1").value().parts()) {
        assertEquals(List.of(), JSON.validateDecision(JSON.writeDecision(part, Locale.ENGLISH)),
            () -> part.value().toString());
      }
    }

    @Test
    void theDecisionSchemaRejectsARatioWithAFieldItDoesNotDescribe() {
      ObjectNode report = (ObjectNode) written("sd1", Locale.ENGLISH);
      ((ObjectNode) report.get("partyCoverage")).put("percent", 75);

      List<InputError> errors = JSON.validateDecision(report.toString());

      assertTrue(errors.stream().anyMatch(e -> e.pointer().startsWith("/partyCoverage")), errors::toString);
    }
  }

  @Nested
  class Shape {

    @Test
    void aReportCarriesPolicyAndDateThenItsFieldsThenHeadlineAndReasons() {
      JsonNode report = written("sd1", Locale.ENGLISH);

      assertAll(
          () -> assertEquals(List.of("policy", "asOf", "unitId", "rates", "partyCoverage", "uncovered", "crossAppointment",
              "coverage", "crossAppointments", "meetings", "matters", "rejected", "headline", "reasons"), names(report)),
          () -> assertEquals("cn-wuhan-org", report.at("/policy/id").asText()),
          () -> assertEquals("2024-12-31", report.get("asOf").asText()),
          () -> assertEquals(report(("sd1")).headline(Locale.ENGLISH), report.get("headline").asText()));
    }

    @Test
    void aRatioIsWrittenWithItsPartsAndItsExactRate() {
      JsonNode report = written("sd1", Locale.ENGLISH);

      assertAll(
          () -> assertEquals(Documents4Tests.json("{\"numerator\": 3, \"denominator\": 4, \"rate\": \"0.75\"}"),
              report.get("partyCoverage")),
          () -> assertEquals(Documents4Tests.json("[\"co2\"]"), report.get("uncovered")),
          () -> assertEquals(Documents4Tests.json("{\"numerator\": 1, \"denominator\": 2, \"rate\": \"0.5\"}"),
              report.get("crossAppointment")),
          () -> assertEquals(Documents4Tests.json(
              "{\"numerator\": 8500.50, \"denominator\": 10000.00, \"rate\": \"0.85005\"}"),
              report.at("/rates/feeCollection")),
          () -> assertEquals("0.2", report.at("/rates/participation/rate").asText()));
    }

    @Test
    void aRatioOfNothingHasNoRate() {
      JsonNode rates = written("c2", Locale.ENGLISH).get("rates");

      assertAll(
          () -> assertEquals(Documents4Tests.json("{\"numerator\": 0, \"denominator\": 0}"), rates.get("feeCollection")),
          () -> assertEquals(Documents4Tests.json("{\"numerator\": 0, \"denominator\": 0}"), rates.get("ratedSatisfactory")),
          () -> assertEquals(Documents4Tests.json("{\"numerator\": 0, \"denominator\": 1, \"rate\": \"0\"}"),
              rates.get("coverage")));
    }

    @Test
    void nestedDecisionsAreFlattenedWithoutPolicyOrDate() {
      JsonNode report = written("sd1", Locale.ENGLISH);

      assertAll(
          () -> assertEquals(List.of("unitId", "estates", "coverage", "professionalCoverage", "committeeCoverage",
              "participation", "feeCollection", "ratedSatisfactory", "headline", "reasons"), names(report.get("rates"))),
          () -> assertEquals(List.of("subjectId", "subject", "fullMembers", "required", "covered", "action", "headline",
              "reasons"), names(report.at("/coverage/0"))),
          () -> assertFalse(report.at("/matters/0").has("policy")),
          () -> assertFalse(report.at("/meetings/0").has("asOf")));
    }

    @Test
    void aMatterOverdueOnTheAsOfDateIsEscalatedOneUnitUp() {
      JsonNode matter = find(written("sd1", Locale.ENGLISH).get("matters"), "matterId", "m2");

      assertAll(
          () -> assertEquals(List.of("matterId", "severity", "severityName", "handlingUnit", "path", "due", "overdue", "escalated",
              "headline", "reasons"), names(matter)),
          () -> assertEquals("sd1", matter.get("handlingUnit").asText()),
          () -> assertEquals(Documents4Tests.json("[\"e2u\", \"c2\", \"sd1\"]"), matter.get("path")),
          () -> assertEquals("2024-11-12", matter.get("due").asText()),
          () -> assertTrue(matter.get("escalated").asBoolean()));
    }

    @Test
    void wordFiguresAreWrittenAsTheWordsTheyAre() {
      JsonNode matter = find(written("sd1", Locale.ENGLISH).get("matters"), "matterId", "m1");
      JsonNode level = matter.at("/reasons/0");

      assertAll(
          () -> assertEquals("org.escalation.level", level.get("rule").asText()),
          () -> assertEquals("small", level.at("/figures/severity").asText()),
          () -> assertEquals("estate", level.at("/figures/lowestLevel").asText()),
          () -> assertEquals("e1u", level.at("/figures/handlingUnit").asText()),
          () -> assertEquals("1", level.at("/figures/steps").asText()),
          () -> assertEquals("WORKING", matter.at("/reasons/1/figures/dayCount").asText()),
          () -> assertEquals("2024-10-08", matter.get("due").asText(), "three working days across National Day"),
          () -> assertFalse(matter.get("overdue").asBoolean()));
    }

    @Test
    void aMeetingNeverHeldHasNoLastOrDueDay() {
      JsonNode meetings = written("sd1", Locale.ENGLISH).get("meetings");
      JsonNode never = find(meetings, "unitId", "c2");
      JsonNode late = find(meetings, "unitId", "c1");

      assertAll(
          () -> assertEquals(List.of("meeting", "meetingName", "unitId", "overdue", "headline", "reasons"), names(never)),
          () -> assertTrue(never.get("overdue").asBoolean()),
          () -> assertEquals("2024-08-01", late.get("lastHeld").asText()),
          () -> assertEquals("2024-11-01", late.get("due").asText()),
          () -> assertTrue(late.get("overdue").asBoolean()),
          () -> assertFalse(find(meetings, "unitId", "sd1").get("overdue").asBoolean()));
    }

    @Test
    void headlinesAndTextsAreInTheRequestedLanguageAndFiguresAreTheSameInBoth() {
      JsonNode english = written("sd1", Locale.ENGLISH);
      JsonNode chinese = written("sd1", Locale.SIMPLIFIED_CHINESE);

      assertEquals(report("sd1").headline(Locale.SIMPLIFIED_CHINESE), chinese.get("headline").asText());
      assertEquals(english.at("/matters/0/reasons/0/figures"), chinese.at("/matters/0/reasons/0/figures"));
      assertEquals(english.get("partyCoverage"), chinese.get("partyCoverage"));
    }
  }

  @Nested
  class Rates {

    private final Map<String, UnitRates> rates = ENGINE.rates(FACTS.hierarchy(), AS_OF);
    private final JsonNode written = Documents4Tests.json(JSON.writeRates(rates, POLICY, AS_OF));

    @Test
    void everyUnitIsWrittenInTheMapsOrderWithEachOfItsRates() {
      List<String> ids = new ArrayList<>();
      written.get("units").forEach(u -> ids.add(u.get("unitId").asText()));

      assertAll(
          () -> assertEquals(List.of("policy", "asOf", "units"), names(written)),
          () -> assertEquals(Documents4Tests.json("{\"id\": \"cn-wuhan-org\", \"version\": \"2026.1\", \"hash\": \""
              + POLICY.contentHash() + "\"}"), written.get("policy")),
          () -> assertTrue(POLICY.contentHash().matches("[0-9a-f]{64}"), "a policy read as JSON names its content"),
          () -> assertEquals("2024-12-31", written.get("asOf").asText()),
          () -> assertEquals(List.copyOf(rates.keySet()), ids),
          () -> assertEquals(List.of("unitId", "estates", "coverage", "professionalCoverage", "committeeCoverage",
              "participation", "feeCollection", "ratedSatisfactory"), names(written.at("/units/0"))));
    }

    @Test
    void aUnitsRatesAreTheRatesOfItsReport() {
      JsonNode community = find(written.get("units"), "unitId", "c1");
      JsonNode inReport = written("c1", Locale.ENGLISH).get("rates");

      for (String rate : List.of("coverage", "professionalCoverage", "committeeCoverage", "participation",
          "feeCollection", "ratedSatisfactory")) {
        assertEquals(inReport.get(rate), community.get(rate), rate);
      }
      assertEquals(1, community.get("estates").asInt());
    }

    @Test
    void aUnitWithoutEstatesHasRatiosOfNothing() {
      JsonNode building = find(written.get("units"), "unitId", "b1");

      assertEquals(0, building.get("estates").asInt());
      assertEquals(Documents4Tests.json("{\"numerator\": 0, \"denominator\": 0}"), building.get("coverage"));
    }
  }
}
