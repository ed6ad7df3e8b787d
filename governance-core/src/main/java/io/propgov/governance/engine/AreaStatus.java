package io.propgov.governance.engine;

import java.util.Objects;

/**
 * Whether a rule area was assessed for an estate and, when not, why: an area without facts is
 * not assessed, which is never the same as passed.
 *
 * @param area the area, never null
 * @param assessed whether its rules were applied
 * @param why when not assessed, a stable code saying why ({@code no-rules}: the policy does not
 *     judge the area; {@code no-facts}: the facts hold nothing for it; {@code no-company}: the
 *     estate has no company; {@code no-record}: no credit record for its company;
 *     {@code not-placed}: the estate has no unit; {@code tree-errors}: the tree is invalid);
 *     null when assessed
 * @since 0.1.0
 */
public record AreaStatus(Area area, boolean assessed, String why) {

  /** Checks that a reason is given exactly when the area was not assessed. */
  public AreaStatus {
    Objects.requireNonNull(area, "area");
    if (assessed == (why != null)) {
      throw new IllegalArgumentException(area + ": a reason is given when, and only when, the area was not assessed");
    }
  }

  /** Returns an assessed area. @param area the area @return the status */
  public static AreaStatus assessed(Area area) {
    return new AreaStatus(area, true, null);
  }

  /** Returns an area not assessed. @param area the area @param why the code @return the status */
  public static AreaStatus notAssessed(Area area, String why) {
    return new AreaStatus(area, false, Objects.requireNonNull(why, "why"));
  }
}
