package io.propgov.governance.service;

import io.propgov.governance.error.InputError;
import io.propgov.governance.internal.Definitions;
import io.propgov.governance.internal.PolicyChecks;
import io.propgov.governance.internal.Problems;
import io.propgov.governance.message.ConstraintMessages;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.policy.ParameterValue;
import io.propgov.governance.policy.Timeline;
import java.util.List;
import java.util.Optional;

/** The checks of a policy's service parameters: each catalogue, each mode table, each target. */
final class ServicePolicyCheck {

  private ServicePolicyCheck() {}

  static List<InputError> run(GovernancePolicy policy) {
    Problems problems = new Problems();
    PolicyChecks.requirePresent(policy, ServiceParameters.ALL, problems);
    Optional<Timeline<ServiceCatalogue>> catalogues = policy.timeline(ServiceParameters.CATALOGUE);
    catalogues.ifPresent(t -> eachValue(ServiceParameters.CATALOGUE, t, (v, at) -> v.check().forEach(e -> relocate(e, at, problems))));
    policy.timeline(ServiceParameters.MODE_TABLE).ifPresent(t -> eachValue(ServiceParameters.MODE_TABLE, t, (table, at) -> {
      table.check().forEach(e -> relocate(e, at, problems));
    }));
    policy.timeline(ServiceParameters.MODE_TABLE).ifPresent(t -> Definitions.checkDefined(ServiceParameters.MODE_TABLE,
        t, ServiceParameters.MODES, policy.timeline(ServiceParameters.MODES),
        // A row gives a mode of service: never NONE, the mode of an estate without any.
        m -> m.ids().stream().filter(id -> !id.equals(ServiceMode.NONE.id())).toList(), "service mode",
        (table, sink) -> {
          for (int r = 0; r < table.rows().size(); r++) {
            sink.accept("/rows/" + r + "/outcome", table.rows().get(r).outcome());
          }
        }, problems));
    // The target in force must be a tier of the catalogue in force.
    PolicyChecks.checkAgainst(policy, ServiceParameters.TARGET_TIER, ServiceParameters.CATALOGUE, "unknown-tier",
        (target, catalogue, date) -> catalogue.rank(target) >= 0 ? null : ConstraintMessages.en("unknown-tier", "tier",
            target, "date", date, "tiers", String.join(", ", catalogue.tiers().stream().map(ServiceTier::code).toList())),
        problems);
    return problems.errors();
  }

  private interface ValueCheck<T> {
    void check(T value, String pointer);
  }

  private static <T> void eachValue(ParameterKey<T> key, Timeline<T> timeline, ValueCheck<T> check) {
    List<ParameterValue<T>> values = timeline.values();
    for (int i = 0; i < values.size(); i++) {
      check.check(values.get(i).value(), PolicyChecks.pointer(key, i) + "/value");
    }
  }

  private static void relocate(InputError error, String at, Problems problems) {
    problems.add(at + error.pointer(), error.code(), error.message());
  }
}
