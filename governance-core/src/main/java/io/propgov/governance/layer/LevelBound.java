package io.propgov.governance.layer;

import java.util.Objects;

/**
 * A bound together with the level that set it.
 *
 * @param level the id of the policy that declares the bound, never null
 * @param bound the bound, never null
 * @since 0.1.0
 */
public record LevelBound(String level, Bound bound) {

  /** Checks that both parts are given. */
  public LevelBound {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(bound, "bound");
  }
}
