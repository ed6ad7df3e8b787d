package io.propgov.governance.org;

import io.propgov.governance.internal.Keyed;
import java.util.List;

/**
 * The regular meetings a policy requires.
 *
 * @param meetings the meeting rules, codes unique, never null (may be empty)
 * @since 0.1.0
 */
public record MeetingSchedule(List<RequiredMeeting> meetings) {

  /** Copies the rules and checks that codes are unique. */
  public MeetingSchedule {
    meetings = Keyed.unique(meetings, RequiredMeeting::code, "meeting code '%s' appears twice");
  }
}
