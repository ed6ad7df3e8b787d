package io.propgov.governance.examples.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.estate.Estate;
import io.propgov.governance.examples.Presets;
import io.propgov.governance.examples.SampleData;
import io.propgov.governance.json.GovernanceJson;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input review's findings, each held by the smallest input that broke it: the
 * locale, byte order marks, errors in several estates at once, parser limits, control
 * characters, shares over 100%, duplicate ids, an invalid side of a diff, out of memory.
 */
class InputRobustnessTests {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final GovernanceJson JSON = GovernanceJson.create();

  @TempDir
  Path dir;

  private static GovernanceCliTests.Run run(String... args) {
    GovernanceCliTests.Run run = GovernanceCliTests.run(args);
    run.assertNoStackTrace();
    return run;
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Path withBom(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] all = Arrays.copyOf(BOM, BOM.length + body.length);
    System.arraycopy(body, 0, all, BOM.length, body.length);
    Files.write(file, all);
    return file;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = Presets.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String presetText() throws IOException {
    return Files.readString(Path.of("../governance-json/src/main/resources/io/propgov/governance/json/policy/cn-default.json"), StandardCharsets.UTF_8);
  }

  /** The default preset's text under an id of its own, to be edited (a bundled id must keep its content). */
  static String editablePresetText() throws IOException {
    return presetText().replaceFirst("\"id\": \"cn-default\"", "\"id\": \"edited-default\"");
  }

  static String sampleText() throws IOException {
    return resource("samples/estates.json");
  }

  private static boolean contains(byte[] haystack, String needle) {
    byte[] n = needle.getBytes(StandardCharsets.UTF_8);
    outer:
    for (int i = 0; i + n.length <= haystack.length; i++) {
      for (int j = 0; j < n.length; j++) {
        if (haystack[i + j] != n[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** What a child JVM printed. */
  record Child(int code, byte[] out, byte[] err) {
    String errText() {
      return new String(err, StandardCharsets.UTF_8);
    }
  }

  /** Runs the tool in a child JVM under the C locale, with no {@code -Dfile.encoding}. */
  private Child child(List<String> jvm, String... args) throws IOException, InterruptedException {
    String classPath = Stream.of(System.getProperty("java.class.path"), System.getProperty("jdk.module.path"))
        .filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.addAll(List.of("-cp", classPath, GovernanceCli.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("LANG", "C");
    builder.environment().put("LC_ALL", "C");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    Path out = dir.resolve("child.out");
    Path err = dir.resolve("child.err");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the child JVM did not finish in 120 s");
    }
    return new Child(process.exitValue(), Files.readAllBytes(out), Files.readAllBytes(err));
  }

  @Nested
  class EncodingIsUtf8WhateverTheLocale {

    @Test
    void chineseReachesStdoutAsUtf8UnderLangC() throws Exception {
      Child child = child(List.of(), "evaluate", "--lang", "zh", "--as-of", "2024-12-31", "--detail");

      assertEquals(0, child.code(), child.errText());
      assertTrue(contains(child.out(), "政策 cn-default@2026.1，评估日期 2024-12-31"), "no UTF-8 Chinese on stdout");
      assertTrue(contains(child.out(), "16800平方米"), "no UTF-8 平方米 on stdout");
    }

    @Test
    void chineseIdsReachStderrAsUtf8UnderLangC() throws Exception {
      Path facts = write("dup.json", "{\"estates\": [{\"id\": \"东湖²\"}, {\"id\": \"东湖²\"}]}");

      Child child = child(List.of(), "validate", facts.toString(), "--as-of", "2024-12-31");

      assertEquals(2, child.code(), child.errText());
      assertTrue(contains(child.err(), "estate id '东湖²' appears more than once"), child.errText());
    }

    @Test
    void aWrittenFileIsUtf8UnderLangC() throws Exception {
      List<String> lines = new ArrayList<>();
      for (Estate estate : SampleData.load(JSON).estates()) {
        lines.add(JSON.writeEstateLine(estate));
      }
      Path in = dir.resolve("estates.ndjson");
      Files.write(in, lines, StandardCharsets.UTF_8);
      Path out = dir.resolve("decisions.ndjson");

      Child child = child(List.of(), "batch", "--in", in.toString(), "--out", out.toString(), "--as-of", "2024-12-31",
          "--lang", "zh");

      assertEquals(0, child.code(), child.errText());
      byte[] written = Files.readAllBytes(out);
      assertTrue(contains(written, "小区"), "no UTF-8 Chinese in the file");
      assertTrue(contains(written, "平方米"), "no UTF-8 平方米 in the file");
    }
  }

  @Nested
  class AByteOrderMarkIsReadPastByEveryCommand {

    @Test
    void evaluateAndTreeAndDiffReadFactsAndPolicyWithABom() throws IOException {
      Path facts = withBom("facts.json", sampleText());
      Path policy = withBom("policy.json", presetText());

      GovernanceCliTests.Run evaluate = run("evaluate", "--facts", facts.toString(), "--policy", policy.toString());
      GovernanceCliTests.Run tree = run("tree", "--facts", facts.toString(), "--policy", policy.toString());
      GovernanceCliTests.Run diff = run("diff", "--facts", facts.toString(), "--policy", policy.toString(),
          "--policy-b", policy.toString());

      assertAll(
          () -> assertEquals(0, evaluate.code(), evaluate.err()),
          () -> assertTrue(evaluate.out().contains("Summary: 6 estates, 6 assessed"), evaluate.out()),
          () -> assertEquals(0, tree.code(), tree.err()),
          () -> assertEquals(0, diff.code(), diff.err()));
    }

    @Test
    void validateTellsAPolicyWithABomFromFacts() throws IOException {
      GovernanceCliTests.Run policy = run("validate", withBom("policy.json", presetText()).toString());
      GovernanceCliTests.Run facts = run("validate", withBom("facts.json", sampleText()).toString(),
          "--as-of", "2024-12-31");

      assertAll(
          () -> assertEquals(0, policy.code(), policy.err()),
          () -> assertTrue(policy.out().startsWith("valid policy cn-default"), policy.out()),
          () -> assertEquals(0, facts.code(), facts.err()),
          () -> assertTrue(facts.out().startsWith("valid facts: 6 estates"), facts.out()));
    }

    @Test
    void testRunsAScenarioFileWithABom() throws IOException {
      Path scenario = Path.of("scenarios/satisfaction/01-score-exactly-at-pass-line-passes.json");
      Path copy = withBom("scenario.json", Files.readString(scenario));

      GovernanceCliTests.Run run = run("test", copy.toString());

      assertEquals(0, run.code(), run.out());
      assertTrue(run.out().contains("1 passed, 0 failed"), run.out());
    }

    @Test
    void theLibraryReadsTextWithABom() throws IOException {
      String bom = "\uFEFF";

      assertAll(
          () -> assertEquals(6, JSON.readFacts(bom + sampleText()).estates().size()),
          () -> assertEquals("cn-default", JSON.readPolicy(bom + presetText()).id()),
          () -> assertEquals("e1", JSON.readEstate(bom + "{\"id\": \"e1\"}").id()),
          () -> assertEquals("{\"a\":1}", JSON.canonical(bom + "{\"a\": 1}")));
    }
  }

  @Nested
  class EveryErrorAtOnceAndEstateLocal {

    /** Estate A breaks the schema, B a rule, C is sound. */
    private static final String STAGED = "{\"asOf\": \"2024-12-31\", \"estates\": ["
        + "{\"id\": \"A\", \"households\": \"many\"},"
        + "{\"id\": \"B\", \"surveyRounds\": [{\"id\": \"R1\", \"date\": \"2024-06-30\", \"households\": 1, \"answers\": ["
        + "{\"respondentId\": \"a\", \"group\": \"HOUSEHOLD\", \"score\": 90},"
        + "{\"respondentId\": \"b\", \"group\": \"HOUSEHOLD\", \"score\": 90}]}]},"
        + "{\"id\": \"C\", \"households\": 10}]}";

    @Test
    void evaluateRejectsTheSchemaBrokenEstateAloneAndStillJudgesTheOthers() throws IOException {
      GovernanceCliTests.Run run = run("evaluate", "--facts", write("staged.json", STAGED).toString(), "--detail");

      assertAll(
          () -> assertEquals(2, run.code()),
          () -> assertTrue(run.out().contains("Estate A: NOT ASSESSED, invalid facts\n"
              + "  [!] /estates/0/households: must be an integer, was the string \"many\""), run.out()),
          () -> assertTrue(run.out().contains("Estate B: NOT ASSESSED, invalid facts\n"
              + "  [!] /estates/1/surveyRounds/0/households: round R1 has 2 household answers"), run.out()),
          () -> assertTrue(run.out().contains("Estate C: 0 of 11 rule areas assessed"), run.out()),
          () -> assertTrue(run.out().contains("Summary: 3 estates, 1 assessed, 2 with invalid facts"), run.out()));
    }

    @Test
    void aJsonReportRejectsTheSchemaBrokenEstateAloneAndVerifies() throws IOException {
      GovernanceCliTests.Run run = run("evaluate", "--facts", write("staged.json", STAGED).toString(), "--format",
          "json");
      Path report = write("staged-report.json", run.out());
      GovernanceCliTests.Run verify = run("verify", report.toString());

      assertAll(
          () -> assertEquals(2, run.code(), run.err()),
          () -> assertTrue(run.out().contains("\"pointer\" : \"/estates/0/households\"")
              || run.out().contains("\"pointer\": \"/estates/0/households\""), run.out()),
          () -> assertTrue(run.out().contains("\"estateId\" : \"C\"") || run.out().contains("\"estateId\": \"C\""),
              run.out()),
          () -> assertTrue(run.out().contains("\"households\" : \"many\"")
              || run.out().contains("\"households\": \"many\""), "the refused estate is kept as given"),
          () -> assertEquals(0, verify.code(), verify.out() + verify.err()),
          () -> assertTrue(verify.out().startsWith("verified: the hashes match and re-evaluating"), verify.out()));
    }

    @Test
    void validateReportsTheSchemaErrorAndTheRuleErrorInOneRun() throws IOException {
      GovernanceCliTests.Run run = run("validate", write("staged.json", STAGED).toString());

      assertEquals(2, run.code());
      assertTrue(run.err().contains("facts invalid, 2 errors:\n"
          + "  /estates/0/households: must be an integer, was the string \"many\"\n"
          + "  /estates/1/surveyRounds/0/households: round R1 has 2 household answers"), run.err());
    }

    @Test
    void anErrorOutsideTheEstatesStillRejectsTheDocumentWithEveryError() throws IOException {
      String text = STAGED.replace("\"asOf\": \"2024-12-31\"", "\"asOf\": \"someday\"");

      GovernanceCliTests.Run run = run("evaluate", "--facts", write("outside.json", text).toString());

      assertEquals(2, run.code());
      assertTrue(run.err().contains("/asOf: must be a calendar date"), run.err());
      assertTrue(run.err().contains("/estates/0/households: must be an integer"), run.err());
    }

    @Test
    void documentsThatCannotBeParsedNameTheLineAndColumn() throws IOException {
      GovernanceCliTests.Run truncated = run("validate", write("t.json", "{\"estates\": [").toString());
      GovernanceCliTests.Run nan = run("validate", write("n.json", "{\"estates\": [\n  NaN]}").toString());
      GovernanceCliTests.Run array = run("validate", write("a.json", "\n  [1]").toString());

      assertAll(
          () -> assertTrue(truncated.err().contains("malformed JSON at line 1, column 14"), truncated.err()),
          () -> assertTrue(nan.err().contains("malformed JSON at line 2, column"), nan.err()),
          () -> assertTrue(array.err().contains("the document must be a JSON object, was an array at line 2, column 3"),
              array.err()));
    }
  }

  @Nested
  class NoCrashPaths {

    private String deep(int levels) {
      return "{\"estates\": " + "[".repeat(levels) + "]".repeat(levels) + "}";
    }

    @Test
    void aScenarioPastAParserLimitIsThatScenariosFailureAndTheRestStillRun() throws IOException {
      Path scenarios = Files.createDirectory(dir.resolve("scenarios"));
      Files.copy(Path.of("scenarios/satisfaction/01-score-exactly-at-pass-line-passes.json"),
          scenarios.resolve("a-sound.json"));
      Files.writeString(scenarios.resolve("b-deep.json"), "{\"name\": \"deep\", \"facts\": " + deep(2_000) + "}");
      Files.copy(Path.of("scenarios/satisfaction/02-score-just-below-pass-line-fails.json"),
          scenarios.resolve("c-sound.json"));

      GovernanceCliTests.Run run = run("test", scenarios.toString());

      assertAll(
          () -> assertEquals(1, run.code()),
          () -> run.assertOutContains("2 passed, 1 failed", "FAIL  b-deep.json",
              "nesting deeper than 64 levels at line 1, column ", "(limit: maxNestingDepth 64)"));
    }

    @Test
    void everyCommandNamesTheSameLimitWithItsPlace() throws IOException {
      Path facts = write("deep.json", deep(65));

      for (String[] args : List.of(new String[] {"evaluate", "--facts", facts.toString()},
          new String[] {"validate", facts.toString()}, new String[] {"tree", "--facts", facts.toString()},
          new String[] {"diff", "--facts", facts.toString()}, new String[] {"evaluate", "--policy", facts.toString()})) {
        GovernanceCliTests.Run run = run(args);
        assertEquals(2, run.code(), String.join(" ", args));
        assertTrue(run.err().contains("nesting deeper than 64 levels at line 1, column 76"
            + " (limit: maxNestingDepth 64)"), () -> String.join(" ", args) + ": " + run.err());
      }
    }

    @Test
    void eachOtherLimitIsNamedInItsError() throws IOException {
      GovernanceCliTests.Run number = run("validate", write("number.json",
          "{\"estates\": [{\"id\": \"e\", \"households\": " + "9".repeat(101) + "}]}").toString());
      GovernanceCliTests.Run name = run("validate", write("name.json",
          "{\"" + "n".repeat(1_001) + "\": 1}").toString());
      GovernanceCliTests.Run string = run("validate", write("string.json",
          "{\"estates\": [{\"id\": \"" + "s".repeat(1_000_001) + "\"}]}").toString());
      GovernanceCliTests.Run digits = run("validate", write("digits.json",
          "{\"estates\": [{\"id\": \"e\", \"households\": 1e99}]}").toString());

      assertAll(
          () -> assertTrue(number.err().contains("(limit: maxNumberLength 100)"), number.err()),
          () -> assertTrue(name.err().contains("(limit: maxNameLength 1000)"), name.err()),
          () -> assertTrue(string.err().contains("(limit: maxStringLength 1000000)"), string.err()),
          () -> assertTrue(digits.err().contains("(limit: maxDigits 30)"), digits.err()));
    }

    @Test
    void outOfMemoryIsExitThreeWithOneLineAndNoStackTrace() throws Exception {
      StringBuilder facts = new StringBuilder("{\"estates\": [");
      for (int i = 0; i < 40_000; i++) {
        facts.append(i == 0 ? "" : ",").append("{\"id\": \"E").append(i).append("\", \"name\": \"")
            .append("x".repeat(100)).append("\", \"households\": 10}");
      }
      Path big = write("big.json", facts.append("]}").toString());

      Child child = child(List.of("-Xmx16m", "-XX:TieredStopAtLevel=1"), "evaluate", "--facts", big.toString());

      assertEquals(3, child.code(), child.errText());
      assertEquals("error: out of memory; the input is too large for this Java heap"
          + " (raise it with -Xmx, or split the input)\n", child.errText());
    }
  }

  @Nested
  class SmallerDefects {

    @Test
    void aThreeThousandRowUniqueTableIsCheckedWithinHalfAGigabyteWithABoundedReport() throws Exception {
      String preset = editablePresetText();
      int table = preset.indexOf("\"service.mode-table\"");
      int rows = preset.indexOf("\"rows\": [", table);
      int end = preset.indexOf("\n          ]", rows);
      StringBuilder many = new StringBuilder("\"rows\": [");
      for (int i = 0; i < 3_000; i++) {
        many.append(i == 0 ? "" : ",").append("{\"id\": \"r").append(i)
            .append("\", \"conditions\": {}, \"outcome\": \"MARKET\"}");
      }
      String policy = preset.substring(0, rows).replaceFirst("\"hitPolicy\": \"FIRST\"", "\"hitPolicy\": \"UNIQUE\"")
          + many + preset.substring(end);
      Path file = write("big-table.json", policy);

      Child child = child(List.of("-Xmx512m"), "validate", file.toString());

      String err = child.errText();
      assertAll(
          () -> assertEquals(2, child.code(), err),
          () -> assertTrue(err.startsWith("error: policy invalid, 21 errors:"), err),
          () -> assertTrue(err.contains("/parameters/service.mode-table/0/value/rows: 4498480 more pair(s) of rows"
              + " overlap beyond the first 20 listed"), err),
          () -> assertTrue(err.lines().count() == 22, err));
    }

    @Test
    void controlCharactersInIdsReachNoTerminalRaw() throws IOException {
      String id = "E\\u001b[31mRED\\u0000\\u0007\\nFAKE LINE\\u0085";
      Path facts = write("controls.json", "{\"estates\": [{\"id\": \"" + id + "\", \"households\": 10},"
          + "{\"id\": \"" + id + "\", \"households\": -1}]}");

      GovernanceCliTests.Run evaluate = run("evaluate", "--facts", facts.toString(), "--as-of", "2024-12-31");
      GovernanceCliTests.Run validate = run("validate", facts.toString(), "--as-of", "2024-12-31");

      for (GovernanceCliTests.Run run : List.of(evaluate, validate)) {
        String all = run.out() + run.err();
        assertTrue(all.chars().noneMatch(c -> c != '\n' && (c < 0x20 || (c >= 0x7f && c <= 0x9f))),
            () -> "a raw control character: " + all);
        assertTrue(all.contains("E\\u001b[31mRED\\u0000\\u0007\\u000aFAKE LINE\\u0085"), all);
        assertFalse(all.contains("\nFAKE LINE"), all);
      }
    }

    @Test
    void aSatisfactionShareOverOneHundredPercentIsAnErrorInEveryNotation() throws IOException {
      for (String share : List.of("\"150%\"", "\"3/2\"", "1.5", "\"1.01\"")) {
        Path policy = write("share.json", editablePresetText().replaceFirst("\"atLeast\": \"60%\"", "\"atLeast\": " + share));

        GovernanceCliTests.Run run = run("validate", policy.toString());

        assertEquals(2, run.code(), share);
        assertTrue(run.err().contains("/parameters/satisfaction.quorum/0/value/atLeast: "), share + ": " + run.err());
      }
    }

    @Test
    void duplicateEstateIdsRejectEachOccurrenceNamingTheOther() throws IOException {
      Path facts = write("dup.json", "{\"estates\": [{\"id\": \"X\", \"households\": 1}, {\"id\": \"Y\"},"
          + " {\"id\": \"X\", \"households\": 2}]}");

      GovernanceCliTests.Run evaluate = run("evaluate", "--facts", facts.toString(), "--as-of", "2024-12-31");
      GovernanceCliTests.Run validate = run("validate", facts.toString(), "--as-of", "2024-12-31");

      assertAll(
          () -> assertEquals(2, evaluate.code()),
          () -> assertTrue(evaluate.out().contains("  [!] /estates/0/id: estate id 'X' appears more than once"
              + " (also at /estates/2)"), evaluate.out()),
          () -> assertTrue(evaluate.out().contains("  [!] /estates/2/id: estate id 'X' appears more than once"
              + " (also at /estates/0)"), evaluate.out()),
          () -> assertTrue(evaluate.out().contains("Summary: 3 estates, 1 assessed, 2 with invalid facts"),
              evaluate.out()),
          () -> assertEquals(2, validate.code()),
          () -> assertTrue(validate.err().contains("facts invalid, 2 errors:"), validate.err()));
    }

    @Test
    void diffNamesTheInvalidSideAndReportsBothSidesErrors() throws IOException {
      Path bad = write("bad.json", editablePresetText().replaceFirst("\"atLeast\": \"60%\"", "\"atLeast\": \"150%\""));
      Path worse = write("worse.json", editablePresetText().replaceFirst("\"min\": 0", "\"min\": \"zero\""));

      GovernanceCliTests.Run onlyB = run("diff", "--policy-b", bad.toString());
      GovernanceCliTests.Run onlyA = run("diff", "--policy", bad.toString(), "--policy-b", Presets.DEFAULT);
      GovernanceCliTests.Run both = run("diff", "--policy", bad.toString(), "--policy-b", worse.toString());

      assertAll(
          () -> assertEquals(2, onlyB.code()),
          () -> assertTrue(onlyB.err().startsWith("error: policy B (" + bad + ") invalid, 1 error:\n"
              + "  /parameters/satisfaction.quorum/0/value/atLeast"), onlyB.err()),
          () -> assertFalse(onlyB.err().contains("policy A"), onlyB.err()),
          () -> assertTrue(onlyA.err().startsWith("error: policy A (" + bad + ") invalid"), onlyA.err()),
          () -> assertFalse(onlyA.err().contains("policy B"), onlyA.err()),
          () -> assertTrue(both.err().contains("policy A (" + bad + ") invalid"), both.err()),
          () -> assertTrue(both.err().contains("policy B (" + worse + ") invalid"), both.err()),
          () -> assertTrue(both.err().contains("/parameters/satisfaction.scale/0/value/min"), both.err()));
    }
  }
}
