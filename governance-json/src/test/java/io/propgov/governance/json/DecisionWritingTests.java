package io.propgov.governance.json;

import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.area.Result;
import io.propgov.governance.engine.EstateAssessment;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.satisfaction.RespondentGroup;
import io.propgov.governance.satisfaction.RoundRating;
import io.propgov.governance.satisfaction.SurveyAnswer;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.vote.Ballot;
import io.propgov.governance.vote.BallotChoice;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.OwnersVote;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DecisionWritingTests {

  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  private static final GovernancePolicy POLICY = JSON.readPolicy(Fixtures.cnDefault());
  private static final GovernanceEngine ENGINE = GovernanceEngine.create(POLICY);

  private static Decision<EstateAssessment> dismissal() {
    return ENGINE.assess(Fixtures.dismissingEstate(), AS_OF);
  }

  private static JsonNode written(Decision<?> decision, Locale locale) {
    return Documents4Tests.json(JSON.writeDecision(decision, locale));
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Nested
  class Conformance {

    @Test
    void anEstateAssessmentConformsToTheDecisionSchemaInBothLanguages() {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
        assertEquals(List.of(), JSON.validateDecision(JSON.writeDecision(dismissal(), locale)), locale::toString);
      }
    }

    @Test
    void aSatisfactoryEstateWithoutVotesConformsToTheDecisionSchema() {
      Estate satisfied = new Estate("e2", "", null, List.of(round("r1", LocalDate.of(2023, 12, 1), "88")), List.of());

      assertEquals(List.of(), JSON.validateDecision(JSON.writeDecision(ENGINE.assess(satisfied, AS_OF), Locale.ENGLISH)));
    }

    @Test
    void aRoundRatingOnItsOwnConformsToTheDecisionSchema() {
      Decision<RoundRating> rating = ENGINE.satisfaction().rate(round("r1", LocalDate.of(2024, 3, 1), "59.5"), AS_OF);

      assertEquals(List.of(), JSON.validateDecision(JSON.writeDecision(rating, Locale.ENGLISH)));
    }

    @Test
    void theDecisionSchemaRejectsAFieldItDoesNotDescribe() {
      ObjectNode decision = (ObjectNode) written(dismissal(), Locale.ENGLISH);
      ((ObjectNode) decision.get("satisfaction")).put("mood", "grumpy");

      List<InputError> errors = JSON.validateDecision(decision.toString());

      assertFalse(errors.isEmpty());
      assertTrue(errors.stream().anyMatch(e -> e.pointer().startsWith("/satisfaction")), errors::toString);
    }
  }

  @Nested
  class Shape {

    @Test
    void theTopLevelCarriesPolicyAndDateThenTheResultFieldsThenHeadlineAndReasons() {
      JsonNode decision = written(dismissal(), Locale.ENGLISH);

      assertEquals(List.of("policy", "asOf", "estateId", "estateName", "status", "contractEnd", "satisfaction", "votes",
          "headline", "reasons"), names(decision));
      assertEquals("cn-default-fixture", decision.at("/policy/id").asText());
      assertEquals("2026.1", decision.at("/policy/version").asText());
      assertEquals("2024-12-31", decision.get("asOf").asText());
      assertEquals("DISMISSAL_DECIDED", decision.get("status").asText());
      assertEquals("2024-10-31", decision.get("contractEnd").asText());
    }

    @Test
    void nestedDecisionsAreFlattenedWithoutPolicyOrDate() {
      JsonNode satisfaction = written(dismissal(), Locale.ENGLISH).get("satisfaction");

      assertEquals(List.of("rounds", "consecutiveFailures", "failuresRequired", "dismissalMayStart", "headline", "reasons"),
          names(satisfaction));
      assertEquals(List.of("roundId", "date", "status", "score", "householdAnswers", "households", "missingAnswers",
          "headline", "reasons"), names(satisfaction.at("/rounds/0")));
    }

    @Test
    void aReasonNamesWhatItComparedItsFiguresItsSourceAndItsText() {
      Decision<EstateAssessment> decision = dismissal();
      Reason passLine = decision.value().satisfaction().value().rounds().get(0).reason("satisfaction.pass-line")
          .orElseThrow();

      JsonNode reason = written(decision, Locale.ENGLISH).at("/satisfaction/rounds/0/reasons/1");

      assertAll(
          () -> assertEquals(List.of("rule", "outcome", "compared", "figures", "margin", "citation", "text"),
              names(reason)),
          () -> assertEquals("satisfaction.pass-line", reason.get("rule").asText()),
          () -> assertEquals("NOT_MET", reason.get("outcome").asText()),
          () -> assertEquals(Documents4Tests.json(
              "{\"actual\": \"score\", \"comparison\": \"AT_LEAST\", \"threshold\": \"passLine\"}"), reason.get("compared")),
          () -> assertEquals(Documents4Tests.json("{\"score\": \"301/6\", \"passLine\": \"60\"}"), reason.get("figures")),
          () -> assertEquals(List.of("score", "passLine"), names(reason.get("figures"))),
          // 301/6 - 60 points, exactly; points move in no steps, so no flip
          () -> assertEquals(Documents4Tests.json("{\"value\": \"-59/6\", \"unit\": \"POINTS\"}"), reason.get("margin")),
          () -> assertEquals(passLine.citation().en(), reason.at("/citation/en").asText()),
          () -> assertEquals(passLine.citation().zh(), reason.at("/citation/zh").asText()),
          () -> assertEquals(passLine.text(Locale.ENGLISH), reason.get("text").asText()),
          () -> assertTrue(reason.get("text").asText().endsWith("is below the pass line 60; 9.84 points below the pass line"),
              reason.get("text").asText()));
    }

    @Test
    void aVoteReasonWritesItsMarginInOwnersWithTheChangeThatFlipsIt() {
      JsonNode reasons = written(dismissal(), Locale.ENGLISH).at("/votes/0/reasons");
      JsonNode approval = null;
      for (JsonNode r : reasons) {
        if (r.get("rule").asText().startsWith("vote.approval.owners")) {
          approval = r;
        }
      }
      JsonNode margin = approval.get("margin");
      assertEquals("OWNERS", margin.get("unit").asText());
      assertEquals("MET", approval.get("outcome").asText());
      assertEquals("NOT_MET", margin.at("/flip/outcome").asText(), "the flip of a rule met loses it");
      assertTrue(margin.at("/flip/change").asText().startsWith("-"), margin.toString());
      assertFalse(margin.get("value").asText().startsWith("-"), margin.toString());
    }

    @Test
    void aReasonThatComparesNothingHasNoComparedPart() {
      JsonNode notice = written(dismissal(), Locale.ENGLISH).at("/votes/0/reasons/4");

      assertEquals("vote.dismissal-notice", notice.get("rule").asText());
      assertFalse(notice.has("compared"));
      assertEquals("2024-10-31", notice.at("/figures/contractEnd").asText());
    }

    @Test
    void absentValuesAreLeftOut() {
      Estate satisfied = new Estate("e2", "", null, List.of(round("r1", LocalDate.of(2023, 12, 1), "88")), List.of());

      JsonNode decision = written(ENGINE.assess(satisfied, AS_OF), Locale.ENGLISH);

      assertEquals("SATISFACTORY", decision.get("status").asText());
      assertFalse(decision.has("contractEnd"));
      assertFalse(decision.at("/satisfaction/rounds/0").toString().contains("null"));
    }

    @Test
    void exactQuantitiesAreFractionStringsAndDecimalsArePlainNumbers() {
      List<Ballot> ballots = List.of(new Ballot("o1", new BigDecimal("1E+3"), BallotChoice.FOR));
      OwnersVote vote = new OwnersVote("v", Matter.OTHER, LocalDate.of(2024, 5, 1), 1, new BigDecimal("1E+3"), ballots, null);
      Estate estate = new Estate("e3", "", null, List.of(), List.of(vote));

      String text = JSON.writeDecision(ENGINE.assess(estate, AS_OF), Locale.ENGLISH);
      JsonNode decision = Documents4Tests.json(text);

      assertFalse(text.contains("E+3"), text);
      assertTrue(decision.at("/votes/0/votesFor/area").isNumber());
      assertEquals(new BigDecimal("1000"), decision.at("/votes/0/votesFor/area").decimalValue());
      assertEquals("301/6", written(dismissal(), Locale.ENGLISH).at("/satisfaction/rounds/0/score").asText());
    }

    @Test
    void headlinesAndTextsAreRenderedInTheRequestedLanguage() {
      Decision<EstateAssessment> decision = dismissal();

      JsonNode chinese = written(decision, Locale.SIMPLIFIED_CHINESE);
      JsonNode english = written(decision, Locale.ENGLISH);

      assertEquals(Decision.headline(decision.value(), Locale.SIMPLIFIED_CHINESE), chinese.get("headline").asText());
      assertEquals(decision.headline(Locale.ENGLISH), english.get("headline").asText());
      assertTrue(chinese.at("/satisfaction/rounds/0/headline").asText().contains("不合格"),
          chinese.at("/satisfaction/rounds/0/headline").asText());
      assertEquals(english.at("/satisfaction/rounds/0/reasons/1/figures"),
          chinese.at("/satisfaction/rounds/0/reasons/1/figures"));
    }

    @Test
    void theOutputIsIndentedByTwoSpacesWithUnixLineEnds() {
      String text = JSON.writeDecision(dismissal(), Locale.ENGLISH);

      assertTrue(text.startsWith("{\n  \"policy\": {\n    \"id\": \"cn-default-fixture\""), text.substring(0, 60));
      assertFalse(text.contains("\r"));
      assertTrue(text.contains("\"reasons\": []"), "an empty array is written as []");
    }
  }

  @Nested
  class Batches {

    @Test
    void eachEstateGivesItsDecisionOrItsErrorsInOrderWithASummary() {
      Estate invalid = new Estate("bad", "", null,
          List.of(round("r1", LocalDate.of(2024, 1, 1), "170")), List.of());
      List<Result<EstateAssessment>> results = ENGINE.assessAll(List.of(Fixtures.dismissingEstate(), invalid), AS_OF);

      JsonNode batch = Documents4Tests.json(JSON.writeResults(results, POLICY, AS_OF, Locale.ENGLISH));

      assertAll(
          () -> assertEquals(List.of("policy", "asOf", "results", "summary"), names(batch)),
          () -> assertEquals(List.of("index", "estateId", "decision"), names(batch.at("/results/0"))),
          () -> assertEquals(0, batch.at("/results/0/index").asInt()),
          () -> assertEquals("e1", batch.at("/results/0/estateId").asText()),
          () -> assertFalse(batch.at("/results/0/decision").has("policy")),
          () -> assertFalse(batch.at("/results/0/decision").has("asOf")),
          () -> assertEquals("DISMISSAL_DECIDED", batch.at("/results/0/decision/status").asText()),
          () -> assertEquals(List.of("index", "estateId", "errors"), names(batch.at("/results/1"))),
          () -> assertEquals("bad", batch.at("/results/1/estateId").asText()),
          () -> assertEquals("/estates/1/surveyRounds/0/answers/0/score", batch.at("/results/1/errors/0/pointer").asText()),
          () -> assertFalse(batch.at("/results/1/errors/0/code").asText().isEmpty()),
          () -> assertFalse(batch.at("/results/1/errors/0/message").asText().isEmpty()),
          () -> assertEquals(Documents4Tests.json("{\"estates\": 2, \"assessed\": 1, \"rejected\": 1}"),
              batch.get("summary")));
    }

    @Test
    void anEstateDecisionInABatchIsTheStandaloneDecisionWithoutPolicyAndDate() {
      Decision<EstateAssessment> alone = dismissal();
      List<Result<EstateAssessment>> results = List.of(Result.decided(0, "e1", alone));

      ObjectNode standalone = (ObjectNode) written(alone, Locale.ENGLISH);
      standalone.remove(List.of("policy", "asOf"));
      JsonNode inBatch = Documents4Tests.json(JSON.writeResults(results, POLICY, AS_OF, Locale.ENGLISH))
          .at("/results/0/decision");

      assertEquals(standalone, inBatch);
    }
  }

  @Test
  void errorsAreWrittenWithPointerCodeAndMessageInTheOrderGiven() {
    List<InputError> errors = List.of(new InputError("/b", "type", "must be a string"),
        new InputError("", "syntax", "malformed JSON at line 1, column 2: x"));

    JsonNode written = Documents4Tests.json(JSON.writeErrors(errors));

    Iterator<JsonNode> items = written.get("errors").elements();
    for (InputError error : errors) {
      JsonNode item = items.next();
      assertEquals(List.of("pointer", "code", "message"), names(item));
      assertEquals(error, new InputError(item.get("pointer").asText(), item.get("code").asText(),
          item.get("message").asText()));
    }
    assertFalse(items.hasNext());
  }

  private static SurveyRound round(String id, LocalDate date, String householdScore) {
    List<SurveyAnswer> answers = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      answers.add(new SurveyAnswer("h" + i, RespondentGroup.HOUSEHOLD, new BigDecimal(householdScore)));
    }
    return new SurveyRound(id, date, 10, answers);
  }
}
