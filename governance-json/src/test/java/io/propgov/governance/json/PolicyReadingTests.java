package io.propgov.governance.json;

import static io.propgov.governance.json.Documents4Tests.errorsOf;
import static io.propgov.governance.json.Documents4Tests.object;
import static io.propgov.governance.json.Documents4Tests.onlyPolicyError;
import static io.propgov.governance.json.Documents4Tests.pointers;
import static io.propgov.governance.json.Documents4Tests.policyErrors;
import static io.propgov.governance.json.Documents4Tests.preset;
import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.json.Documents4Tests.ErrorAt;
import io.propgov.governance.json.Documents4Tests.OneError;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.policy.Threshold;
import io.propgov.governance.satisfaction.InvalidRoundHandling;
import io.propgov.governance.satisfaction.SatisfactionParameters;
import io.propgov.governance.vote.ApprovalBase;
import io.propgov.governance.vote.Matter;
import io.propgov.governance.vote.VoteParameters;
import io.propgov.governance.vote.VoteRequirement;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyReadingTests {

  @Nested
  class ThePreset {

    @Test
    void theCnDefaultPresetIsReadAndTheEngineAcceptsIt() {
      GovernancePolicy policy = JSON.readPolicy(Fixtures.cnDefault());

      assertAll(
          () -> assertEquals("cn-default-fixture", policy.id()),
          () -> assertEquals("CN", policy.jurisdiction()),
          () -> assertEquals("2026.1", policy.version()),
          () -> assertEquals(SatisfactionParameters.ALL.size() + VoteParameters.ALL.size(), policy.parameters().size(),
              "the preset sets no organisation parameters"),
          () -> assertFalse(GovernanceEngine.create(policy).judgesHierarchy()),
          () -> assertDoesNotThrow(() -> GovernanceEngine.create(policy)));
    }

    @Test
    void eachValueIsReadWithItsDateAndSource() {
      GovernancePolicy policy = JSON.readPolicy(Fixtures.cnDefault());
      LocalDate civilCode = LocalDate.of(2021, 1, 1);

      VoteRequirement ordinary = policy.valueAt(VoteParameters.ORDINARY_RULE, civilCode).value();
      assertAll(
          () -> assertEquals(new BigDecimal("60"), policy.valueAt(SatisfactionParameters.PASS_LINE, civilCode).value()),
          () -> assertEquals(Threshold.atLeast(Fraction.of(3, 5)),
              policy.valueAt(SatisfactionParameters.QUORUM, civilCode).value()),
          () -> assertEquals(InvalidRoundHandling.SKIP,
              policy.valueAt(SatisfactionParameters.INVALID_ROUNDS, civilCode).value()),
          () -> assertEquals(new VoteRequirement(Threshold.atLeast(Fraction.of(2, 3)), Threshold.atLeast(Fraction.of(2, 3)),
              ApprovalBase.PARTICIPANTS, Threshold.moreThan(Fraction.of(1, 2)), Threshold.moreThan(Fraction.of(1, 2))),
              ordinary),
          () -> assertEquals(ApprovalBase.ALL_OWNERS,
              policy.valueAt(VoteParameters.ORDINARY_RULE, LocalDate.of(2020, 12, 31)).value().approvalBase()),
          () -> assertTrue(policy.valueAt(VoteParameters.SPECIAL_MATTERS, civilCode).value()
              .contains(Matter.CHANGE_COMMON_PART_USE)),
          () -> assertTrue(policy.valueAt(VoteParameters.SPECIAL_MATTERS, civilCode).source().en()
              .startsWith("Civil Code art. 278 (in force from 2021-01-01), items (6)")),
          () -> assertTrue(policy.valueAt(VoteParameters.SPECIAL_MATTERS, LocalDate.of(2020, 12, 31)).value()
              .contains(Matter.USE_MAINTENANCE_FUND), "Property Law art. 76 item (5): raising and using the fund"),
          () -> assertFalse(policy.valueAt(VoteParameters.SPECIAL_MATTERS, civilCode).value()
              .contains(Matter.USE_MAINTENANCE_FUND), "Civil Code art. 278 item (5): an ordinary matter"));
    }

    @Test
    void aFileAStreamAndAStringGiveTheSamePolicy(@TempDir Path dir) throws IOException {
      Path file = Files.writeString(dir.resolve("cn-default.json"), Fixtures.cnDefault());
      GovernancePolicy fromString = JSON.readPolicy(Fixtures.cnDefault());

      try (InputStream in = Files.newInputStream(file)) {
        assertEquals(fromString, JSON.readPolicy(in));
      }
      assertEquals(fromString, JSON.readPolicy(file));
    }
  }

  @Nested
  class UnreadableDocuments {

    @Test
    void malformedJsonIsOneSyntaxErrorWithItsLineAndColumn() {
      InputError error = onlyPolicyError("{\n  \"id\": \"x\",\n  \"version\": }\n");

      assertAll(
          () -> assertEquals("syntax", error.code()),
          () -> assertEquals("", error.pointer()),
          () -> assertTrue(error.message().contains("line 3, column 14"), error.message()));
    }

    @Test
    void contentAfterTheDocumentIsASyntaxError() {
      InputError error = onlyPolicyError("{} {}");

      assertEquals("syntax", error.code());
      assertTrue(error.message().contains("after the end of the document"), error.message());
    }

    @Test
    void aKeyGivenTwiceIsASyntaxError() {
      InputError error = onlyPolicyError("{\"id\": \"a\", \"id\": \"b\"}");

      assertEquals("syntax", error.code());
      assertTrue(error.message().contains("Duplicate field 'id'"), error.message());
    }

    @Test
    void anEmptyDocumentIsASyntaxError() {
      assertEquals("syntax", onlyPolicyError("  ").code());
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
      InputError error = onlyPolicyError("[".repeat(Mappers.MAX_NESTING_DEPTH + 1) + "]".repeat(Mappers.MAX_NESTING_DEPTH + 1));

      assertEquals("limit", error.code());
      assertEquals("nesting deeper than 64 levels at line 1, column 65 (limit: maxNestingDepth 64)", error.message());
    }

    @Test
    void aNumberTooLargeToComputeWithIsRefusedAtItsPointer() {
      InputError error = onlyPolicyError(Fixtures.cnDefault().replaceFirst("\"value\": 60,", "\"value\": 1e999999999,"));

      assertEquals(new InputError("/parameters/satisfaction.pass-line/0/value", "limit", error.message()), error);
    }

    @Test
    void aNumberWhoseExponentCannotEvenBeReadIsALimitError() {
      InputError error = onlyPolicyError(Fixtures.cnDefault().replaceFirst("\"value\": 60,", "\"value\": 1e99991420100,"));

      assertAll(
          () -> assertEquals("limit", error.code()),
          () -> assertEquals("", error.pointer()),
          () -> assertTrue(error.message().contains("too large to read (1e99991420100)"), error.message()));
    }

    @Test
    void aFileThatCannotBeReadIsAnIoErrorNamingThePath(@TempDir Path dir) {
      Path missing = dir.resolve("no-such-policy.json");

      InputError error = errorsOf(InvalidPolicyException.class, () -> JSON.readPolicy(missing)).get(0);

      assertEquals("io", error.code());
      assertTrue(error.message().contains(missing.toString()), error.message());
    }

    @Test
    void aFailingStreamIsAnIoError() {
      InputStream failing = new InputStream() {
        @Override
        public int read() throws IOException {
          throw new IOException("disk on fire");
        }
      };

      InputError error = errorsOf(InvalidPolicyException.class, () -> JSON.readPolicy(failing)).get(0);

      assertEquals("io", error.code());
      assertTrue(error.message().contains("disk on fire"), error.message());
    }
  }

  @Nested
  class SchemaViolations {

    static Stream<OneError> violations() {
      return Stream.of(
          new OneError("a missing required field is named at its pointer", root -> root.remove("version"),
              new InputError("/version", "required", "'version' is required")),
          new OneError("an unknown enum value lists the legal values",
              root -> object(root, "/parameters/satisfaction.invalid-round-handling/0").put("value", "SOMETIMES"),
              new InputError("/parameters/satisfaction.invalid-round-handling/0/value", "enum",
                  "must be one of SKIP, RESET, was \"SOMETIMES\"")),
          new OneError("a value of the wrong type is reported before binding",
              root -> object(root, "/parameters/satisfaction.failures-for-dismissal/0").put("value", "one"),
              new InputError("/parameters/satisfaction.failures-for-dismissal/0/value", "type",
                  "must be an integer, was the string \"one\"")),
          new OneError("a threshold must hold exactly one comparison",
              root -> object(root, "/parameters/satisfaction.quorum/0/value").put("moreThan", "1/2"),
              new InputError("/parameters/satisfaction.quorum/0/value", "maxProperties",
                  "must hold exactly one of atLeast, moreThan")),
          new OneError("a quorum part without its partner is required",
              root -> object(root, "/parameters/vote.special-rule/1/value").remove("quorumOwners"),
              new InputError("/parameters/vote.special-rule/1/value/quorumOwners", "required",
                  "'quorumOwners' is required when 'quorumArea' is given")),
          new OneError("a blank id is rejected once", root -> root.put("id", " "),
              new InputError("/id", "minLength", "must not be blank")),
          new OneError("an id of the wrong type is not also reported as missing", root -> root.put("id", 7),
              new InputError("/id", "type", "must be a string, was the integer 7")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void eachViolationIsOneErrorAtItsPointer(OneError violation) {
      assertEquals(violation.error(), onlyPolicyError(preset(violation.edit())));
    }

    static Stream<ErrorAt> violationsAt() {
      return Stream.of(
          new ErrorAt("a property the schema does not name is rejected listing the legal ones",
              root -> root.put("author", "someone"), "/author", "additionalProperties",
              "id, jurisdiction, version, description, parameters"),
          new ErrorAt("a date that is not on the calendar is rejected",
              root -> object(root, "/parameters/satisfaction.scale/0").put("effectiveFrom", "2019-02-30"),
              "/parameters/satisfaction.scale/0/effectiveFrom", "format", "YYYY-MM-DD"),
          new ErrorAt("a share that is not a fraction says which forms are legal",
              root -> object(root, "/parameters/satisfaction.quorum/0/value").put("atLeast", "sixty percent"),
              "/parameters/satisfaction.quorum/0/value/atLeast", "pattern", "\"2/3\"", "\"60%\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violationsAt")
    void eachOfTheseIsOneErrorAtItsPointer(ErrorAt violation) {
      violation.check(onlyPolicyError(preset(violation.edit())));
    }

    @Test
    void anUnknownParameterIdIsOneErrorListingTheKnownIds() {
      InputError error = onlyPolicyError(preset(root -> {
        ObjectNode parameters = object(root, "/parameters");
        parameters.set("vote.dismissal-notice-dayz", parameters.remove("vote.dismissal-notice-days"));
      }));

      assertEquals("/parameters/vote.dismissal-notice-dayz", error.pointer());
      assertEquals("unknown-parameter", error.code());
      for (ParameterKey<?> key : GovernanceEngine.parameters()) {
        assertTrue(error.message().contains(key.id()), () -> error.message() + " should list " + key.id());
      }
    }
  }

  @Nested
  class ParameterValues {

    static Stream<OneError> rejectedValues() {
      return Stream.of(
          new OneError("a share above one is rejected at its comparison",
              root -> object(root, "/parameters/satisfaction.quorum/0/value").put("atLeast", "3/2"),
              new InputError("/parameters/satisfaction.quorum/0/value/atLeast", "constraint",
                  "satisfaction.quorum: threshold share must be between 0 and 1, was 1.5")),
          new OneError("a scale whose min is not below its max is rejected",
              root -> object(root, "/parameters/satisfaction.scale/0/value").put("min", 100),
              new InputError("/parameters/satisfaction.scale/0/value", "constraint",
                  "satisfaction.scale: scale min 100 must be below max 100")),
          new OneError("special matters may not repeat a matter",
              root -> ((ArrayNode) root.at("/parameters/vote.special-matters/0/value")).add("REBUILD"),
              new InputError("/parameters/vote.special-matters/0/value", "uniqueItems",
                  "must not list the same item twice")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedValues")
    void eachRejectedValueIsOneErrorAtItsPointer(OneError rejected) {
      assertEquals(rejected.error(), onlyPolicyError(preset(rejected.edit())));
    }

    static Stream<ErrorAt> rejectedValuesAt() {
      return Stream.of(
          new ErrorAt("group weights that are all zero are rejected", root -> object(root,
              "/parameters/satisfaction.group-weights/0/value").put("HOUSEHOLD", "0").put("OWNERS_COMMITTEE", 0)
              .put("COMMUNITY", "0%"), "/parameters/satisfaction.group-weights/0/value", null, "positive weight"),
          new ErrorAt("two values from one date are reported at the second",
              root -> object(root, "/parameters/vote.ordinary-rule/1").put("effectiveFrom", "2007-10-01"),
              "/parameters/vote.ordinary-rule/1/effectiveFrom", "duplicate", "2007-10-01"),
          new ErrorAt("a parameter the engine needs is required",
              root -> object(root, "/parameters").remove("vote.dismissal-notice-days"),
              "/parameters/vote.dismissal-notice-days", "required", "vote.dismissal-notice-days is required"),
          new ErrorAt("a pass line off the scale is rejected",
              root -> object(root, "/parameters/satisfaction.pass-line/0").put("value", 120),
              "/parameters/satisfaction.pass-line/0/value", null, "off the scale"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedValuesAt")
    void eachOfTheseIsOneErrorAtItsPointer(ErrorAt rejected) {
      rejected.check(onlyPolicyError(preset(rejected.edit())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"3/5\"", "\"0.6\"", "\"60%\"", "0.6", "\"6/10\""})
    void aShareMayBeAFractionADecimalAPercentageOrANumber(String share) {
      String json = Fixtures.cnDefault().replace("{ \"atLeast\": \"60%\" }", "{ \"atLeast\": " + share + " }");

      GovernancePolicy policy = JSON.readPolicy(json);

      assertEquals(Threshold.atLeast(Fraction.of(3, 5)),
          policy.valueAt(SatisfactionParameters.QUORUM, LocalDate.of(2024, 1, 1)).value());
    }
  }

  @Nested
  class EveryErrorAtOnce {

    @Test
    void errorsOfEveryStageAreReportedTogetherInDocumentOrder() {
      String json = preset(root -> {
        root.remove("version");
        object(root, "/parameters/satisfaction.invalid-round-handling/0").put("value", "SOMETIMES");
        object(root, "/parameters/satisfaction.quorum/0/value").put("atLeast", "3/2");
        object(root, "/parameters/vote.special-rule/1").put("effectiveFrom", "2007-10-01");
        object(root, "/parameters").put("vote.quorum", "2/3");
      });

      List<InputError> errors = policyErrors(json);

      assertEquals(List.of(
          "/version",
          "/parameters/satisfaction.quorum/0/value/atLeast",
          "/parameters/satisfaction.invalid-round-handling/0/value",
          "/parameters/vote.special-rule/1/effectiveFrom",
          "/parameters/vote.quorum"), pointers(errors));
      assertEquals(List.of("required", "constraint", "enum", "duplicate", "unknown-parameter"),
          errors.stream().map(InputError::code).toList());
    }

    @Test
    void aSchemaErrorInOneValueDoesNotHideAnErrorInAnotherValueOfTheSameParameter() {
      List<InputError> errors = policyErrors(preset(root -> {
        object(root, "/parameters/vote.ordinary-rule/0/value").put("approvalBase", "EVERYONE");
        object(root, "/parameters/vote.ordinary-rule/1/value/approvalArea").put("moreThan", "7/4");
      }));

      assertEquals(List.of("/parameters/vote.ordinary-rule/0/value/approvalBase",
          "/parameters/vote.ordinary-rule/1/value/approvalArea/moreThan"), pointers(errors));
    }

    @Test
    void anErrorFoundByTheSchemaIsNotReportedAgainByALaterStage() {
      List<InputError> errors = policyErrors(preset(root -> {
        root.put("jurisdiction", 86);
        object(root, "/parameters/satisfaction.quorum/0").remove("source");
      }));

      assertEquals(List.of(new InputError("/jurisdiction", "type", "must be a string, was the integer 86"),
          new InputError("/parameters/satisfaction.quorum/0/source", "required", "'source' is required")), errors);
    }

    @Test
    void theExceptionMessageListsEveryError() {
      InvalidPolicyException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidPolicyException.class,
          () -> JSON.readPolicy(preset(root -> root.remove(List.of("id", "jurisdiction")))));

      assertTrue(e.getMessage().contains("2 errors"), e.getMessage());
      assertTrue(e.getMessage().contains("/jurisdiction: 'jurisdiction' is required"), e.getMessage());
    }
  }

  @Test
  void aPolicyDocumentMayNameItsSchema() {
    String json = preset(root -> root.put("$schema", "https://propgov.io/schema/policy.schema.json"));

    assertEquals(JSON.readPolicy(Fixtures.cnDefault()), JSON.readPolicy(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
  }
}
