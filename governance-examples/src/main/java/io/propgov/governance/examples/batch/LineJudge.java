package io.propgov.governance.examples.batch;

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
}
