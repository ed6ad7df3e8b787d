package io.propgov.governance.service;

import java.util.Objects;

/**
 * The management mode a policy's mode table gives an estate, and how it is run now.
 *
 * @param row the id of the table row that matched, never null
 * @param recommended the mode the row gives, never null
 * @param current the estate's current mode, or null when not given
 * @since 0.1.0
 */
public record ModeChoice(String row, ServiceMode recommended, ServiceMode current) {

  /** Checks that the row and mode are given. */
  public ModeChoice {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(recommended, "recommended");
  }
}
