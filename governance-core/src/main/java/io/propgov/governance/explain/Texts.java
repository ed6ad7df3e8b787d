package io.propgov.governance.explain;

import java.util.Objects;

/** Checks the texts every explanation carries (figure names, rule ids, labels). */
final class Texts {

  private Texts() {
  }

  /** The text without surrounding blanks; never blank. */
  static String require(String text, String field) {
    Objects.requireNonNull(text, field);
    int last = text.length() - 1;
    // Most texts (every figure name) need no stripping: checking their ends is enough.
    if (last >= 0 && !Character.isWhitespace(text.charAt(0)) && !Character.isWhitespace(text.charAt(last))) {
      return text;
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return text.strip();
  }
}
