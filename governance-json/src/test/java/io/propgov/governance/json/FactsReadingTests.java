package io.propgov.governance.json;

import static io.propgov.governance.json.Documents4Tests.edited;
import static io.propgov.governance.json.Documents4Tests.errorsOf;
import static io.propgov.governance.json.Documents4Tests.factsErrors;
import static io.propgov.governance.json.Documents4Tests.object;
import static io.propgov.governance.json.Documents4Tests.onlyFactsError;
import static io.propgov.governance.json.Documents4Tests.pointers;
import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.json.Documents4Tests.OneError;
import io.propgov.governance.area.Result;
import io.propgov.governance.engine.EstateAssessment;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.satisfaction.RespondentGroup;
import io.propgov.governance.satisfaction.SurveyAnswer;
import io.propgov.governance.vote.Ballot;
import io.propgov.governance.vote.BallotChoice;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.OwnersVote;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FactsReadingTests {

  private static final String ONE_ESTATE = """
      {
        "asOf": "2024-12-31",
        "estates": [
          {
            "id": "e1",
            "name": "Lakeside Garden",
            "company": { "id": "91420100MA4K", "name": "Good Homes Ltd" },
            "surveyRounds": [
              {
                "id": "2024-H1", "date": "2024-06-30", "households": 3,
                "answers": [
                  { "respondentId": "h1", "group": "HOUSEHOLD", "score": 59.50 },
                  { "respondentId": "h2", "group": "HOUSEHOLD", "score": 61 },
                  { "respondentId": "oc", "group": "OWNERS_COMMITTEE", "score": 70 }
                ]
              }
            ],
            "votes": [
              {
                "id": "v1", "matter": "DISMISS_COMPANY", "date": "2024-09-01",
                "totalOwners": 5, "totalArea": 500.25, "contractNoticeDays": 90,
                "ballots": [
                  { "ownerId": "o1", "area": 100.05, "choice": "FOR" },
                  { "ownerId": "o2", "area": 100, "choice": "FOR" },
                  { "ownerId": "o3", "area": 100, "choice": "AGAINST" },
                  { "ownerId": "o4", "area": 100, "choice": "ABSTAIN" }
                ]
              }
            ]
          }
        ]
      }
      """;

  private static String oneEstate(Consumer<ObjectNode> edit) {
    return edited(ONE_ESTATE, edit);
  }

  @Nested
  class ValidFacts {

    @Test
    void anEstateIsReadWithItsCompanyRoundsAndVotes() {
      Facts facts = JSON.readFacts(ONE_ESTATE);
      Estate estate = facts.estates().get(0);
      OwnersVote vote = estate.votes().get(0);

      assertAll(
          () -> assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), facts.asOfDate()),
          () -> assertEquals("Lakeside Garden", estate.name()),
          () -> assertEquals("Good Homes Ltd", estate.company().name()),
          () -> assertEquals(new SurveyAnswer("h1", RespondentGroup.HOUSEHOLD, new BigDecimal("59.50")),
              estate.surveyRounds().get(0).answers().get(0)),
          () -> assertEquals(3, estate.surveyRounds().get(0).households()),
          () -> assertEquals(Matter.DISMISS_COMPANY, vote.matter()),
          () -> assertEquals(new BigDecimal("500.25"), vote.totalArea()),
          () -> assertEquals(Optional.of(90), vote.contractNotice()),
          () -> assertEquals(new Ballot("o1", new BigDecimal("100.05"), BallotChoice.FOR), vote.ballots().get(0)));
    }

    @Test
    void theDateCompanyRoundsVotesAndNoticeMayBeLeftOut() {
      Facts facts = JSON.readFacts("""
          {"estates": [
            {"id": "e1"},
            {"id": "e2", "votes": [{"id": "v", "matter": "OTHER", "date": "2024-01-01", "totalOwners": 1,
              "totalArea": 1, "ballots": []}]}
          ]}""");

      assertAll(
          () -> assertEquals(Optional.empty(), facts.asOfDate()),
          () -> assertEquals(new Estate("e1", "", null, List.of(), List.of()), facts.estates().get(0)),
          () -> assertEquals(Optional.empty(), facts.estates().get(1).votes().get(0).contractNotice()));
    }

    @Test
    void aFileAStreamAndAStringGiveTheSameFacts(@TempDir Path dir) throws Exception {
      Path file = Files.writeString(dir.resolve("facts.json"), ONE_ESTATE);
      Facts fromString = JSON.readFacts(ONE_ESTATE);

      assertEquals(fromString, JSON.readFacts(file));
      assertEquals(fromString, JSON.readFacts(new ByteArrayInputStream(ONE_ESTATE.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void oneEstateIsReadOnItsOwn() {
      String estate = Documents4Tests.json(ONE_ESTATE).get("estates").get(0).toString();

      assertEquals(JSON.readFacts(ONE_ESTATE).estates().get(0), JSON.readEstate(estate));
    }
  }

  @Nested
  class InvalidFacts {

    static Stream<OneError> invalidFacts() {
      return Stream.of(
          new OneError("a negative area is reported at its exact pointer",
              root -> object(root, "/estates/0/votes/0/ballots/3").put("area", -12.5),
              new InputError("/estates/0/votes/0/ballots/3/area", "exclusiveMinimum", "must be greater than 0, was -12.5")),
          new OneError("an unknown choice lists the legal choices",
              root -> object(root, "/estates/0/votes/0/ballots/1").put("choice", "MAYBE"),
              new InputError("/estates/0/votes/0/ballots/1/choice", "enum",
                  "must be one of FOR, AGAINST, ABSTAIN, was \"MAYBE\"")),
          new OneError("a string for a whole number is a type error, not a binding failure",
              root -> object(root, "/estates/0/surveyRounds/0").put("households", "3"),
              new InputError("/estates/0/surveyRounds/0/households", "type", "must be an integer, was the string \"3\"")),
          new OneError("a missing required field is named at its pointer",
              root -> object(root, "/estates/0/surveyRounds/0/answers/2").remove("respondentId"),
              new InputError("/estates/0/surveyRounds/0/answers/2/respondentId", "required",
                  "'respondentId' is required")),
          new OneError("a date in another form is one error", root -> root.put("asOf", "31/12/2024"),
              new InputError("/asOf", "format",
                  "must be a calendar date in the form YYYY-MM-DD, such as 2024-06-30, was \"31/12/2024\"")),
          new OneError("a property the schema does not name is rejected",
              root -> object(root, "/estates/0/company").put("phone", "110"),
              new InputError("/estates/0/company/phone", "additionalProperties",
                  "'phone' is not allowed here; the properties are id, name, party, qualitySupervisor, partyHead")),
          new OneError("a blank id is rejected", root -> object(root, "/estates/0").put("id", "   "),
              new InputError("/estates/0/id", "minLength", "must not be blank")),
          new OneError("no households is below the minimum",
              root -> object(root, "/estates/0/surveyRounds/0").put("households", 0),
              new InputError("/estates/0/surveyRounds/0/households", "minimum", "must be at least 1, was 0")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFacts")
    void eachIsOneErrorAtItsPointer(OneError invalid) {
      assertEquals(invalid.error(), onlyFactsError(oneEstate(invalid.edit())));
    }

    @Test
    void aDateThatIsNotOnTheCalendarIsRejected() {
      InputError error = onlyFactsError(oneEstate(root -> object(root, "/estates/0/surveyRounds/0").put("date", "2024-02-30")));

      assertEquals("/estates/0/surveyRounds/0/date", error.pointer());
      assertEquals("format", error.code());
    }

    @Test
    void aNumberTooLargeToComputeWithIsRefused() {
      InputError error = onlyFactsError(ONE_ESTATE.replace("\"score\": 61", "\"score\": 6.1e99999999"));

      assertEquals("/estates/0/surveyRounds/0/answers/1/score", error.pointer());
      assertEquals("limit", error.code());
    }

    @Test
    void malformedJsonIsOneSyntaxError() {
      InputError error = onlyFactsError("{\"estates\": [ {\"id\": \"e1\"} }");

      assertEquals("syntax", error.code());
      assertTrue(error.message().contains("line 1, column"), error.message());
    }

    @Test
    void anEstateReadOnItsOwnIsReportedRelativeToItself() {
      String estate = Documents4Tests.json(ONE_ESTATE.replace("\"area\": 100.05", "\"area\": 0"))
          .get("estates").get(0).toString();

      List<InputError> errors = errorsOf(InvalidFactsException.class, () -> JSON.readEstate(estate));

      assertEquals(List.of(new InputError("/votes/0/ballots/0/area", "exclusiveMinimum", "must be greater than 0, was 0")),
          errors);
    }
  }

  @Nested
  class EveryErrorAtOnce {

    @Test
    void errorsInSeveralPlacesAreAllReported() {
      List<InputError> errors = factsErrors(oneEstate(root -> {
        object(root, "/estates/0/company").remove("id");
        object(root, "/estates/0/surveyRounds/0").put("households", "three");
        object(root, "/estates/0/surveyRounds/0/answers/1").put("group", "TENANT");
        object(root, "/estates/0/votes/0/ballots/3").put("area", -1);
        object(root, "/estates/0/votes/0").put("matter", "SELL_ROOF");
      }));

      assertEquals(List.of(
          "/estates/0/company/id",
          "/estates/0/surveyRounds/0/households",
          "/estates/0/surveyRounds/0/answers/1/group",
          "/estates/0/votes/0/matter",
          "/estates/0/votes/0/ballots/3/area"), pointers(errors));
    }

    @Test
    void aRecordsFieldConstraintIsReportedAtItsFieldAlongsideSchemaErrors() {
      List<InputError> errors = factsErrors(oneEstate(root -> {
        object(root, "/estates/0/surveyRounds/0").put("households", -3);
        object(root, "/estates/0/votes/0/ballots/2").put("ownerId", "\u2003");
      }));

      assertEquals(List.of(
          new InputError("/estates/0/surveyRounds/0/households", "minimum", "must be at least 1, was -3"),
          new InputError("/estates/0/votes/0/ballots/2/ownerId", "minLength", "must not be blank")), errors);
    }

    @Test
    void errorsAreInDocumentOrderNotAlphabeticalOrder() {
      ArrayNode estates = Documents4Tests.json("[]").deepCopy();
      for (int i = 0; i < 12; i++) {
        estates.addObject().put("id", i == 2 || i == 10 ? "" : "e" + i);
      }
      ObjectNode root = (ObjectNode) Documents4Tests.json("{}");
      root.set("estates", estates);

      assertEquals(List.of("/estates/2/id", "/estates/10/id"), pointers(factsErrors(root.toString())));
    }
  }

  @Test
  void theEngineReportsFactsReadFromJsonAtTheirDocumentPointers() {
    Facts facts = JSON.readFacts(ONE_ESTATE.replace("\"score\": 70", "\"score\": 170"));
    GovernanceEngine engine = GovernanceEngine.create(JSON.readPolicy(Fixtures.cnDefault()));

    Result<EstateAssessment> result = engine.assessAll(facts.estates(), facts.asOf()).get(0);

    assertFalse(result.isDecided());
    assertEquals(List.of("/estates/0/surveyRounds/0/answers/2/score"), pointers(result.errors()));
    assertNull(facts.estates().get(0).votes().get(0).contractNotice().filter(d -> d != 90).orElse(null));
  }
}
