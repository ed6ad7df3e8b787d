package io.propgov.governance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.error.InputError;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DecisionTableTests {

  static final TableInput HARDWARE = new TableInput("hardware", "Hardware condition", "硬件条件",
      List.of("good", "average", "poor"));
  static final TableInput PAY = new TableInput("willingness", "Willingness to pay", "缴费意愿", List.of("high", "low"));

  /** Wuhan Jiang'an's rules, shortened to two inputs. */
  static DecisionTable modes(HitPolicy policy, TableRow... rows) {
    return new DecisionTable(List.of(HARDWARE, PAY), List.of(rows), policy);
  }

  static TableRow row(String id, String outcome, Map<String, Set<String>> conditions) {
    return new TableRow(id, conditions, outcome);
  }

  static final TableRow MARKET = row("market", "MARKET", Map.of("hardware", Set.of("good"), "willingness", Set.of("high")));
  static final TableRow WELFARE = row("welfare", "PUBLIC_WELFARE", Map.of("hardware", Set.of("average", "poor")));
  static final TableRow INTERIM = row("interim", "COMMUNITY_INTERIM", Map.of("hardware", Set.of("good"),
      "willingness", Set.of("low")));

  @Nested
  class StaticCheck {

    @Test
    void aCompleteUniqueTableHasNoProblem() {
      assertEquals(List.of(), modes(HitPolicy.UNIQUE, MARKET, WELFARE, INTERIM).check());
    }

    @Test
    void everyCombinationNoRowAnswersIsNamed() {
      List<InputError> errors = modes(HitPolicy.UNIQUE, MARKET, WELFARE).check();
      assertEquals(1, errors.size());
      assertEquals("gap", errors.get(0).code());
      assertEquals("/rows", errors.get(0).pointer());
      assertTrue(errors.get(0).message().startsWith("1 combination(s) of input values match no row:"
          + " {hardware=good, willingness=low}"), errors.get(0).message());
    }

    @Test
    void overlappingRowsAreNamedUnderTheUniqueHitPolicy() {
      TableRow anyGood = row("any-good", "MARKET", Map.of("hardware", Set.of("good")));
      List<InputError> errors = modes(HitPolicy.UNIQUE, MARKET, WELFARE, anyGood).check();
      assertEquals(List.of("/rows/2 overlap"), errors.stream().map(e -> e.pointer() + " " + e.code()).toList());
      assertTrue(errors.get(0).message().contains("rows market and any-good both match"
          + " {hardware=good, willingness=high}"), errors.get(0).message());
    }

    @Test
    void overlapsAreAllowedUnderTheFirstHitPolicy() {
      TableRow fallback = row("fallback", "COMMUNITY_INTERIM", Map.of());
      assertEquals(List.of(), modes(HitPolicy.FIRST, MARKET, WELFARE, fallback).check());
    }

    @Test
    void unknownInputsAndValuesAndDuplicateIdsAreReportedTogether() {
      TableRow typo = row("typo", "MARKET", Map.of("hardwear", Set.of("good")));
      TableRow badValue = row("welfare", "PUBLIC_WELFARE", Map.of("hardware", Set.of("excellent")));
      List<InputError> errors = modes(HitPolicy.UNIQUE, MARKET, WELFARE, typo, badValue).check();
      assertEquals(List.of("/rows/2/conditions/hardwear unknown-input", "/rows/3/id duplicate",
          "/rows/3/conditions/hardware enum"), errors.stream().map(e -> e.pointer() + " " + e.code()).toList());
    }

    @Test
    void gapsBeyondTheListedOnesAreCounted() {
      TableInput many = new TableInput("n", "N", "数", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10",
          "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22"));
      DecisionTable table = new DecisionTable(List.of(many), List.of(row("one", "X", Map.of("n", Set.of("1")))),
          HitPolicy.UNIQUE);
      String message = table.check().get(0).message();
      assertTrue(message.startsWith("21 combination(s)"), message);
      assertTrue(message.contains("; and 1 more."), message);
    }
  }

  @Nested
  class Matching {

    @Test
    void theMatchingRowIsNamed() {
      DecisionTable table = modes(HitPolicy.UNIQUE, MARKET, WELFARE, INTERIM);
      assertEquals("interim", table.match(Map.of("hardware", "good", "willingness", "low")).orElseThrow().id());
      assertEquals("welfare", table.match(Map.of("hardware", "poor", "willingness", "high")).orElseThrow().id());
    }

    @Test
    void theFirstMatchingRowAnswersUnderTheFirstHitPolicy() {
      TableRow fallback = row("fallback", "COMMUNITY_INTERIM", Map.of());
      DecisionTable table = modes(HitPolicy.FIRST, MARKET, fallback, WELFARE);
      assertEquals("fallback", table.match(Map.of("hardware", "poor", "willingness", "high")).orElseThrow().id());
    }

    @Test
    void aGapMatchesNothing() {
      assertTrue(modes(HitPolicy.UNIQUE, MARKET, WELFARE).match(Map.of("hardware", "good", "willingness", "low"))
          .isEmpty());
    }

    @Test
    void aValueTheInputDoesNotTakeIsRejectedNamingTheLegalOnes() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> modes(HitPolicy.UNIQUE, MARKET).match(Map.of("hardware", "excellent", "willingness", "low")));
      assertEquals("input hardware must be one of [good, average, poor], was excellent", e.getMessage());
    }

    @Test
    void twoMatchingRowsUnderTheUniqueHitPolicyAreAnError() {
      TableRow anyGood = row("any-good", "MARKET", Map.of("hardware", Set.of("good")));
      assertThrows(IllegalArgumentException.class, () -> modes(HitPolicy.UNIQUE, MARKET, anyGood)
          .match(Map.of("hardware", "good", "willingness", "high")));
    }
  }
}
