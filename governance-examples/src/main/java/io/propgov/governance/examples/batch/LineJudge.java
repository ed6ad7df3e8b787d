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
}
