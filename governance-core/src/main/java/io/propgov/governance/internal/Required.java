package io.propgov.governance.internal;

import java.util.Objects;

/** Checks of the parts a policy's definitions cannot do without. */
public final class Required {

  private Required() {}

  /**
   * Checks that each text is given and not blank, such as a definition's code and its names.
   *
   * @param what the texts together, for the messages, such as {@code "level code and names"}
   * @param texts the texts
   * @throws NullPointerException ({@code "<what> are required"}) when a text is null
   * @throws IllegalArgumentException ({@code "<what> must not be blank"}) when a text is blank
   */
  public static void texts(String what, String... texts) {
    for (String text : texts) {
      Objects.requireNonNull(text, () -> what + " are required");
      if (text.isBlank()) {
        throw new IllegalArgumentException(what + " must not be blank");
      }
    }
  }
}
