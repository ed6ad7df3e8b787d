package io.propgov.governance.org;

import io.propgov.governance.internal.Required;

/**
 * A regular meeting the policy requires: the four-level secretaries' joint meeting (Wuhan), the
 * quarterly "red meeting hall" (Handan).
 *
 * @param code the meeting's stable code, such as {@code red-meeting-hall}, never blank
 * @param en its English name, never blank
 * @param zh its Chinese name, never blank
 * @param level the code of the level whose units hold it, never blank
 * @param everyMonths how often it must be held, in months, at least 1
 * @since 0.1.0
 */
public record RequiredMeeting(String code, String en, String zh, String level, int everyMonths) {

  /** Checks the parts. */
  public RequiredMeeting {
    Required.texts("meeting code, names and level", code, en, zh, level);
    if (everyMonths < 1) {
      throw new IllegalArgumentException("meeting " + code + ": everyMonths must be at least 1, was " + everyMonths);
    }
  }
}
