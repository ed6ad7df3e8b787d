package io.propgov.governance.json;

import static io.propgov.governance.json.Documents4Tests.edited;
import static io.propgov.governance.json.Documents4Tests.errorsOf;
import static io.propgov.governance.json.Documents4Tests.object;
import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.money.Disclosure;
import io.propgov.governance.money.EstateMoney;
import io.propgov.governance.money.FeeLine;
import io.propgov.governance.money.FundAccount;
import io.propgov.governance.money.FundUse;
import io.propgov.governance.money.MaintenanceFund;
import io.propgov.governance.satisfaction.RespondentGroup;
import io.propgov.governance.satisfaction.SurveyAnswer;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.validation.FactsConstraints;
import io.propgov.governance.vote.Ballot;
import io.propgov.governance.vote.BallotChoice;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.OwnersVote;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Five field errors in five places: the same pointers, codes and messages from JSON and from Java. */
class FieldErrorsTests {

  private static final String ESTATE = """
      {
        "asOf": "2024-12-31",
        "estates": [
          {
            "id": "e1",
            "households": 40,
            "surveyRounds": [
              { "id": "2024-H1", "date": "2024-06-30", "households": 3,
                "answers": [ { "respondentId": "h1", "group": "HOUSEHOLD", "score": 80 } ] }
            ],
            "votes": [
              { "id": "v1", "matter": "HIRE_COMPANY", "date": "2024-09-01", "totalOwners": 5, "totalArea": 500,
                "ballots": [ { "ownerId": "o1", "area": 100, "choice": "FOR" } ] },
              { "id": "v2", "matter": "OTHER", "date": "2024-09-02", "totalOwners": 5, "totalArea": 500,
                "ballots": [] }
            ]
          }
        ]
      }
      """;

  private static final List<InputError> FIVE = List.of(
      new InputError("/estates/0/households", "minimum", "must be at least 0, was -5"),
      new InputError("/estates/0/id", "minLength", "must not be blank"),
      new InputError("/estates/0/surveyRounds/0/date", "required", "'date' is required"),
      new InputError("/estates/0/votes/0/ballots/0/area", "exclusiveMinimum", "must be greater than 0, was -3"),
      new InputError("/estates/0/votes/1/id", "required", "'id' is required"));

  private static List<InputError> sorted(List<InputError> errors) {
    return errors.stream().sorted(Comparator.comparing(InputError::pointer).thenComparing(InputError::code)).toList();
  }

  @Test
  void jsonReportsTheFiveAtOnce() {
    String json = edited(ESTATE, root -> {
      object(root, "/estates/0").put("id", " ").put("households", -5);
      object(root, "/estates/0/surveyRounds/0").remove("date");
      object(root, "/estates/0/votes/0/ballots/0").put("area", -3);
      object(root, "/estates/0/votes/1").remove("id");
    });

    assertEquals(FIVE, sorted(errorsOf(InvalidFactsException.class, () -> JSON.readFacts(json))));
  }

  @Test
  void javaReportsTheSameFiveThroughTheEngineAndBothExecutors() {
    LocalDate held = LocalDate.of(2024, 9, 1);
    Estate estate = Estate.builder().id(" ").households(-5)
        .addSurveyRounds(new SurveyRound("2024-H1", null, 3,
            List.of(new SurveyAnswer("h1", RespondentGroup.HOUSEHOLD, BigDecimal.valueOf(80)))))
        .addVotes(new OwnersVote("v1", Matter.HIRE_COMPANY, held, 5, BigDecimal.valueOf(500),
            List.of(new Ballot("o1", BigDecimal.valueOf(-3), BallotChoice.FOR)), null))
        .addVotes(new OwnersVote(null, Matter.OTHER, held.plusDays(1), 5, BigDecimal.valueOf(500), List.of(), null))
        .build();
    GovernanceEngine engine = GovernanceEngine.create(JSON.readPolicy(Fixtures.cnDefault()));

    assertEquals(FIVE, sorted(io.propgov.governance.area.Valid.errors(
        engine.validate(estate, "/estates/0", LocalDate.of(2024, 12, 31)))));
    assertEquals(FIVE, FactsConstraints.fast().check(estate, "/estates/0"));
    assertEquals(FIVE, FactsConstraints.beanValidation().check(estate, "/estates/0"));
  }

  @Test
  void textBlankInUnicodesSenseIsCaughtWhereTheSchemaCannotSay() {
    String blank = edited(ESTATE, root -> object(root, "/estates/0/votes/0/ballots/0").put("ownerId", "\u2003"));

    JSON.readFacts(ESTATE);
    assertEquals(List.of(new InputError("/estates/0/votes/0/ballots/0/ownerId", "minLength", "must not be blank")),
        errorsOf(InvalidFactsException.class, () -> JSON.readFacts(blank)));
  }

