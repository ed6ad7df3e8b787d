package io.propgov.governance.internal;

import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.message.ConstraintMessages;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.policy.ParameterValue;
import io.propgov.governance.policy.Timeline;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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

  /**
   * Returns whether a policy sets any of a rule area's parameters.
   *
   * @param policy the policy
   * @param keys the parameters
   * @return true when it sets at least one
   */
  public static boolean setsAny(GovernancePolicy policy, List<ParameterKey<?>> keys) {
    return keys.stream().anyMatch(k -> policy.timeline(k).isPresent());
  }

  /**
   * Returns an error for every key the policy does not set, in the order of the keys.
   *
   * @param policy the policy
   * @param keys the parameters a rule area requires
   * @return the errors, empty when the policy sets every key
   */
  public static List<InputError> missing(GovernancePolicy policy, List<ParameterKey<?>> keys) {
    Problems problems = new Problems();
    requirePresent(policy, keys, problems);
    return problems.errors();
  }

  /** Records an error for every key the policy does not set. */
  public static void requirePresent(GovernancePolicy policy, List<ParameterKey<?>> keys, Problems problems) {
    for (ParameterKey<?> key : keys) {
      problems.check(policy.timeline(key).isPresent(), "/parameters/" + Problems.token(key.id()), "required",
          ConstraintMessages.en("required.parameter", "param", key.id(), "description", key.description()));
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
      problems.add(pointer, "no-value-in-force", ConstraintMessages.en("no-value-in-force", "policy", policy.id(),
          "param", latestKey, "date", date, "start", latestStart));
    }
    return latestStart == null;
  }

  /**
   * What is wrong with a parameter's value beside another parameter's value in force on the same
   * date.
   *
   * @param <A> the type of the checked value
   * @param <B> the type of the other value
   */
  @FunctionalInterface
  public interface Mismatch<A, B> {

    /**
     * Describes a value that does not fit the other.
     *
     * @param value the checked value
     * @param other the other value in force on {@code date}
     * @param date a date both are in force
     * @return the error message, or null when the value fits
     */
    String message(A value, B other, LocalDate date);
  }

  /**
   * Records an error for every value of a parameter that does not fit the value of another
   * parameter in force on the same date, checked at every date either changes (a later value of
   * the other can strand an older one); each value is reported once, at the first date it does not
   * fit. Nothing is checked unless the policy sets both.
   *
   * @param <A> the type of the checked parameter
   * @param <B> the type of the other parameter
   * @param policy the policy
   * @param key the checked parameter, where an error is located
   * @param other the parameter it must fit
   * @param code the error code
   * @param mismatch what is wrong with a value beside the other's
   * @param problems where the errors go
   */
  public static <A, B> void checkAgainst(GovernancePolicy policy, ParameterKey<A> key, ParameterKey<B> other,
      String code, Mismatch<A, B> mismatch, Problems problems) {
    Optional<Timeline<A>> values = policy.timeline(key);
    Optional<Timeline<B>> others = policy.timeline(other);
    if (values.isEmpty() || others.isEmpty()) {
      return;
    }
    Set<LocalDate> changes = new TreeSet<>();
    values.get().values().forEach(v -> changes.add(v.effectiveFrom()));
    others.get().values().forEach(v -> changes.add(v.effectiveFrom()));
    Set<Integer> reported = new HashSet<>();
    for (LocalDate date : changes) {
      Optional<ParameterValue<A>> value = values.get().at(date);
      Optional<ParameterValue<B>> against = others.get().at(date);
      if (value.isEmpty() || against.isEmpty()) {
        continue;
      }
      String message = mismatch.message(value.get().value(), against.get().value(), date);
      int index = values.get().values().indexOf(value.get());
      if (message != null && reported.add(index)) {
        problems.add(pointer(key, index) + "/value", code, message);
      }
    }
  }
}
