package io.propgov.governance.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.examples.cli.GovernanceCliTests.Run;
import io.propgov.governance.json.GovernanceJson;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, points 7 to 10: each with the smallest input that broke it before. A policy cannot
 * borrow a bundled policy's identity, a decision names its policy by content hash, a receipt says
 * what it proves and can be signed, verify never crashes on a broken report, a cycle of parents is
 * named, and no command reads the clock unasked.
 */
class TrustRobustnessTests {

  private static final String AS_OF = "2024-12-31";

  @TempDir
  Path dir;

  private static Run run(String... args) {
    return GovernanceCliTests.run(args);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static String preset(String id) throws IOException {
    return Files.readString(Path.of("../governance-json/src/main/resources/io/propgov/governance/json/policy", id + ".json"), StandardCharsets.UTF_8);
  }

  private static JsonNode json(String text) {
    return ReportDocument.read(text);
  }

  /** A policy file extending wuhan-4 that sets the pass line from 2024. */
  private static String district(String id, String passLine) {
    return "{\"id\": \"" + id + "\", \"jurisdiction\": \"CN-X\", \"version\": \"1\", \"extends\": \"wuhan-4\","
        + " \"parameters\": {\"satisfaction.pass-line\": [{\"effectiveFrom\": \"2024-01-01\", \"value\": " + passLine
        + ", \"source\": {\"en\": \"test\", \"zh\": \"测试\"}}]}}";
  }

  /** The sample facts without their asOf, so that only the command line can give the date. */
  private Path factsWithoutDate() throws IOException {
    String facts;
    try (InputStream in = io.propgov.governance.examples.SampleData.class.getResourceAsStream(
        io.propgov.governance.examples.SampleData.RESOURCE)) {
      facts = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ObjectNode doc = (ObjectNode) json(facts);
    doc.remove("asOf");
    return write("facts-no-date.json", doc.toString());
  }

  @Nested
  class PolicyIdentity {

    @Test
    void aParentFileCannotReplaceTheNationalLayer() throws IOException {
      Path forged = write("national.json", "{\"id\": \"cn-national\", \"jurisdiction\": \"CN\", \"version\": \"2026.1\","
          + " \"parameters\": {}}");
      Run run = run("evaluate", "--parent", forged.toString(), "--as-of", AS_OF);
      assertEquals(2, run.code(), run.out());
      assertTrue(run.err().contains("--parent " + forged), run.err());
      assertTrue(run.err().contains("/id: the id 'cn-national' belongs to the bundled policy cn-national@2026.1"),
          run.err());
      assertTrue(run.err().contains("fixed by law"), run.err());
      run.assertNoStackTrace();
    }

    @Test
    void aFileWithTheDefaultPresetsIdButOtherContentIsRefused() throws IOException {
      String original = preset("cn-default");
      Path forged = write("cn-default.json", original.replaceFirst("\"value\": 60", "\"value\": 50"));
      assertNotEquals(original, Files.readString(forged));
      Run run = run("evaluate", "--policy", forged.toString(), "--as-of", AS_OF);
      assertEquals(2, run.code(), run.out());
      assertTrue(run.err().contains("/id: the id 'cn-default' belongs to the bundled policy cn-default@2026.1"),
          run.err());
      run.assertNoStackTrace();

      Path copy = write("copy.json", json(original).toString()); // the same content, written otherwise
      assertEquals(0, run("evaluate", "--policy", copy.toString(), "--as-of", AS_OF).code());
    }

    @Test
    void aParentFileCannotTakeAPresetsId() throws IOException {
      Path forged = write("wuhan.json", preset("wuhan-4").replace("\"version\": \"2026.1\"", "\"version\": \"9\""));
      Run run = run("validate", "--parent", forged.toString(), "policies/wuhan-jiangan.json");
      assertEquals(2, run.code(), run.out());
      assertTrue(run.err().contains("the id 'wuhan-4' belongs to the bundled policy wuhan-4@2026.1"), run.err());
    }

    @Test
    void twoPoliciesDifferingInOneValueHaveDifferentHashesInTheirDecisions() throws IOException {
      JsonNode a = json(run("evaluate", "--format", "json", "--as-of", AS_OF, "--policy",
          write("a.json", district("district", "70")).toString()).out());
      JsonNode b = json(run("evaluate", "--format", "json", "--as-of", AS_OF, "--policy",
          write("b.json", district("district", "71")).toString()).out());
      assertEquals(a.at("/policy/id"), b.at("/policy/id"));
      assertEquals(a.at("/policy/version"), b.at("/policy/version"));
      String hashA = a.at("/policy/hash").asText();
      assertTrue(hashA.matches("[0-9a-f]{64}"), hashA);
      assertNotEquals(hashA, b.at("/policy/hash").asText());
      assertEquals(hashA, a.at("/receipt/policy/hash").asText());
      assertEquals(List.of("cn-national@2026.1", "wuhan-4@2026.1", "district@1"),
          ReportDocument.MAPPER.convertValue(a.at("/receipt/policy/levels"), List.class));
    }

    @Test
    void theTextReportShowsTheHashInShort() throws IOException {
      Run run = run("evaluate", "--as-of", AS_OF);
      String hash = json(run("evaluate", "--format", "json", "--as-of", AS_OF).out()).at("/policy/hash").asText();
      assertTrue(run.out().contains("Policy identity: cn-default@2026.1, content sha256:" + hash.substring(0, 16)
          + "…, levels cn-national@2026.1 > cn-default@2026.1"), run.out());
    }
  }

  @Nested
  class Receipts {

    private Path report(String... extra) throws IOException {
      List<String> args = new java.util.ArrayList<>(List.of("evaluate", "--format", "json", "--as-of", AS_OF));
      args.addAll(List.of(extra));
      Run run = run(args.toArray(String[]::new));
      assertEquals(0, run.code(), run.err());
      return write("report.json", run.out());
    }

    private Path[] keys() throws GeneralSecurityException, IOException {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      return new Path[] {write("private.pem", Signing.pem("PRIVATE KEY", pair.getPrivate().getEncoded())),
          write("public.pem", Signing.pem("PUBLIC KEY", pair.getPublic().getEncoded()))};
    }

    @Test
    void theReceiptTheReadmeShowsIsTheOneEvaluateWrites() throws IOException {
      String readme = Files.readString(Path.of("../README.md"));
      JsonNode receipt = json(run("evaluate", "--format", "json").out()).get("receipt");
      for (String[] field : List.of(new String[] {"\"hash\": \"", "/policy/hash"},
          new String[] {"\"inputsHash\": \"", "/inputsHash"}, new String[] {"\"decisionHash\": \"", "/decisionHash"},
          new String[] {"\"asOf\": \"2024-12-31\", \"inputsHash\": \"" + receipt.at("/inputsHash").asText()
              .substring(0, 4) + "…\", \"decisionHash\": \"" + receipt.at("/decisionHash").asText().substring(0, 4)
              + "…\", \"hash\": \"", "/hash"},
          new String[] {"(receipt ", "/hash"})) {
        String shown = field[0] + receipt.at(field[1]).asText().substring(0, 4) + "…";
        assertTrue(readme.contains(shown), "README.md, Decision receipts, should show " + shown
            + " (update the receipt there when the decisions or the presets change)");
      }
      assertTrue(readme.contains("\"levels\": [\"cn-national@2026.1\", \"cn-default@2026.1\"]"));
    }

    @Test
    void aSignedReceiptVerifiesWithTheMatchingKey() throws Exception {
      Path[] keys = keys();
      Path report = report("--sign", keys[0].toString());
      assertEquals("Ed25519", json(Files.readString(report)).at("/receipt/signature/algorithm").asText());
      Run run = run("verify", "--key", keys[1].toString(), report.toString());
      assertEquals(0, run.code(), run.out() + run.err());
      assertTrue(run.out().contains("a valid Ed25519 signature by the key " + keys[1]), run.out());
      assertFalse(run.out().contains("integrity, not origin"), run.out());
    }

    @Test
    void oneChangedByteOfASignedReportFailsTheSignature() throws Exception {
      Path[] keys = keys();
      Path report = report("--sign", keys[0].toString());
      String text = Files.readString(report);
      int at = text.indexOf("DISMISSAL_MAY_START");
      Files.writeString(report, text.substring(0, at) + "X" + text.substring(at + 1));
      Run run = run("verify", "--key", keys[1].toString(), report.toString());
      assertEquals(1, run.code(), run.out());
      assertTrue(run.out().contains("/receipt/signature: the signature does not verify with the key"), run.out());
    }

    @Test
    void anotherKeyDoesNotVerifyTheSignature() throws Exception {
      Path report = report("--sign", keys()[0].toString());
      Path other = keys()[1];
      Run run = run("verify", "--key", other.toString(), report.toString());
      assertEquals(1, run.code(), run.out());
      assertTrue(run.out().contains("/receipt/signature"), run.out());
    }

    @Test
    void withoutAKeyVerifySaysItCheckedIntegrityNotOrigin() throws IOException {
      Run run = run("verify", report().toString());
      assertEquals(0, run.code(), run.out());
      run.assertOutContains("integrity, not origin", "do not show who made it");
    }

    @Test
    void aKeyThatIsNotAnEd25519KeyIsBadUsage() throws IOException {
      Path notAKey = write("key.pem", "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
      Run run = run("verify", "--key", notAKey.toString(), report().toString());
      assertEquals(2, run.code(), run.out());
      assertTrue(run.err().contains("not an Ed25519 public key"), run.err());
      run.assertNoStackTrace();
    }

    @Test
    void aReportFromAnEarlierSdkIsCheckedAgainstItsHashesNotReEvaluated() throws IOException {
      GovernanceJson json = GovernanceJson.create();
      ObjectNode report = (ObjectNode) json(Files.readString(report()));
      ObjectNode receipt = (ObjectNode) report.get("receipt");
      receipt.put("sdkVersion", "0.0.1");
      receipt.remove("hash");
      receipt.put("hash", json.hash(receipt.toString()));
      Path earlier = write("earlier.json", report.toPrettyString());
      Run run = run("verify", earlier.toString());
      assertEquals(0, run.code(), run.out());
      assertTrue(run.out().startsWith("verified against the hashes: the report is as SDK 0.0.1 issued it"), run.out());
      assertTrue(run.out().contains("not re-evaluated"), run.out());

      ((ObjectNode) report.at("/estates/0/decision")).put("status", "SATISFACTORY");
      Run tampered = run("verify", write("tampered.json", report.toPrettyString()).toString());
      assertEquals(1, tampered.code(), tampered.out());
      assertTrue(tampered.out().contains("/receipt/decisionHash"), tampered.out());
    }

    @Test
    void verifyNamesAMissingPolicyInputsOrReceipt() throws IOException {
      JsonNode report = json(Files.readString(report()));
      for (String[] cut : List.of(new String[] {"/inputs", "policy"}, new String[] {"", "inputs"},
          new String[] {"", "receipt"}, new String[] {"/inputs", "asOf"})) {
        JsonNode copy = report.deepCopy();
        ((ObjectNode) copy.at(cut[0])).remove(cut[1]);
        Run run = run("verify", write("cut.json", copy.toString()).toString());
        assertEquals(2, run.code(), run.out() + run.err());
        assertTrue(run.err().contains(cut[0] + "/" + cut[1] + ": missing"), run.err());
        run.assertNoStackTrace();
      }
    }

    @Test
    void verifyNamesANumberTooLargeToCheckAndReturnsPromptly() throws IOException {
      ObjectNode report = (ObjectNode) json(Files.readString(report()));
      ((ObjectNode) report.at("/inputs/facts/estates/0")).put("area", new BigDecimal("1e999999999"));
      Path file = write("big.json", report.toString());
      assertTrue(Files.readString(file).contains("1E+999999999"));
      Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run("verify", file.toString()));
      assertEquals(2, run.code(), run.out());
      assertTrue(run.err().contains("/inputs/facts/estates/0/area: the number 1E+999999999"), run.err());
      run.assertNoStackTrace();
    }
  }

  @Nested
  class Layers {

    @Test
    void aCycleThroughParentFilesIsNamedWithItsIds() throws IOException {
      Path a = write("a.json", "{\"id\": \"pa\", \"jurisdiction\": \"X\", \"version\": \"1\", \"extends\": \"pb\","
          + " \"parameters\": {}}");
      Path b = write("b.json", "{\"id\": \"pb\", \"jurisdiction\": \"X\", \"version\": \"1\", \"extends\": \"pa\","
          + " \"parameters\": {}}");
      Path c = write("c.json", "{\"id\": \"pc\", \"jurisdiction\": \"X\", \"version\": \"1\", \"extends\": \"pa\","
          + " \"parameters\": {}}");
      Run run = run("evaluate", "--policy", c.toString(), "--parent", a.toString(), "--parent", b.toString(),
          "--as-of", AS_OF);
      assertEquals(2, run.code(), run.out());
      assertTrue(run.err().contains("in a cycle: pa -> pb -> pa; pc leads into it"), run.err());

      // A parent that extends the policy being read closes a cycle too, not an unknown parent.
      Path back = write("back.json", "{\"id\": \"pa\", \"jurisdiction\": \"X\", \"version\": \"1\", \"extends\":"
          + " \"pc\", \"parameters\": {}}");
      Run loop = run("validate", "--parent", back.toString(), c.toString());
      assertEquals(2, loop.code(), loop.out());
      assertTrue(loop.err().contains("in a cycle: pc -> pa -> pc"), loop.err());
    }

    @Test
    void validateTakesParentFiles() throws IOException {
      Path city = write("city.json", "{\"id\": \"city\", \"jurisdiction\": \"CN-X\", \"version\": \"1\","
          + " \"extends\": \"wuhan-4\", \"parameters\": {}}");
      Path child = write("child.json", district("child", "70").replace("\"wuhan-4\"", "\"city\""));
      Run run = run("validate", "--parent", city.toString(), child.toString());
      assertEquals(0, run.code(), run.err());
      assertTrue(run.out().contains("through cn-national@2026.1 > wuhan-4@2026.1 > city@1 > child@1"), run.out());
    }

    @Test
    void anErrorInAChildsValuePointsIntoTheChildsFile() throws IOException {
      // wuhan-4 sets the pass line from 2019, so the child's one value is the second of the merged timeline.
      Run run = run("validate", write("child.json", district("child", "150")).toString());
      assertEquals(2, run.code(), run.out());
      assertTrue(run.err().contains("/parameters/satisfaction.pass-line/0/value: satisfaction.pass-line: 150 is off"
          + " the scale"), run.err());
      assertFalse(run.err().contains("/parameters/satisfaction.pass-line/1/value"), run.err());
    }
  }

  @Nested
  class Clock {

    @Test
    void noCommandTakesTodaysDateUnasked() throws IOException {
      Path facts = factsWithoutDate();
      Path ndjson = write("in.ndjson", "{}\n");
      for (String[] args : List.of(new String[] {"evaluate", "--facts", facts.toString()},
          new String[] {"tree", "--policy", "wuhan-4", "--facts", facts.toString()},
          new String[] {"validate", facts.toString()},
          new String[] {"validate", "--levels", "policies/wuhan-jiangan.json"},
          new String[] {"diff", "--facts", facts.toString(), "--policy-b", "wuhan-4"},
          new String[] {"batch", "--in", ndjson.toString(), "--out", dir.resolve("out.ndjson").toString()})) {
        Run run = run(args);
        assertEquals(2, run.code(), args[0] + ": " + run.out());
        assertTrue(run.err().contains("no as-of date") && run.err().contains("--as-of YYYY-MM-DD")
            && run.err().contains("--as-of today"), args[0] + ": " + run.err());
        assertEquals(!args[0].equals("batch") && !args[1].equals("--levels"), run.err().contains("\"asOf\" in the facts"),
            args[0] + ": " + run.err());
      }
      assertFalse(Files.exists(dir.resolve("out.ndjson")), "batch stopped before writing");
    }

    @Test
    void theOnlyClockReadIsTheCommandLinesAsOfToday() throws IOException {
      java.util.regex.Pattern clock = java.util.regex.Pattern.compile(
          "(LocalDate|LocalDateTime|ZonedDateTime|OffsetDateTime|Instant|YearMonth|Year)(\\.now\\b|::now)"
              + "|\\bClock\\.|currentTimeMillis");
      List<String> readers = new java.util.ArrayList<>();
      for (String root : List.of("../governance-core/src/main/java", "../governance-json/src/main/java", "src/main/java")) {
        try (java.util.stream.Stream<Path> files = Files.walk(Path.of(root))) {
          for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
            if (clock.matcher(Files.readString(file)).find()) {
              readers.add(file.getFileName().toString());
            }
          }
        }
      }
      assertEquals(List.of("Options.java"), readers);
    }

    @Test
    void todayIsReadInTheNamedZoneAndRecorded() throws IOException {
      Path facts = factsWithoutDate();
      ZoneId shanghai = ZoneId.of("Asia/Shanghai");
      LocalDate before = LocalDate.now(shanghai);
      Run json = run("evaluate", "--facts", facts.toString(), "--as-of", "today", "--zone", "Asia/Shanghai",
          "--format", "json");
      Run text = run("evaluate", "--facts", facts.toString(), "--as-of", "today", "--zone", "Asia/Shanghai");
      LocalDate after = LocalDate.now(shanghai);
      assertEquals(0, json.code(), json.err());
      JsonNode report = json(json.out());
      String date = report.at("/inputs/asOf").asText();
      assertTrue(date.equals(before.toString()) || date.equals(after.toString()), date);
      assertEquals("Asia/Shanghai", report.at("/inputs/asOfZone").asText());
      assertEquals("Asia/Shanghai", report.at("/receipt/asOfZone").asText());
      assertTrue(text.out().contains(" (today in Asia/Shanghai)"), text.out());
      Run verify = run("verify", write("today.json", json.out()).toString());
      assertEquals(0, verify.code(), verify.out());
      assertTrue(verify.out().contains("(today in Asia/Shanghai when the report was made)"), verify.out());
    }

    @Test
    void aZoneIsCheckedAndGoesOnlyWithToday() {
      Run unknown = run("evaluate", "--as-of", "today", "--zone", "Mars/Olympus");
      assertEquals(2, unknown.code());
      assertTrue(unknown.err().contains("--zone must be a time-zone region"), unknown.err());
      Run alone = run("evaluate", "--as-of", AS_OF, "--zone", "UTC");
      assertEquals(2, alone.code());
      assertTrue(alone.err().contains("--zone goes with --as-of today"), alone.err());
      Run bad = run("evaluate", "--as-of", "yesterday");
      assertEquals(2, bad.code());
      assertTrue(bad.err().contains("--as-of must be a date YYYY-MM-DD"), bad.err());
    }
  }
}