  private static final String HANDOVER = """
      {
        "estates": [ { "id": "e1" } ],
        "contracts": [ { "id": "c1", "estateId": "e1", "termEnd": "2024-03-31", "contractNoticeDays": 30 } ],
        "modeVotes": [ { "estateId": "e1", "proposedMode": "MARKET",
          "vote": { "id": "mv1", "matter": "HIRE_COMPANY", "date": "2024-09-01", "totalOwners": 5, "totalArea": 500,
            "ballots": [ { "ownerId": "o1", "area": 100, "choice": "FOR" } ] } } ]
      }
      """;

  private static final List<InputError> HANDOVER_ERRORS = List.of(
      new InputError("/contracts/0/contractNoticeDays", "minimum", "must be at least 0, was -1"),
      new InputError("/contracts/0/id", "minLength", "must not be blank"),
      new InputError("/modeVotes/0/estateId", "minLength", "must not be blank"),
      new InputError("/modeVotes/0/vote/ballots/0/area", "exclusiveMinimum", "must be greater than 0, was -3"));

  @Test
  void contractsAndModeVotesGiveTheSameErrorsFromJsonAndFromJava() {
    String json = edited(HANDOVER, root -> {
      object(root, "/contracts/0").put("id", " ").put("contractNoticeDays", -1);
      object(root, "/modeVotes/0").put("estateId", " ");
      object(root, "/modeVotes/0/vote/ballots/0").put("area", -3);
    });
    assertEquals(HANDOVER_ERRORS, sorted(errorsOf(InvalidFactsException.class, () -> JSON.readFacts(json))));

    io.propgov.governance.engine.GovernanceFacts facts = io.propgov.governance.engine.GovernanceFacts.builder()
        .addEstates(Estate.builder().id("e1").build())
        .addContracts(io.propgov.governance.contract.ServiceContract.builder().id(" ").estateId("e1")
            .termEnd(LocalDate.of(2024, 3, 31)).contractNoticeDays(-1).build())
        .addModeVotes(new io.propgov.governance.mode.ModeVote(" ", io.propgov.governance.service.ServiceMode.MARKET,
            new OwnersVote("mv1", Matter.HIRE_COMPANY, LocalDate.of(2024, 9, 1), 5, BigDecimal.valueOf(500),
                List.of(new Ballot("o1", BigDecimal.valueOf(-3), BallotChoice.FOR)), null)))
        .build();
    assertEquals(HANDOVER_ERRORS, FactsConstraints.fast().check(facts, ""));
    assertEquals(HANDOVER_ERRORS, FactsConstraints.beanValidation().check(facts, ""));
  }

  private static final String MONEY = """
      {
        "asOf": "2024-12-31",
        "estates": [],
        "money": [
          {
            "estateId": "e1",
            "disclosures": [ { "item": "SERVICE_ITEMS", "period": "2024-06-30", "publishedOn": "2024-07-01" } ],
            "fees": [ { "item": "service", "published": 0.45, "charged": 0.45 } ],
            "fund": { "constructionCost": 2000,
              "accounts": [ { "ownerId": "o1", "area": 90, "balance": 1000.00 } ],
              "uses": [ { "id": "u1", "date": "2024-05-01", "amount": 100 } ] }
          }
        ]
      }
      """;

  private static final List<InputError> MONEY_FIVE = List.of(
      new InputError("/money/0/disclosures/0/publishedOn", "required", "'publishedOn' is required"),
      new InputError("/money/0/estateId", "minLength", "must not be blank"),
      new InputError("/money/0/fees/0/charged", "minimum", "must be at least 0, was -0.01"),
      new InputError("/money/0/fund/accounts/0/balance", "multipleOf", "must be a whole number of fen (at most two decimals), was 1000.005"),
      new InputError("/money/0/fund/uses/0/amount", "exclusiveMinimum", "must be greater than 0, was 0"));

  @Test
  void moneyFactsGiveTheSameFiveFromJsonAndFromJava() {
    String json = edited(MONEY, root -> {
      object(root, "/money/0").put("estateId", " ");
      object(root, "/money/0/disclosures/0").remove("publishedOn");
      object(root, "/money/0/fees/0").put("charged", new BigDecimal("-0.01"));
      object(root, "/money/0/fund/accounts/0").put("balance", new BigDecimal("1000.005"));
      object(root, "/money/0/fund/uses/0").put("amount", 0);
    });
    List<InputError> fromJson = sorted(errorsOf(InvalidFactsException.class, () -> JSON.readFacts(json)));

    EstateMoney money = new EstateMoney(" ", null, null,
        List.of(new Disclosure("SERVICE_ITEMS", LocalDate.of(2024, 6, 30), null, null)),
        List.of(new FeeLine(null, "service", null, new BigDecimal("0.45"), new BigDecimal("-0.01"))),
        new MaintenanceFund(BigDecimal.valueOf(2000),
            List.of(new FundAccount("o1", BigDecimal.valueOf(90), null, new BigDecimal("1000.005"))),
            List.of(new FundUse("u1", LocalDate.of(2024, 5, 1), BigDecimal.ZERO, null, null, List.of()))), List.of(),
        null);
    GovernanceEngine engine = GovernanceEngine.create(JSON.preset("cn-default").policy());
    List<InputError> fromJava = sorted(io.propgov.governance.area.Valid.errors(
        engine.money().validate(money, "/money/0", LocalDate.of(2024, 12, 31))));

    assertEquals(MONEY_FIVE.stream().map(e -> e.pointer() + " " + e.code()).toList(),
        fromJson.stream().map(e -> e.pointer() + " " + e.code()).toList());
    assertEquals(fromJson, fromJava);
    assertEquals(fromJava, FactsConstraints.fast().check(money, "/money/0"));
    assertEquals(fromJava, FactsConstraints.beanValidation().check(money, "/money/0"));
  }

