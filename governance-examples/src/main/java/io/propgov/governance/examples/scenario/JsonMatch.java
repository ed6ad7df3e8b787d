package io.propgov.governance.examples.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.propgov.governance.policy.Fraction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Partial matching of an expected JSON document against an actual one: only what the expected
 * document writes is compared, so a policy team asserts what matters and nothing else.
 *
 * <ul>
 *   <li>An object matches when every expected field is present and matches; other fields are ignored.</li>
 *   <li>An array of reasons (objects with a {@code "rule"} field) matches when each expected
 *       reason matches an actual reason with the same rule id (any one, when the rule gave
 *       several); when none does, the differences from the first are reported.</li>
 *   <li>Any other array matches element by element and must have the same length.</li>
 *   <li>Scalars match when equal as text, or as exact numbers ({@code 60}, {@code "60"} and
 *       {@code "60.0"} are equal; so are {@code "2/3"} and {@code "4/6"}).</li>
 * </ul>
 */
final class JsonMatch {

  private JsonMatch() {}

  /** Returns one line per difference, each naming its JSON Pointer; empty when they match. */
  static List<String> differences(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    compare("", expected, actual, out);
    return out;
  }

  private static void compare(String at, JsonNode expected, JsonNode actual, List<String> out) {
    if (actual == null || actual.isMissingNode()) {
      out.add(where(at) + "expected " + expected + " but the result has nothing there");
    } else if (expected.isObject()) {
      if (!actual.isObject()) {
        out.add(where(at) + "expected an object " + expected + " but was " + actual);
        return;
      }
      for (Map.Entry<String, JsonNode> f : expected.properties()) {
        compare(at + "/" + f.getKey().replace("~", "~0").replace("/", "~1"), f.getValue(), actual.get(f.getKey()), out);
      }
    } else if (expected.isArray()) {
      if (!actual.isArray()) {
        out.add(where(at) + "expected an array " + expected + " but was " + actual);
      } else if (isReasonList(expected)) {
        compareByRule(at, expected, actual, out);
      } else if (expected.size() != actual.size()) {
        out.add(where(at) + "expected " + expected.size() + " elements but there were " + actual.size()
            + ": " + abbreviate(actual));
      } else {
        for (int i = 0; i < expected.size(); i++) {
          compare(at + "/" + i, expected.get(i), actual.get(i), out);
        }
      }
    } else if (!scalarsEqual(expected, actual)) {
      out.add(where(at) + "expected " + expected + " but was " + abbreviate(actual));
    }
  }

  private static void compareByRule(String at, JsonNode expected, JsonNode actual, List<String> out) {
    for (JsonNode e : expected) {
      String rule = e.path("rule").asText();
      // A rule may give several reasons (one per tier, per round): any one of them may match.
      List<String> firstDifferences = null;
      boolean matched = false;
      for (int i = 0; i < actual.size() && !matched; i++) {
        if (rule.equals(actual.get(i).path("rule").asText())) {
          List<String> differences = new ArrayList<>();
          compare(at + "/" + i, e, actual.get(i), differences);
          matched = differences.isEmpty();
          if (firstDifferences == null) {
            firstDifferences = differences;
          }
        }
      }
      if (firstDifferences == null) {
        List<String> present = new ArrayList<>();
        actual.forEach(a -> present.add(a.path("rule").asText()));
        out.add(where(at) + "expected a reason from rule " + rule + " but the rules applied were " + present);
      } else if (!matched) {
        out.addAll(firstDifferences);
      }
    }
  }

  private static boolean isReasonList(JsonNode array) {
    if (array.isEmpty()) {
      return false;
    }
    for (JsonNode e : array) {
      if (!e.isObject() || !e.has("rule")) {
        return false;
      }
    }
    return true;
  }

  private static boolean scalarsEqual(JsonNode expected, JsonNode actual) {
    if (expected.isNull() || actual.isNull()) {
      return expected.isNull() && actual.isNull();
    }
    if (!expected.isContainerNode() && !actual.isContainerNode() && expected.asText().equals(actual.asText())) {
      return true;
    }
    if (expected.isBoolean() || actual.isBoolean() || actual.isContainerNode()) {
      return false;
    }
    try {
      return Fraction.parse(expected.asText()).equals(Fraction.parse(actual.asText()));
    } catch (IllegalArgumentException notNumbers) {
      return false;
    }
  }

  private static String where(String at) {
    return (at.isEmpty() ? "(document)" : at) + ": ";
  }

  private static String abbreviate(JsonNode node) {
    String text = node.toString();
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
