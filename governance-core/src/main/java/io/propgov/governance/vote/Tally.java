package io.propgov.governance.vote;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A count of owners, each counted once, and of the exclusive area they hold.
 *
 * @param owners the owners counted
 * @param area their exclusive area in m², never null
 * @since 0.1.0
 */
public record Tally(int owners, BigDecimal area) {

  /** Checks that the area is given. */
  public Tally {
    Objects.requireNonNull(area, "area");
  }

  /** The empty tally. */
  static final Tally NONE = new Tally(0, BigDecimal.ZERO);

  Tally plus(Tally other) {
    return new Tally(owners + other.owners, area.add(other.area));
  }
}
