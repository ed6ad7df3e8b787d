package io.propgov.governance.examples.batch;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What one input line of a batch becomes: the seam between the streaming machinery and the
 * rules. Called from several threads at once, so an implementation must be thread-safe, and its
 * result must depend on the line alone (its number and text), so that any thread count gives
 * the same output.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface LineJudge {

  /**
   * Judges one line. Never throws for bad input: a line that cannot be judged gives an error
   * record.
   *
   * @param lineNumber the line's number in the input, from 1
   * @param line the line's text, without its line end, never null (may be empty)
   * @return the output line, never null
   */
  LineResult judge(long lineNumber, String line);

  /**
   * Judges one line as {@link #judge(long, String)} does and appends the output line's UTF-8
   * bytes, without a line end, to a buffer. By default it encodes that method's text; a judge
   * that can write bytes straight away overrides it, with the same bytes.
   *
   * @param lineNumber the line's number in the input, from 1
   * @param line the line's text, without its line end, never null (may be empty)
   * @param out where the output line's bytes go, not null
   * @return whether the output is an error record rather than a decision
   * @since 0.1.0
   */
  default boolean judge(long lineNumber, String line, ByteArrayOutputStream out) {
    LineResult result = judge(lineNumber, line);
    out.writeBytes(result.json().getBytes(StandardCharsets.UTF_8));
    return result.error();
  }

  /**
   * Appends the UTF-8 bytes of the error record of a line that could not even be read as text,
   * without a line end: {@code {"line":N,"errors":[{"pointer":"","code":C,"message":M}]}}. The
   * batch calls it for a line longer than its maximum ({@code limit}) and for a line that is not
   * UTF-8 or escapes a lone surrogate ({@code encoding}). A judge whose error records carry more
   * overrides it, keeping that form.
   *
   * @param lineNumber the line's number in the input, from 1
   * @param code the error's code, not null
   * @param message what is wrong and what would be legal, not null
   * @param out where the record's bytes go, not null
   * @since 0.1.0
   */
  default void reject(long lineNumber, String code, String message, ByteArrayOutputStream out) {
    String record = "{\"line\":" + lineNumber + ",\"errors\":[{\"pointer\":\"\",\"code\":" + quote(code)
        + ",\"message\":" + quote(message) + "}]}";
    out.writeBytes(record.getBytes(StandardCharsets.UTF_8));
  }

  /** A JSON string of a text of the batch's own (no lone surrogates), escaped as Jackson escapes it. */
  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int shortEscape = "\b\t\n\f\r".indexOf(c);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (shortEscape >= 0) {
        quoted.append('\\').append("btnfr".charAt(shortEscape));
      } else if (c < 0x20) {
        quoted.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
