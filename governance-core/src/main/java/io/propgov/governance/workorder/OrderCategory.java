package io.propgov.governance.workorder;

import io.propgov.governance.internal.Required;
import io.propgov.governance.org.DayCount;
import java.util.Objects;

/**
 * A category of work orders and its deadlines: how soon the handler must respond and resolve,
 * in calendar or working days counted from the day after the order was received. A deadline of
 * 0 days falls on the day received.
 *
 * @param code the category's stable code, such as {@code repair}, never blank
 * @param en its English name, never blank
 * @param zh its Chinese name, never blank
 * @param responseDays the days allowed for a response, 0 or more
 * @param resolutionDays the days allowed for a resolution, not fewer than {@code responseDays}
 * @param dayCount whether both count calendar or working days, never null
 * @since 0.3.0
 */
public record OrderCategory(String code, String en, String zh, int responseDays, int resolutionDays,
    DayCount dayCount) {

  /** Checks the parts. */
  public OrderCategory {
    Required.texts("category code and names", code, en, zh);
    Objects.requireNonNull(dayCount, "dayCount");
    if (responseDays < 0) {
      throw new IllegalArgumentException("category " + code + ": responseDays must be 0 or more, was " + responseDays);
    }
    if (resolutionDays < responseDays) {
      throw new IllegalArgumentException("category " + code + ": resolutionDays must not be fewer than responseDays ("
          + responseDays + "), was " + resolutionDays);
    }
  }
}
