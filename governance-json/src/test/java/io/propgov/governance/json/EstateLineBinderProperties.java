package io.propgov.governance.json;

import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.estate.Estate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fast road for estate lines ({@link EstateLineBinder}) gives the estate the usual read gives,
 * and takes no line the usual read rejects, whatever the edit of a sound line.
 */
class EstateLineBinderProperties {

  private static final EstateLineBinder BINDER = new EstateLineBinder(
      new Documents(Mappers.create()).quickFactory(), Documents4Tests.tree(Schemas.text("facts")));

  /** What the usual read gives: the estate, or null when it rejects the line. */
  private static Estate usually(String line) {
    try {
      return JSON.readEstateUsually(line);
    } catch (InvalidFactsException e) {
      return null;
    }
  }

  @Test
  void soundLinesTakeTheFastRoadToTheSameEstate() {
    for (String line : Fixtures.ESTATE_LINES) {
      Estate estate = BINDER.bind(line);
      assertNotNull(estate, line);
      assertEquals(JSON.readEstateUsually(line), estate);
      assertEquals(estate, JSON.readEstate(line));
    }
  }

  @Test
  void linesTheSchemaOrParserRejectAreLeftToTheUsualRead() {
    String line = Fixtures.ESTATE_LINES.get(1);
    for (String bad : List.of("", " ", "null", "[]", line + " {}", line.replace("{\"id\":\"E1\"", "{\"id\":\"E1\",\"id\":\"E2\""),
        line.replace("\"id\":\"E1\"", "\"id\":\" \""), line.replace("\"name\":\"Estate 1\"", "\"name\":null"),
        line.replace("\"households\":120", "\"households\":120.0"), line.replace("\"households\":120", "\"households\":1e2"),
        line.replace("\"billed\":1000.50", "\"billed\":1." + "0".repeat(40)))) {
      assertNull(BINDER.bind(bad), bad);
    }
  }

  @Test
  void whatTheFastRoadTakesTheUsualReadTakesToTheSameEstate() {
    Tally tally = new Tally();
    qt().withExamples(2000).forAll(Generators.editedEstateLine()).checkAssert(edited -> {
      String line = edited.value();
      Estate fast = BINDER.bind(line);
      Estate usual = usually(line);
      tally.count(fast != null ? "fast" : "usual", usual != null ? "sound" : "rejected");
      if (fast != null) {
        assertEquals(usual, fast, line);
      }
    });
    // the edits reach both roads: lines the binder takes, lines it leaves to the usual read
    tally.assertAtLeast("fast", 5);
    tally.assertAtLeast("usual", 20);
  }

  /**
   * The binder is written for the estate of {@code facts.schema.json} as it stands: a change to
   * these definitions (descriptions aside) must be followed in {@link EstateLineBinder}, then here.
   */
  @Test
  void theSchemaIsTheOneTheBinderWasWrittenFor() {
    JsonNode defs = Documents4Tests.tree(Schemas.text("facts")).path("$defs");
    StringBuilder shape = new StringBuilder();
    for (String def : List.of("text", "date", "estate", "company", "party", "fees", "committee", "surveyRound",
        "answer", "vote", "ballot")) {
      shape.append(def).append('=').append(strip(defs.get(def).deepCopy())).append('\n');
    }
    assertEquals(EXPECTED_SHAPE, shape.toString());
  }

