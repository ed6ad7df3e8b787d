package io.propgov.governance.examples.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonMatchTests {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static List<String> diff(String expected, String actual) throws Exception {
    JsonNode e = MAPPER.readTree(expected);
    JsonNode a = MAPPER.readTree(actual);
    return JsonMatch.differences(e, a);
  }

  @Test
  void fieldsNotWrittenInTheExpectationAreIgnored() throws Exception {
    assertTrue(diff("{\"a\":1}", "{\"a\":1,\"b\":2}").isEmpty());
  }

  @Test
  void aDifferentValueIsReportedWithItsPointer() throws Exception {
    assertEquals(List.of("/a/b: expected \"PASSED\" but was \"FAILED\""),
        diff("{\"a\":{\"b\":\"PASSED\"}}", "{\"a\":{\"b\":\"FAILED\"}}"));
  }

  @Test
  void numbersMatchExactlyWhateverTheirForm() throws Exception {
    assertTrue(diff("{\"a\":60,\"b\":\"2/3\",\"c\":\"0.5\"}", "{\"a\":\"60.00\",\"b\":\"4/6\",\"c\":\"1/2\"}").isEmpty());
    assertEquals(1, diff("{\"a\":60}", "{\"a\":\"59.99\"}").size());
  }

  @Test
  void reasonsAreMatchedByRuleIdWhateverTheirPosition() throws Exception {
    String actual = "{\"reasons\":[{\"rule\":\"x\",\"outcome\":\"MET\"},{\"rule\":\"y\",\"outcome\":\"NOT_MET\"}]}";
    assertTrue(diff("{\"reasons\":[{\"rule\":\"y\",\"outcome\":\"NOT_MET\"}]}", actual).isEmpty());
    assertEquals(List.of("/reasons/1/outcome: expected \"MET\" but was \"NOT_MET\""),
        diff("{\"reasons\":[{\"rule\":\"y\",\"outcome\":\"MET\"}]}", actual));
    assertTrue(diff("{\"reasons\":[{\"rule\":\"z\"}]}", actual).get(0).contains("rules applied were [x, y]"));
  }

  @Test
  void otherArraysMustHaveTheSameLength() throws Exception {
    assertEquals(1, diff("{\"a\":[1,2]}", "{\"a\":[1,2,3]}").size());
    assertTrue(diff("{\"a\":[{\"b\":1},{}]}", "{\"a\":[{\"b\":1,\"c\":2},{\"d\":3}]}").isEmpty());
  }

  @Test
  void aMissingFieldIsReported() throws Exception {
    assertTrue(diff("{\"a\":{\"b\":1}}", "{\"a\":{}}").get(0).startsWith("/a/b: expected 1 but the result has nothing there"));
  }

  @Test
  void booleansDoNotMatchStrings() throws Exception {
    assertEquals(1, diff("{\"a\":true}", "{\"a\":\"yes\"}").size());
    assertTrue(diff("{\"a\":true}", "{\"a\":true}").isEmpty());
  }
}
