package io.propgov.governance.engine;

import io.propgov.governance.error.InputError;
import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.metrics.Ratio;
import io.propgov.governance.metrics.UnitRates;
import io.propgov.governance.org.CrossAppointment;
import io.propgov.governance.org.MeetingStatus;
import io.propgov.governance.org.PartyCoverage;
import io.propgov.governance.org.Routing;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.service.NeedCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the hierarchy rules say about one unit's subtree on a date: the rates its policy defines, the
 * party-organisation coverage of every company and committee in it (with the uncovered listed),
 * cross appointments, regular meetings and the routing of matters raised in it.
 *
 * @param unitId the unit, never null
 * @param rates the rates the policy defines, over the subtree, never null
 * @param partyCoverage covered companies and committees / all of them in the subtree, never null
 * @param uncovered the ids of the companies and estates (for their committees) not covered, never null
 * @param crossAppointment companies with both directions of "two-way entry" / companies, never null
 * @param coverage each company's and committee's coverage, never null
 * @param crossAppointments each company's cross appointment, per estate it serves, never null
 * @param meetings each required meeting of each unit in the subtree, never null
 * @param matters the routing of each matter raised in the subtree, never null
 * @param serviceNeeds the estates of the subtree by service need, or null when the policy judges no service
 * @param rejected the errors of the estates, matters and meetings of the subtree that were left out
 *     because their facts are invalid (the first root's report also lists those placed at units
 *     outside the tree); the rest of the report is judged without them, never null
 * @since 0.1.0
 */
public record UnitReport(String unitId, Decision<UnitRates> rates, Ratio partyCoverage, List<String> uncovered,
    Ratio crossAppointment, List<Decision<PartyCoverage>> coverage, List<Decision<CrossAppointment>> crossAppointments,
    List<Decision<MeetingStatus>> meetings, List<Decision<Routing>> matters, Decision<NeedCounts> serviceNeeds,
    List<InputError> rejected) implements Conclusion {

  /** Checks the parts and copies the lists. */
  public UnitReport {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(partyCoverage, "partyCoverage");
    Objects.requireNonNull(crossAppointment, "crossAppointment");
    uncovered = List.copyOf(uncovered);
    coverage = List.copyOf(coverage);
    crossAppointments = List.copyOf(crossAppointments);
    meetings = List.copyOf(meetings);
    matters = List.copyOf(matters);
    rejected = List.copyOf(rejected);
  }

  /**
   * Creates a report with nothing left out.
   *
   * @param unitId the unit
   * @param rates the rates over the subtree
   * @param partyCoverage covered companies and committees / all of them
   * @param uncovered the ids not covered
   * @param crossAppointment companies with both directions of two-way entry / companies
   * @param coverage each company's and committee's coverage
   * @param crossAppointments each company's cross appointment
   * @param meetings each required meeting
   * @param matters the routing of each matter
   * @param serviceNeeds the estates by service need, or null
   */
  public UnitReport(String unitId, Decision<UnitRates> rates, Ratio partyCoverage, List<String> uncovered,
      Ratio crossAppointment, List<Decision<PartyCoverage>> coverage, List<Decision<CrossAppointment>> crossAppointments,
      List<Decision<MeetingStatus>> meetings, List<Decision<Routing>> matters, Decision<NeedCounts> serviceNeeds) {
    this(unitId, rates, partyCoverage, uncovered, crossAppointment, coverage, crossAppointments, meetings, matters,
        serviceNeeds, List.of());
  }

  @Override
  public String messageKey() {
    return "org.report";
  }

  @Override
  public Map<String, String> headlineLiterals() {
    return Map.of("unit", unitId, "uncovered", uncovered.isEmpty() ? "-" : String.join(", ", uncovered));
  }

  @Override
  public List<Figure> headlineFigures() {
    List<Figure> figures = new ArrayList<>();
    figures.add(Figure.of("covered", Fraction.of(partyCoverage.numerator()), Unit.COUNT));
    figures.add(Figure.of("subjects", Fraction.of(partyCoverage.denominator()), Unit.COUNT));
    figures.add(Figure.of("crossComplete", Fraction.of(crossAppointment.numerator()),
        Unit.COUNT));
    figures.add(Figure.of("companies", Fraction.of(crossAppointment.denominator()),
        Unit.COUNT));
    return figures;
  }

  @Override
  public List<Decision<?>> parts() {
    List<Decision<?>> parts = new ArrayList<>();
    parts.add(rates);
    parts.addAll(coverage);
    parts.addAll(crossAppointments);
    parts.addAll(meetings);
    parts.addAll(matters);
    if (serviceNeeds != null) {
      parts.add(serviceNeeds);
    }
    return parts;
  }
}
