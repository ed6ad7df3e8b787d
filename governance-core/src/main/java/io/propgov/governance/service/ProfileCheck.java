package io.propgov.governance.service;

import io.propgov.governance.internal.Problems;
import io.propgov.governance.policy.Fraction;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The check of an estate's service facts against the catalogue and mode table in force. */
final class ProfileCheck {

  private final ServiceCatalogue catalogue;
  private final DecisionTable table;
  private final Problems problems;
  private final String pointer;

  ProfileCheck(ServiceCatalogue catalogue, DecisionTable table, Problems problems, String pointer) {
    this.catalogue = catalogue;
    this.table = table;
    this.problems = problems;
    this.pointer = pointer;
  }

  void run(ServiceProfile profile) {
    List<String> codes = catalogue.items().stream().map(ServiceItem::code).toList();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < profile.items().size(); i++) {
      String item = profile.items().get(i);
      problems.check(codes.contains(item), pointer + "/items/" + i, "enum", "'" + item
          + "' is not a service item of the policy; the items are " + codes);
      problems.check(seen.add(item), pointer + "/items/" + i, "duplicate", "service item '" + item
          + "' is listed more than once");
    }
    List<String> metrics = catalogue.metrics().stream().map(ServiceMetric::code).toList();
    for (Map.Entry<String, Fraction> entry : profile.measured().entrySet()) {
      String at = pointer + "/measured/" + Problems.token(entry.getKey());
      if (problems.check(metrics.contains(entry.getKey()), at, "enum", "'" + entry.getKey()
          + "' is not a metric of the policy; the metrics are " + metrics)) {
        problems.check(entry.getValue().signum() >= 0, at, "minimum", "a measured figure must not be negative, was "
            + entry.getValue());
      }
    }
    modeInputs(profile.modeInputs());
    problems.unique(profile.buildings(), building -> building, i -> pointer + "/buildings/" + i,
        building -> "building '" + building + "' is listed more than once");
    profile.agreement().ifPresent(a -> a.validate(profile.buildings(), profile.items())
        .forEach(e -> problems.add(pointer + "/coManagement" + e.pointer(), e.code(), e.message())));
  }

  /** Either no mode inputs, or a legal value for every input of the table and nothing else. */
  private void modeInputs(Map<String, String> inputs) {
    if (inputs.isEmpty()) {
      return;
    }
    for (TableInput input : table.inputs()) {
      String value = inputs.get(input.code());
      String at = pointer + "/modeInputs/" + Problems.token(input.code());
      if (problems.check(value != null, pointer + "/modeInputs", "required", "mode input '" + input.code()
          + "' (" + input.en() + ") is required when any is given; it takes " + input.values())) {
        problems.check(input.values().contains(value), at, "enum", "'" + value + "' is not a value of '"
            + input.code() + "'; it takes " + input.values());
      }
    }
    List<String> known = table.inputs().stream().map(TableInput::code).toList();
    inputs.keySet().stream().filter(k -> !known.contains(k)).forEach(k -> problems.add(pointer + "/modeInputs/"
        + Problems.token(k), "unknown-input", "'" + k + "' is not an input of the policy's mode table; the inputs are "
        + known));
  }
}
