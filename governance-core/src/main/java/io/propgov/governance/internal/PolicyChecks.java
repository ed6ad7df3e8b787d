package io.propgov.governance.internal;

import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.policy.Timeline;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Checks shared by the rule areas when they take a policy and when they check facts' dates. */
public final class PolicyChecks {

  /**
   * Returns a policy a set of rules can use, or throws every error its check found.
   *
   * @param policy the policy, not null
   * @param check the rules' check of a policy
   * @return the policy
   * @throws InvalidPolicyException listing every missing or inconsistent parameter
   */
  public static GovernancePolicy usable(GovernancePolicy policy, Function<GovernancePolicy, List<InputError>> check) {
    List<InputError> errors = check.apply(Objects.requireNonNull(policy, "policy"));
    if (!errors.isEmpty()) {
      throw new InvalidPolicyException(errors);
    }
    return policy;
  }

  private PolicyChecks() {}

  /** Records an error for every key the policy does not set. */
  public static void requirePresent(GovernancePolicy policy, List<ParameterKey<?>> keys, Problems problems) {
    for (ParameterKey<?> key : keys) {
      problems.check(policy.timeline(key).isPresent(), "/parameters/" + Problems.token(key.id()), "required",
          "parameter " + key.id() + " is required (" + key.description() + ")");
    }
  }

  /** The JSON Pointer of the {@code index}-th value of a parameter in a policy document. */
  public static String pointer(ParameterKey<?> key, int index) {
    return Problems.parameterValue(key.id(), index);
  }

  /**
   * Records an error, located at {@code pointer}, when any key has no value in force on
   * {@code date}; returns whether all have one.
   */
  public static boolean inForce(GovernancePolicy policy, List<ParameterKey<?>> keys, LocalDate date, String pointer,
      Problems problems) {
    LocalDate latestStart = null;
    String latestKey = null;
    for (ParameterKey<?> key : keys) {
      Optional<? extends Timeline<?>> timeline = policy.timeline(key);
      if (timeline.isPresent() && timeline.get().at(date).isEmpty()) {
        LocalDate first = timeline.get().firstEffective();
        if (latestStart == null || first.isAfter(latestStart)) {
          latestStart = first;
          latestKey = key.id();
        }
      }
    }
    if (latestStart != null) {
      problems.add(pointer, "no-value-in-force", "policy " + policy.id() + " has no value of " + latestKey
          + " in force on " + date + "; dates from " + latestStart + " on can be judged");
    }
    return latestStart == null;
  }
}
