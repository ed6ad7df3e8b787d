package io.propgov.governance.org;

import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Label;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a resident's matter goes: the unit that must handle it, the path it took up the tree,
 * and when it is due.
 *
 * @param matterId the matter's id, never null
 * @param severity the severity's code, never null
 * @param severityName the severity's name in the policy, never null
 * @param handlingUnit the id of the unit that must handle it, never null
 * @param path the units from the one it was raised at up to the handling unit, never empty
 * @param due the day a response is due, never null
 * @param overdue whether it was still open after its due date on the as-of date
 * @param escalated whether, being overdue, it went one unit further up
 * @since 0.1.0
 */
public record Routing(String matterId, String severity, Label severityName, String handlingUnit, List<String> path, LocalDate due,
    boolean overdue, boolean escalated) implements Conclusion {

  /** Checks the parts and copies the path. */
  public Routing {
    Objects.requireNonNull(matterId, "matterId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(severityName, "severityName");
    Objects.requireNonNull(handlingUnit, "handlingUnit");
    Objects.requireNonNull(due, "due");
    path = List.copyOf(path);
  }

  @Override
  public String messageKey() {
    return "org.matter." + (escalated ? "ESCALATED" : overdue ? "OVERDUE" : "ROUTED");
  }

  @Override
  public Map<String, String> headlineLiterals() {
    return Map.of("matter", matterId, "unit", handlingUnit);
  }

  @Override
  public Map<String, Label> headlineLabels() {
    return Map.of("severity", severityName);
  }

  @Override
  public List<Figure> headlineFigures() {
    return List.of(Figure.date("due", due), Figure.count("steps", path.size() - 1));
  }
}
