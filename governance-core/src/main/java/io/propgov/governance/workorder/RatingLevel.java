package io.propgov.governance.workorder;

import io.propgov.governance.internal.Required;

/**
 * One answer a caller may give at the follow-up (回访), such as satisfied, basically satisfied or
 * dissatisfied, and whether it counts as satisfied in the satisfaction rate.
 *
 * @param code the rating's stable code, such as {@code satisfied}, never blank
 * @param en its English name, never blank
 * @param zh its Chinese name, never blank
 * @param satisfied whether it counts as satisfied
 * @since 0.3.0
 */
public record RatingLevel(String code, String en, String zh, boolean satisfied) {

  /** Checks the parts. */
  public RatingLevel {
    Required.texts("rating code and names", code, en, zh);
  }
}
