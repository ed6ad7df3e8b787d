package io.propgov.governance.service;

import java.util.Objects;

/** Shared checks of codes in service catalogues. */
final class Catalogues {

  private Catalogues() {}

  /** Returns the code when it is given and not blank. */
  static String requireCode(String code, String what) {
    Objects.requireNonNull(code, what + " code");
    if (code.isBlank()) {
      throw new IllegalArgumentException(what + " code must not be blank");
    }
    return code;
  }
}
