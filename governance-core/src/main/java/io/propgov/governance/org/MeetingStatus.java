package io.propgov.governance.org;

import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Label;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a unit has held a required meeting often enough.
 *
 * @param meeting the meeting rule's code, never null
 * @param meetingName the meeting's name in the policy, never null
 * @param unitId the unit that must hold it, never null
 * @param lastHeld the last day it was held by the as-of date, or null when never
 * @param due the day the next one is due, or null when it was never held
 * @param overdue whether it was never held, or not again by its due day
 * @since 0.1.0
 */
public record MeetingStatus(String meeting, Label meetingName, String unitId, LocalDate lastHeld, LocalDate due, boolean overdue)
    implements Conclusion {

  /** Checks the parts. */
  public MeetingStatus {
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(meetingName, "meetingName");
    Objects.requireNonNull(unitId, "unitId");
  }

  /** Returns the last day it was held. @return the day, empty when never */
  public Optional<LocalDate> lastHeldOn() {
    return Optional.ofNullable(lastHeld);
  }

  @Override
  public String messageKey() {
    return "org.meeting." + (lastHeld == null ? "NEVER_HELD" : overdue ? "OVERDUE" : "ON_TIME");
  }

  @Override
  public Map<String, String> headlineLiterals() {
    return Map.of("unit", unitId);
  }

  @Override
  public Map<String, Label> headlineLabels() {
    return Map.of("meeting", meetingName);
  }

  @Override
  public List<Figure> headlineFigures() {
    List<Figure> figures = new ArrayList<>();
    if (lastHeld != null) {
      figures.add(Figure.date("lastHeld", lastHeld));
      figures.add(Figure.date("due", due));
    }
    return figures;
  }
}
