package io.propgov.governance.json;

import static io.propgov.governance.json.Documents4Tests.errorsOf;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.error.InvalidPolicyException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One set of limits for every reader, each named in the error that hits it; a byte order mark read past. */
class InputLimitsTests {

  private static final GovernanceJson JSON = GovernanceJson.create();

  private static InputError factsError(String text) {
    List<InputError> errors = errorsOf(InvalidFactsException.class, () -> JSON.readFacts(text));
    assertEquals(1, errors.size(), errors::toString);
    return errors.get(0);
  }

  @Test
  void theModuleMapperAppliesTheLimitsDefinedOnce() {
    var constraints = Mappers.create().getFactory().streamReadConstraints();

    assertAll(
        () -> assertEquals(InputLimits.MAX_NESTING_DEPTH, constraints.getMaxNestingDepth()),
        () -> assertEquals(InputLimits.MAX_STRING_LENGTH, constraints.getMaxStringLength()),
        () -> assertEquals(InputLimits.MAX_NUMBER_LENGTH, constraints.getMaxNumberLength()),
        () -> assertEquals(InputLimits.MAX_NAME_LENGTH, constraints.getMaxNameLength()),
        () -> assertEquals(InputLimits.MAX_DOCUMENT_LENGTH, constraints.getMaxDocumentLength()),
        () -> assertEquals(constraints.getMaxNestingDepth(),
            InputLimits.jsonFactory().streamReadConstraints().getMaxNestingDepth()));
  }

  @Test
  void nestingOneLevelPastTheLimitIsRefusedWithItsPlaceAndTheLimitsName() {
    String text = "{\n  \"estates\": " + "[".repeat(64) + "]".repeat(64) + "}";

    InputError error = factsError(text);

    assertEquals(new InputError("", "limit",
        "nesting deeper than 64 levels at line 2, column 77 (limit: maxNestingDepth 64)"), error);
  }

  @Test
  void nestingAtTheLimitIsReadAndLeftToTheSchema() {
    String text = "{\"estates\": " + "[".repeat(63) + "]".repeat(63) + "}";

    assertEquals("type", factsError(text).code());
  }

  @Test
  void aNumberLongerThanTheLimitIsNamed() {
    InputError error = factsError("{\"estates\": [{\"id\": \"e\", \"households\": " + "1".repeat(101) + "}]}");

    assertEquals("limit", error.code());
    assertEquals(true, error.message().startsWith("a number longer than 100 characters at line 1, column "),
        error.message());
    assertEquals(true, error.message().endsWith(" (limit: maxNumberLength 100)"), error.message());
  }

  @Test
  void aNumberWithTooManyDigitsNamesMaxDigitsAtItsPointer() {
    InputError error = factsError("{\"estates\": [{\"id\": \"e\", \"households\": 1e31}]}");

    assertEquals(new InputError("/estates/0/households", "limit", "number 1E+31 is too large or too precise;"
        + " at most 30 digits before and after the decimal point (limit: maxDigits 30)"), error);
  }

  @Test
  void aRootThatIsNotAnObjectIsLocated() {
    assertAll(
        () -> assertEquals(new InputError("", "type", "the document must be a JSON object, was an array"
            + " at line 2, column 3"), factsError("\n  []")),
        () -> assertEquals(new InputError("", "type", "the document must be a JSON object, was a string"
            + " at line 1, column 1"), errorsOf(InvalidPolicyException.class, () -> JSON.readPolicy("\"p\"")).get(0)));
  }

  @Test
  void truncatedAndNonNumericDocumentsNameLineAndColumn() {
    assertAll(
        () -> assertEquals(true, factsError("{\"estates\": [").message()
            .startsWith("malformed JSON at line 1, column 14: "), factsError("{\"estates\": [")::message),
        () -> assertEquals(true, factsError("{\"estates\":\n [NaN]}").message()
            .startsWith("malformed JSON at line 2, column "), factsError("{\"estates\":\n [NaN]}")::message));
  }

  @Test
  void aByteOrderMarkIsReadPastByEveryEntryPoint(@TempDir Path dir) throws IOException {
    String facts = "{\"estates\": [{\"id\": \"东湖²\"}]}";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = facts.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);
    Path file = Files.write(dir.resolve("facts.json"), bytes);

    assertAll(
        () -> assertEquals("东湖²", JSON.readFacts("\uFEFF" + facts).estates().get(0).id()),
        () -> assertEquals("东湖²", JSON.readFacts(file).estates().get(0).id()),
        () -> assertEquals("东湖²", JSON.readFacts(new ByteArrayInputStream(bytes)).estates().get(0).id()),
        () -> assertEquals("东湖²", JSON.readEstate("\uFEFF{\"id\": \"东湖²\"}").id()),
        () -> assertEquals("cn-default-fixture", JSON.readPolicy("\uFEFF" + Fixtures.cnDefault()).id()),
        () -> assertEquals("cn-default-fixture", JSON.readLayer("\uFEFF" + Fixtures.cnDefault()).id()));
  }
}
