package io.propgov.governance.error;

import java.util.Objects;

/**
 * One problem with a policy or with facts, located precisely.
 *
 * @param pointer the JSON Pointer (RFC 6901) of the offending field in the document form of the
 *     input, such as {@code /ballots/3/area}; the empty string means the document as a whole
 * @param code a stable, machine-readable kind of problem, such as {@code minimum},
 *     {@code required}, {@code type} or {@code no-value-in-force}
 * @param message what is wrong and what would be legal, in English, never blank
 * @since 0.1.0
 */
public record InputError(String pointer, String code, String message) {

  /** Checks that every part is given. */
  public InputError {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns {@code pointer: message}, or {@code (document): message} for the whole document,
   * with control characters shown as <code>&#92;u001b</code>-style escapes (the message may quote an id
   * read from the input).
   */
  @Override
  public String toString() {
    return Printable.of((pointer.isEmpty() ? "(document)" : pointer) + ": " + message);
  }
}
