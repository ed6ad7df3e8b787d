package io.propgov.governance.service;

import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.policy.ParameterValue;
import java.util.List;

/** Gives an estate its management mode from the policy's mode table. */
final class ModeSelector {

  private final ParameterValue<DecisionTable> table;

  ModeSelector(ParameterValue<DecisionTable> table) {
    this.table = table;
  }

  /** The row that answers the estate's mode inputs, or null when none were given. */
  ModeChoice choose(ServiceProfile profile, ServiceMode current, List<Reason> reasons) {
    if (profile.modeInputs().isEmpty()) {
      return null;
    }
    // The policy check proved the table complete (and unambiguous under UNIQUE): a row always answers.
    TableRow row = table.value().match(profile.modeInputs()).orElseThrow();
    ServiceMode recommended = ServiceMode.valueOf(row.outcome());
    if (current == null) {
      reasons.add(Reason.noted(ServiceRuleIds.MODE, Outcome.NOT_APPLICABLE, table.source(),
          Figure.text("row", row.id()),
          Figure.term("mode", recommended.name())));
    } else {
      reasons.add(Reason.noted(ServiceRuleIds.MODE, Outcome.of(current == recommended), table.source(),
          Figure.text("row", row.id()), Figure.term("mode", recommended.name()), Figure.term("current", current.name())));
    }
    return new ModeChoice(row.id(), recommended, current);
  }
}
