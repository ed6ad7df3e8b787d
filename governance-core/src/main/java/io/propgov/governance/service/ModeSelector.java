package io.propgov.governance.service;

import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Label;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.policy.ParameterValue;
import java.util.ArrayList;
import java.util.List;

/** Gives an estate its management mode from the policy's mode table, named as the policy's modes name it. */
final class ModeSelector {

  private final ParameterValue<DecisionTable> table;
  private final ServiceModes modes;

  ModeSelector(ParameterValue<DecisionTable> table, ServiceModes modes) {
    this.table = table;
    this.modes = modes;
  }

  /** The row that answers the estate's mode inputs, or null when none were given. */
  ModeChoice choose(ServiceProfile profile, ServiceMode current, List<Reason> reasons) {
    if (profile.modeInputs().isEmpty()) {
      return null;
    }
    // The policy check proved the table complete (and unambiguous under UNIQUE), every outcome a defined mode.
    TableRow row = table.value().match(profile.modeInputs()).orElseThrow();
    ServiceMode recommended = defined(ServiceMode.of(row.outcome()));
    List<Figure> figures = new ArrayList<>(List.of(Figure.text("row", row.id())));
    figures.addAll(named("mode", recommended));
    ServiceMode now = current == null ? null : defined(current);
    if (now == null) {
      reasons.add(Reason.noted(ServiceRuleIds.MODE, Outcome.NOT_APPLICABLE, table.source(),
          figures.toArray(Figure[]::new)));
    } else {
      figures.addAll(named("current", now));
      reasons.add(Reason.noted(ServiceRuleIds.MODE, Outcome.of(now.equals(recommended)), table.source(),
          figures.toArray(Figure[]::new)));
    }
    return new ModeChoice(row.id(), recommended, now);
  }

  private ServiceMode defined(ServiceMode mode) {
    ServiceMode found = modes.find(mode);
    return found == null ? mode : found;
  }

  /** The figures that name a mode: its id, and its names from the policy. */
  private static List<Figure> named(String name, ServiceMode mode) {
    Label label = mode.defined() ? mode.label() : new Label(mode.id(), mode.id());
    return List.of(Figure.text(name, mode.id()), Figure.text(name + "En", label.en()),
        Figure.text(name + "Zh", label.zh()));
  }
}
