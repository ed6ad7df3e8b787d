package io.propgov.governance.org;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The regular meetings a policy requires.
 *
 * @param meetings the meeting rules, codes unique, never null (may be empty)
 * @since 0.1.0
 */
public record MeetingSchedule(List<RequiredMeeting> meetings) {

  /** Copies the rules and checks that codes are unique. */
  public MeetingSchedule {
    meetings = List.copyOf(meetings);
    Set<String> codes = new HashSet<>();
    for (RequiredMeeting m : meetings) {
      if (!codes.add(m.code())) {
        throw new IllegalArgumentException("meeting code '" + m.code() + "' appears twice");
      }
    }
  }
}
