package io.propgov.governance.examples.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class GovernanceCliTests {

  /** What one run of the tool printed and returned. */
  record Run(int code, String out, String err) {
    void assertNoStackTrace() {
      assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), () -> "stack trace leaked:\n" + err);
    }

    /** Asserts that the standard output holds each of the texts, reporting every one it lacks. */
    void assertOutContains(String... texts) {
      assertAll(Arrays.stream(texts)
          .map(text -> (Executable) () -> assertTrue(out.contains(text), () -> "no " + text + " in:\n" + out)));
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovernanceCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Nested
  class Evaluate {

    @Test
    void withNoArgumentsJudgesTheSampleEstatesUnderTheDefaultPolicyInEnglish() {
      Run run = run("evaluate");
      assertEquals(0, run.code(), run.err());
      assertTrue(run.out().startsWith("Policy cn-default@2026.1, as of 2024-12-31, estates: 6"), run.out());
      run.assertOutContains("dismissal decided", "Summary: 6 estates, 6 assessed, 0 with invalid facts");
    }

    @Test
    void withDetailShowsEveryReasonAndItsSourceAsAFootnote() {
      Run run = run("evaluate", "--detail");
      assertEquals(0, run.code(), run.err());
      run.assertOutContains("DISMISSAL DECIDED", "satisfaction.pass-line");
      assertTrue(run.out().matches("(?s).*\\n\\[\\d+\\] Civil Code art\\. 278.*"), run.out());
      assertTrue(run.out().contains("Summary: 6 estates, 6 assessed, 0 with invalid facts"), run.out());
    }

    @Test
    void explainsInChineseWithLangZh() {
      Run run = run("evaluate", "--lang", "zh", "--detail");
      assertEquals(0, run.code(), run.err());
      run.assertOutContains("业主已决定解聘", "《民法典》第二百七十八条");
      assertFalse(run.out().contains("DISMISSAL DECIDED"), run.out());
    }

    @Test
    void writesOneJsonResultPerEstate() throws IOException {
      Run run = run("evaluate", "--format", "json", "--as-of", "2024-12-31");
      assertEquals(0, run.code(), run.err());
      JsonNode doc = new ObjectMapper().readTree(run.out());
      assertEquals(6, doc.path("estates").size());
      assertEquals("cn-default", doc.path("policy").path("id").asText());
    }

    @Test
    void aMissingFactsFileIsBadInputWithoutStackTrace() {
      Run run = run("evaluate", "--facts", "no-such-file.json");
      assertEquals(2, run.code());
      assertTrue(run.err().contains("no-such-file.json"), run.err());
      run.assertNoStackTrace();
    }

    @Test
    void anUnknownLanguageIsBadUsage() {
      Run run = run("evaluate", "--lang", "fr");
      assertEquals(2, run.code());
      assertTrue(run.err().contains("--lang must be en or zh"), run.err());
    }

    @Test
    void anUnknownOptionIsBadUsage() {
      Run run = run("evaluate", "--colour");
      assertEquals(2, run.code());
      run.assertNoStackTrace();
    }
  }

  @Nested
  class TestCommand {

    @Test
    void theShippedScenariosPass() {
      Run run = run("test", "scenarios");
      assertEquals(0, run.code(), run.out());
      assertTrue(run.out().matches("(?s).*\\n\\d+ passed, 0 failed\\R$"), run.out());
    }

    @Test
    void aScenarioExpectingTheWrongOutcomeFailsWithADiff(@TempDir Path dir) throws IOException {
      Path original = Path.of("scenarios/satisfaction/01-score-exactly-at-pass-line-passes.json");
      Path edited = dir.resolve("wrong.json");
      Files.writeString(edited, Files.readString(original).replace("\"status\": \"PASSED\"", "\"status\": \"FAILED\""));
      Run run = run("test", edited.toString());
      assertEquals(1, run.code(), run.out());
      assertTrue(run.out().contains("FAIL  Score exactly at the pass line passes"), run.out());
      assertTrue(run.out().contains("/estates/E1/satisfaction/rounds/0/status: expected \"FAILED\" but was \"PASSED\""),
          run.out());
      assertTrue(run.out().contains("0 passed, 1 failed"), run.out());
    }

    @Test
    void aPathThatDoesNotExistIsBadUsage() {
      Run run = run("test", "no-such-folder");
      assertEquals(2, run.code());
      assertTrue(run.err().contains("no-such-folder"), run.err());
    }
  }

  @Nested
  class Validate {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
      return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void malformedJsonIsBadInputNamingTheLine() throws IOException {
      Run run = run("validate", write("bad.json", "{\"estates\": [\n  {\"id\": \"E1\",,}\n]}").toString());
      assertEquals(2, run.code());
      assertTrue(run.err().contains("line 2"), run.err());
      run.assertNoStackTrace();
    }

    @Test
    void aMissingRequiredFieldIsNamed() throws IOException {
      Run run = run("validate", write("facts.json", "{\"estates\": [{\"name\": \"no id\"}]}").toString());
      assertEquals(2, run.code());
      assertTrue(run.err().contains("/estates/0"), run.err());
      assertTrue(run.err().contains("id"), run.err());
      run.assertNoStackTrace();
    }

    @Test
    void aNegativeAreaIsNamedByItsPointer() throws IOException {
      String facts = "{\"estates\": [{\"id\": \"E1\", \"votes\": [{\"id\": \"V1\", \"matter\": \"DISMISS_COMPANY\","
          + " \"date\": \"2024-10-01\", \"totalOwners\": 9, \"totalArea\": 900,"
          + " \"ballots\": [{\"ownerId\": \"o1\", \"area\": -100, \"choice\": \"FOR\"}]}]}]}";
      Run run = run("validate", write("facts.json", facts).toString());
      assertEquals(2, run.code());
      assertTrue(run.err().contains("/estates/0/votes/0/ballots/0/area"), run.err());
      run.assertNoStackTrace();
    }

    @Test
    void aScoreOffThePolicysScaleIsNamed() throws IOException {
      String facts = "{\"estates\": [{\"id\": \"E1\", \"surveyRounds\": [{\"id\": \"R1\", \"date\": \"2024-10-01\","
          + " \"households\": 10, \"answers\": [{\"respondentId\": \"h1\", \"group\": \"HOUSEHOLD\", \"score\": 120}]}]}]}";
      Run run = run("validate", write("facts.json", facts).toString(), "--as-of", "2024-12-31");
      assertEquals(2, run.code());
      assertTrue(run.err().contains("/estates/0/surveyRounds/0/answers/0/score"), run.err());
    }

    @Test
    void theDefaultPresetIsAValidPolicy() {
      Run run = run("validate", "../governance-json/src/main/resources/io/propgov/governance/json/policy/cn-default.json");
      assertEquals(0, run.code(), run.err());
      assertTrue(run.out().startsWith("valid policy cn-default@2026.1"), run.out());
    }

    @Test
    void theSampleDataIsValidFacts() {
      Run run = run("validate", "src/main/resources/io/propgov/governance/examples/samples/estates.json");
      assertEquals(0, run.code(), run.err());
      assertTrue(run.out().startsWith("valid facts: 6 estates"), run.out());
    }

    @Test
    void levelsNameWhichPolicySetEachParameter() {
      Run run = run("validate", "--levels", "--as-of", "2024-12-31", "policies/wuhan-jiangan.json");
      assertEquals(0, run.code(), run.err());
      run.assertOutContains("through cn-national@2026.1 > wuhan-4@2026.1 > wuhan-jiangan@2026.1",
          "vote.ordinary-rule: set by cn-national", "satisfaction.pass-line: set by wuhan-jiangan");
    }

    @Test
    void levelsMarkTheValuesThatAreModelAssumptions() {
      Run run = run("validate", "--levels", "--as-of", "2024-12-31",
          "../governance-json/src/main/resources/io/propgov/governance/json/policy/handan-4.json");
      assertEquals(0, run.code(), run.err());
      assertTrue(run.out().contains("satisfaction.pass-line: set by handan-4 [model assumption / 本模型假设]"), run.out());
      assertTrue(run.out().contains("satisfaction.quorum: set by handan-4\n")
          || run.out().contains("satisfaction.quorum: set by handan-4" + System.lineSeparator()), run.out());
    }

    @Test
    void factsValidationCoversCreditRecordsApplicationsAndCostShares() throws IOException {
      String facts = "{\"estates\": [], \"companies\": [{\"id\": \"K1\", \"events\": [{\"id\": \"x\","
          + " \"code\": \"juggling\", \"date\": \"2024-01-01\"}]}], \"applications\": [{\"id\": \"A1\","
          + " \"programmeId\": \"nowhere\", \"companyId\": \"K1\", \"filed\": \"2024-06-01\"}]}";
      Run run = run("validate", write("facts.json", facts).toString(), "--as-of", "2024-12-31");
      assertEquals(2, run.code());
      assertTrue(run.err().contains("/companies/0/events/0/code"), run.err());
      assertTrue(run.err().contains("/applications/0/programmeId"), run.err());
      run.assertNoStackTrace();
    }

    @Test
    void aPolicyWithAnIllegalValueListsEveryError() throws IOException {
      String policy = Files.readString(Path.of("../governance-json/src/main/resources/io/propgov/governance/json/policy/cn-default.json"))
          .replace("\"value\": 1,", "\"value\": 0,").replace("\"value\": \"SKIP\"", "\"value\": \"SOMETIMES\"");
      Run run = run("validate", write("policy.json", policy).toString());
      assertEquals(2, run.code());
      assertTrue(run.err().contains("/parameters/satisfaction.failures-for-dismissal/0/value"), run.err());
      assertTrue(run.err().contains("/parameters/satisfaction.invalid-round-handling/0/value"), run.err());
      run.assertNoStackTrace();
    }
  }

  @Test
  void helpIsAvailableEverywhere() {
    for (String command : new String[] {"evaluate", "test", "validate", "schema"}) {
      Run run = run(command, "--help");
      assertEquals(0, run.code(), command);
      assertTrue(run.out().contains("Usage:"), command);
    }
  }

  @Test
  void schemaPrintsThePublishedPolicySchema() {
    Run run = run("schema", "policy");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("2020-12"), run.out());
  }
}