  private static final List<InputError> OWNERS = List.of(
      new InputError("/owners/0/committee/members/0/name", "required", "'name' is required"),
      new InputError("/owners/0/deliveries/0/area", "exclusiveMinimum", "must be greater than 0, was -1"),
      new InputError("/owners/0/estateId", "minLength", "must not be blank"),
      new InputError("/owners/0/managementCommittee/formed", "required", "'formed' is required"),
      new InputError("/owners/0/totalArea", "exclusiveMinimum", "must be greater than 0, was 0"));

  @Test
  void ownersOrganisationErrorsAreTheSameFromJsonAndFromJava() {
    String json = """
        { "estates": [ { "id": "e1" } ],
          "owners": [ { "estateId": " ", "totalArea": 0,
            "deliveries": [ { "date": "2024-01-01", "area": -1 } ],
            "firstAssembly": "2024-03-01",
            "committee": { "elected": "2024-03-01", "members": [ { "partyMember": true } ] },
            "managementCommittee": { } } ] }
        """;
    assertEquals(OWNERS, sorted(errorsOf(InvalidFactsException.class, () -> JSON.readFacts(json))));

    LocalDate day = LocalDate.of(2024, 3, 1);
    io.propgov.governance.owners.EstateOwners owners = io.propgov.governance.owners.EstateOwners.builder()
        .estateId(" ").totalArea(BigDecimal.ZERO)
        .deliveries(List.of(new io.propgov.governance.owners.Delivery(day.minusMonths(2), BigDecimal.valueOf(-1))))
        .firstAssembly(day)
        .committee(new io.propgov.governance.owners.OwnersCommittee(day,
            List.of(new io.propgov.governance.owners.CommitteeMember(null, true, false))))
        .managementCommittee(new io.propgov.governance.owners.PropertyManagementCommittee(null)).build();
    assertEquals(OWNERS, FactsConstraints.fast().check(owners, "/owners/0"));
    assertEquals(OWNERS, FactsConstraints.beanValidation().check(owners, "/owners/0"));
    GovernanceEngine engine = GovernanceEngine.create(JSON.presetPolicy("cn-default"));
    assertEquals(OWNERS, sorted(io.propgov.governance.area.Valid.errors(
        engine.owners().validate(owners, "/owners/0", LocalDate.of(2024, 12, 31)))));
  }

  private static final String ORDERS = """
      {
        "orders": [
          { "id": " ", "source": "HOTLINE_12345", "category": "repair", "unitId": "e1", "receivedOn": "2024-03-01" },
          { "id": "W2", "source": "SERVICE_STATION", "category": "repair", "unitId": "e1" },
          { "id": "W3", "source": "OWNERS_COMMITTEE", "category": "repair", "unitId": "e1", "receivedOn": "2024-03-05",
            "closedOn": "2024-03-04" }
        ]
      }
      """;

  @Test
  void workOrdersReportTheSameFieldErrorsFromJsonAndFromJava() {
    List<InputError> json = sorted(errorsOf(InvalidFactsException.class, () -> JSON.readFacts(ORDERS)));
    io.propgov.governance.workorder.WorkOrderFacts facts = new io.propgov.governance.workorder.WorkOrderFacts(
        List.of(), List.of(
            io.propgov.governance.workorder.WorkOrder.builder().id(" ")
                .source(io.propgov.governance.workorder.OrderSource.HOTLINE_12345).category("repair").unitId("e1")
                .receivedOn(LocalDate.of(2024, 3, 1)).build(),
            io.propgov.governance.workorder.WorkOrder.builder().id("W2")
                .source(io.propgov.governance.workorder.OrderSource.SERVICE_STATION).category("repair").unitId("e1")
                .build(),
            io.propgov.governance.workorder.WorkOrder.builder().id("W3")
                .source(io.propgov.governance.workorder.OrderSource.OWNERS_COMMITTEE).category("repair").unitId("e1")
                .receivedOn(LocalDate.of(2024, 3, 5)).closedOn(LocalDate.of(2024, 3, 4)).build()));
    assertEquals(3, json.size(), json.toString());
    assertEquals(List.of("/orders/0/id", "/orders/1/receivedOn", "/orders/2/closedOn"),
        json.stream().map(InputError::pointer).toList());
    assertEquals(json, sorted(FactsConstraints.fast().check(facts, "")));
    assertEquals(json, sorted(FactsConstraints.beanValidation().check(facts, "")));
  }
}
