package io.propgov.governance.examples.batch;

import java.util.Objects;

/**
 * The output of one input line of a batch.
 *
 * @param json the output line without a line break: one JSON object, or for a CSV judge one CSV record, never
 *     null
 * @param error whether it is an error record rather than a decision
 * @since 0.1.0
 */
public record LineResult(String json, boolean error) {

  /** Checks the text is given and holds no line break, which would shift every later result. */
  public LineResult {
    Objects.requireNonNull(json, "json");
    if (json.indexOf('\n') >= 0 || json.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("an output line must not hold a line break");
    }
  }
}
