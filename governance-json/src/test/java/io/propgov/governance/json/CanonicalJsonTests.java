package io.propgov.governance.json;

import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The canonical form the README defines, so that another language can check a receipt. */
class CanonicalJsonTests {

  @Test
  void membersAreSortedByKeyAndWhiteSpaceIsDropped() {
    assertEquals("{\"a\":[1,true,null],\"b\":{\"c\":\"d\",\"z\":1}}",
        JSON.canonical("{ \"b\": {\"z\": 1, \"c\": \"d\"},\n \"a\": [1, true, null] }"));
  }

  @Test
  void numbersArePlainAndExact() {
    assertEquals("[60,60,-0.5,0,1000,0.1234567890123456789]",
        JSON.canonical("[60, 60.0, -0.50, -0, 1E3, 0.1234567890123456789]"));
  }

  @Test
  void stringsEscapeOnlyQuotesBackslashesAndControlCharacters() {
    assertEquals("[\"a\\\"b\\\\c\\n\\u0001/é中\"]", JSON.canonical("[\"a\\\"b\\\\c\\n\\u0001\\/\\u00e9中\"]"));
  }

  @Test
  void theHashIsSha256OfTheCanonicalUtf8() {
    // sha256("{}")
    assertEquals("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a", JSON.hash("{ }"));
  }

  @Test
  void textThatIsNotJsonIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> JSON.canonical("{"));
  }
}
