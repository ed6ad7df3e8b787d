package io.propgov.governance.org;

import io.propgov.governance.internal.Required;
import java.util.Objects;

/**
 * How serious a resident's matter is, the lowest level that may handle it, and how soon it must
 * be answered: "small matters stay in the branch, big matters in the community, hard matters in
 * the sub-district" (Handan).
 *
 * @param code the severity's stable code, such as {@code small}, never blank
 * @param en its English name, never blank
 * @param zh its Chinese name, never blank
 * @param lowestLevel the code of the lowest level whose units may handle it, never blank
 * @param deadlineDays the days allowed for a response, at least 1
 * @param dayCount whether those are calendar or working days, never null
 * @since 0.1.0
 */
public record Severity(String code, String en, String zh, String lowestLevel, int deadlineDays, DayCount dayCount) {

  /** Checks the parts. */
  public Severity {
    Required.texts("severity code, names and lowest level", code, en, zh, lowestLevel);
    Objects.requireNonNull(dayCount, "dayCount");
    if (deadlineDays < 1) {
      throw new IllegalArgumentException("severity " + code + ": deadlineDays must be at least 1, was " + deadlineDays);
    }
  }
}
