package io.propgov.governance.examples.readme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's {@code ```json} blocks and what each claims to be.
 *
 * <p>Every JSON block is preceded by a marker line naming what it is:
 * <ul>
 *   <li>{@code <!-- readme-json: facts -->}, {@code estate}, {@code layer} or {@code scenario}: a
 *       whole document of that kind, which must be read without error (a scenario must also pass);</li>
 *   <li>{@code <!-- readme-json: excerpt of PATH -->}: a part of the JSON file at {@code PATH}
 *       (repository-relative), and {@code <!-- readme-json: excerpt of output evaluate ... -->}: a
 *       part of what that command prints. An excerpt may be a member list ({@code "key": ...}), which
 *       is read as an object. It must match one node of its context: every member an excerpt
 *       object writes is present and matches, an excerpt array's items match items of the
 *       context's array in order, and scalars are equal, except that a string ending in
 *       {@code …} matches every string that starts with the text before it.</li>
 * </ul>
 */
final class ReadmeJsonBlocks {

  /** One block: the README line of its fence, what its marker claims and its text. */
  record Block(int line, String kind, String context, String text) {
  }

  private static final Pattern MARKER = Pattern.compile("^<!-- readme-json: (facts|estate|layer|scenario"
      + "|excerpt of (.+?)) -->$");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReadmeJsonBlocks() {
  }

  /**
   * Finds every JSON block and its marker.
   *
   * @param readme the README's lines
   * @return the blocks in order
   * @throws IllegalArgumentException naming each block without a marker (by README line)
   */
  static List<Block> blocks(List<String> readme) {
    List<Block> blocks = new ArrayList<>();
    List<String> unmarked = new ArrayList<>();
    for (int i = 0; i < readme.size(); i++) {
      if (!readme.get(i).strip().equals("```json")) {
        continue;
      }
      int end = i + 1;
      while (end < readme.size() && !readme.get(end).strip().equals("```")) {
        end++;
      }
      String text = String.join("\n", readme.subList(i + 1, end));
      Matcher marker = i > 0 ? MARKER.matcher(readme.get(i - 1).strip()) : null;
      if (marker == null || !marker.matches()) {
        unmarked.add("line " + (i + 1));
      } else if (marker.group(2) != null) {
        blocks.add(new Block(i + 1, "excerpt", marker.group(2), text));
      } else {
        blocks.add(new Block(i + 1, marker.group(1), null, text));
      }
      i = end;
    }
    if (!unmarked.isEmpty()) {
      throw new IllegalArgumentException("JSON blocks without a '<!-- readme-json: ... -->' line above them: "
          + unmarked);
    }
    return blocks;
  }

  /**
   * Reads an excerpt: a JSON value, or a member list read as an object.
   *
   * @param text the block's text
   * @return the excerpt as a tree
   * @throws JsonProcessingException when it is neither
   */
  static JsonNode excerpt(String text) throws JsonProcessingException {
    String trimmed = text.strip();
    return MAPPER.readTree(trimmed.startsWith("\"") ? "{" + trimmed + "}" : trimmed);
  }

  /**
   * Whether an excerpt matches some node of its context (the context itself or any node below).
   *
   * @param excerpt the excerpt
   * @param context the whole context document
   * @return true when one node matches
   */
  static boolean foundIn(JsonNode excerpt, JsonNode context) {
    if (matches(excerpt, context)) {
      return true;
    }
    for (JsonNode child : context) {
      if (foundIn(excerpt, child)) {
        return true;
      }
    }
    return false;
  }

  static boolean matches(JsonNode excerpt, JsonNode actual) {
    if (excerpt.isObject()) {
      if (!actual.isObject()) {
        return false;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = excerpt.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!actual.has(field.getKey()) || !matches(field.getValue(), actual.get(field.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (excerpt.isArray()) {
      if (!actual.isArray()) {
        return false;
      }
      int at = 0;
      for (JsonNode item : excerpt) {
        while (at < actual.size() && !matches(item, actual.get(at))) {
          at++;
        }
        if (at == actual.size()) {
          return false;
        }
        at++;
      }
      return true;
    }
    if (excerpt.isTextual() && excerpt.asText().endsWith("…")) {
      String prefix = excerpt.asText().substring(0, excerpt.asText().length() - 1);
      return actual.isTextual() && actual.asText().startsWith(prefix);
    }
    if (excerpt.isNumber() && actual.isNumber()) {
      return excerpt.decimalValue().compareTo(actual.decimalValue()) == 0;
    }
    return excerpt.equals(actual);
  }
}
