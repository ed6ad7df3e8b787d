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
public record MeetingRules(List<MeetingRule> meetings) {

  /** Copies the rules and checks that codes are unique. */
  public MeetingRules {
    meetings = List.copyOf(meetings);
    Set<String> codes = new HashSet<>();
    for (MeetingRule m : meetings) {
      if (!codes.add(m.code())) {
        throw new IllegalArgumentException("meeting code '" + m.code() + "' appears twice");
      }
    }
  }
}