  private static JsonNode strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove("description");
      object.forEach(EstateLineBinderProperties::strip);
    }
    return node;
  }

  private static final String EXPECTED_SHAPE = ""
      + "text={\"type\":\"string\",\"minLength\":1,\"pattern\":\"[^\\\\t-\\\\r\\\\u001C-\\\\u001F \\\\u1680\\\\u2000-\\\\u2006\\\\u2008-\\\\u200A\\\\u2028\\\\u2029\\\\u205F\\\\u3000]\"}\n"
      + "date={\"type\":\"string\",\"format\":\"date\",\"pattern\":\"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\"}\n"
      + "estate={\"type\":\"object\",\"required\":[\"id\"],\"additionalProperties\":false,\"properties\":{\"id\":{\"$ref\":\"#/$defs/text\"},\"name\":{\"type\":\"string\"},\"unitId\":{\"$ref\":\"#/$defs/text\"},\"households\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":2147483647},\"serviceMode\":{\"type\":\"string\",\"pattern\":\"^[A-Z][A-Z0-9_]*$\"},\"fees\":{\"$ref\":\"#/$defs/fees\"},\"company\":{\"$ref\":\"#/$defs/company\"},\"committee\":{\"$ref\":\"#/$defs/committee\"},\"surveyRounds\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/surveyRound\"}},\"votes\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/vote\"}},\"service\":{\"$ref\":\"#/$defs/service\"}}}\n"
      + "company={\"type\":\"object\",\"required\":[\"id\"],\"additionalProperties\":false,\"properties\":{\"id\":{\"$ref\":\"#/$defs/text\"},\"name\":{\"type\":\"string\"},\"party\":{\"$ref\":\"#/$defs/party\"},\"qualitySupervisor\":{\"$ref\":\"#/$defs/text\"},\"partyHead\":{\"$ref\":\"#/$defs/text\"}}}\n"
      + "party={\"type\":\"object\",\"required\":[\"fullMembers\"],\"additionalProperties\":false,\"properties\":{\"fullMembers\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":2147483647},\"organisation\":{\"type\":\"string\",\"enum\":[\"JOINT_BRANCH_OR_INSTRUCTOR\",\"BRANCH\",\"BRANCH_COMMITTEE\",\"GENERAL_BRANCH\",\"BASE_COMMITTEE\"]},\"jointBranch\":{\"type\":\"boolean\"},\"instructor\":{\"type\":\"boolean\"}}}\n"
      + "fees={\"type\":\"object\",\"required\":[\"billed\",\"collected\"],\"additionalProperties\":false,\"properties\":{\"billed\":{\"type\":\"number\",\"minimum\":0},\"collected\":{\"type\":\"number\",\"minimum\":0}}}\n"
      + "committee={\"type\":\"object\",\"required\":[\"kind\",\"party\"],\"additionalProperties\":false,\"properties\":{\"kind\":{\"type\":\"string\",\"enum\":[\"OWNERS_COMMITTEE\",\"PROPERTY_MANAGEMENT_COMMITTEE\"]},\"party\":{\"$ref\":\"#/$defs/party\"}}}\n"
      + "surveyRound={\"type\":\"object\",\"required\":[\"id\",\"date\",\"households\",\"answers\"],\"additionalProperties\":false,\"properties\":{\"id\":{\"$ref\":\"#/$defs/text\"},\"date\":{\"$ref\":\"#/$defs/date\"},\"households\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":2147483647},\"answers\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/answer\"}}}}\n"
      + "answer={\"type\":\"object\",\"required\":[\"respondentId\",\"group\",\"score\"],\"additionalProperties\":false,\"properties\":{\"respondentId\":{\"$ref\":\"#/$defs/text\"},\"group\":{\"type\":\"string\",\"enum\":[\"HOUSEHOLD\",\"OWNERS_COMMITTEE\",\"COMMUNITY\"]},\"score\":{\"type\":\"number\"}}}\n"
      + "vote={\"type\":\"object\",\"required\":[\"id\",\"matter\",\"date\",\"totalOwners\",\"totalArea\",\"ballots\"],\"additionalProperties\":false,\"properties\":{\"id\":{\"$ref\":\"#/$defs/text\"},\"matter\":{\"type\":\"string\",\"enum\":[\"AMEND_ASSEMBLY_RULES\",\"AMEND_MANAGEMENT_RULES\",\"ELECT_COMMITTEE\",\"HIRE_COMPANY\",\"DISMISS_COMPANY\",\"USE_MAINTENANCE_FUND\",\"RAISE_MAINTENANCE_FUND\",\"REBUILD\",\"CHANGE_COMMON_PART_USE\",\"OTHER\"]},\"date\":{\"$ref\":\"#/$defs/date\"},\"totalOwners\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":2147483647},\"totalArea\":{\"type\":\"number\",\"exclusiveMinimum\":0},\"contractNoticeDays\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":2147483647},\"ballots\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/ballot\"}}}}\n"
      + "ballot={\"type\":\"object\",\"required\":[\"ownerId\",\"area\",\"choice\"],\"additionalProperties\":false,\"properties\":{\"ownerId\":{\"$ref\":\"#/$defs/text\"},\"area\":{\"type\":\"number\",\"exclusiveMinimum\":0},\"choice\":{\"type\":\"string\",\"enum\":[\"FOR\",\"AGAINST\",\"ABSTAIN\"]}}}\n";
}
