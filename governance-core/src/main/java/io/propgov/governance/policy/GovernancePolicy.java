package io.propgov.governance.policy;

import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.message.ConstraintMessages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A governance policy: who issued it, its version, and the values of its parameters over time.
 *
 * <p>A city differs from another by its policy, not by code: every threshold, weight, duration
 * and amount a rule uses is a parameter here. Each parameter holds a {@link Timeline}, so that
 * a vote held in 2016 is judged by the rule in force in 2016. Build one with {@link #builder()}
 * or read one from JSON with {@code governance-json}; either way every error is reported at
 * once in an {@link InvalidPolicyException}.
 *
 * @param id the policy's id, such as {@code cn-national}, never blank
 * @param jurisdiction the jurisdiction it applies to, such as {@code CN} or {@code CN-HB-WH}, never blank
 * @param version the policy's version, never blank
 * @param description what the policy is and what it is modelled on, never null (may be empty)
 * @param parameters the timeline of each parameter, keyed by parameter, ordered by id, never null
 * @param contentHash the SHA-256 content hash of the policy as read with its levels and bounds
 *     (64 lowercase hex digits), or null when it was built without one; decisions name it
 * @since 0.1.0
 */
public record GovernancePolicy(String id, String jurisdiction, String version, String description,
    Map<ParameterKey<?>, Timeline<?>> parameters, String contentHash) {

  /**
   * Checks every part and every parameter value, reporting all errors together.
   *
   * @throws InvalidPolicyException listing every error
   */
  public GovernancePolicy {
    List<InputError> problems = new ArrayList<>();
    checkText(problems, id, "/id");
    checkText(problems, jurisdiction, "/jurisdiction");
    checkText(problems, version, "/version");
    description = description == null ? "" : description;
    Objects.requireNonNull(parameters, "parameters");
    Map<ParameterKey<?>, Timeline<?>> sorted = new TreeMap<>((a, b) -> a.id().compareTo(b.id()));
    parameters.forEach((key, timeline) -> {
      List<? extends ParameterValue<?>> values = timeline.values();
      for (int i = 0; i < values.size(); i++) {
        String message = key.check(values.get(i).value());
        if (message != null) {
          // The pointer of the value in a policy document: the key escaped as one token (RFC 6901).
          problems.add(new InputError("/parameters/" + key.id().replace("~", "~0").replace("/", "~1") + "/" + i
              + "/value", "constraint", ConstraintMessages.en("constraint.parameter", "param", key.id(), "detail", message)));
        }
      }
      sorted.put(key, timeline);
    });
    if (!problems.isEmpty()) {
      throw new InvalidPolicyException(problems);
    }
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    if (contentHash != null && !contentHash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("contentHash must be 64 lowercase hex digits, was '" + contentHash + "'");
    }
  }

  /**
   * Creates a policy without a content hash, checking every part and every parameter value.
   *
   * @param id the policy's id
   * @param jurisdiction where it applies
   * @param version its version
   * @param description what it is, or null for none
   * @param parameters the timeline of each parameter
   * @throws InvalidPolicyException listing every error
   */
  public GovernancePolicy(String id, String jurisdiction, String version, String description,
      Map<ParameterKey<?>, Timeline<?>> parameters) {
    this(id, jurisdiction, version, description, parameters, null);
  }

  /**
   * Returns this policy carrying its content hash, which every decision made under it then
   * names ({@link PolicyRef#hash()}). {@code governance-json} sets it when it reads a policy with
   * its levels; a policy built in Java has none unless a host sets one.
   *
   * @param hash the SHA-256 content hash, 64 lowercase hex digits, or null for none
   * @return the policy with that hash, never null
   * @since 0.2.0
   */
  public GovernancePolicy withContentHash(String hash) {
    return java.util.Objects.equals(hash, contentHash) ? this
        : new GovernancePolicy(id, jurisdiction, version, description, parameters, hash);
  }

  /**
   * Returns a builder for a new policy.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the reference to this policy that decisions carry.
   *
   * @return the id, version and content hash (null when none), never null
   */
  public PolicyRef ref() {
    return new PolicyRef(id, version, contentHash);
  }

  /**
   * Returns the timeline of a parameter.
   *
   * @param key the parameter, not null
   * @param <T> the type of its values
   * @return the timeline, or empty when the policy does not set the parameter
   */
  @SuppressWarnings("unchecked")
  public <T> Optional<Timeline<T>> timeline(ParameterKey<T> key) {
    return Optional.ofNullable((Timeline<T>) parameters.get(key));
  }

  /**
   * Returns the value of a parameter in force on a date, with its source.
   *
   * @param key the parameter, not null
   * @param date the date, not null
   * @param <T> the type of its values
   * @return the value in force, never null
   * @throws NoValueInForceException if the date is before the parameter's first value
   * @throws IllegalArgumentException if the policy does not set the parameter at all
   */
  public <T> ParameterValue<T> valueAt(ParameterKey<T> key, LocalDate date) {
    Timeline<T> timeline = timeline(key).orElseThrow(() -> new IllegalArgumentException(
        "policy " + id + " does not set parameter " + key.id()));
    return timeline.at(date).orElseThrow(() -> new NoValueInForceException(key.id(), date, timeline.firstEffective()));
  }

  private static void checkText(List<InputError> problems, String text, String pointer) {
    if (text == null || text.isBlank()) {
      problems.add(new InputError(pointer, "required", ConstraintMessages.en("required.text", "field", pointer.substring(1))));
    }
  }

  /**
   * Builds a {@link GovernancePolicy}; every error is reported together by {@link #build()}.
   * Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private record Entry(LocalDate from, Object value, Citation source) {}

    private String id;
    private String jurisdiction;
    private String version;
    private String description = "";
    private final Map<ParameterKey<?>, List<Entry>> entries = new LinkedHashMap<>();

    private Builder() {}

    /** Sets the policy's id. @param id such as {@code cn-national} @return this builder */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /** Sets the jurisdiction. @param jurisdiction such as {@code CN} @return this builder */
    public Builder jurisdiction(String jurisdiction) {
      this.jurisdiction = jurisdiction;
      return this;
    }

    /** Sets the version. @param version such as {@code 2026.1} @return this builder */
    public Builder version(String version) {
      this.version = version;
      return this;
    }

    /** Sets the description. @param description what the policy is modelled on @return this builder */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Adds a value of a parameter, in force from a date until the next value of the same
     * parameter. Values of one parameter may be added in any order.
     *
     * @param key the parameter
     * @param effectiveFrom the first day the value is in force
     * @param value the value
     * @param source where the value comes from
     * @param <T> the type of the parameter's values
     * @return this builder
     */
    public <T> Builder set(ParameterKey<T> key, LocalDate effectiveFrom, T value, Citation source) {
      Objects.requireNonNull(key, "key");
      entries.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry(effectiveFrom, value, source));
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy, never null
     * @throws InvalidPolicyException listing every error: blank id, jurisdiction or version; a
     *     value without a date or source; two values of a parameter on one date; a value the
     *     parameter does not allow
     */
    public GovernancePolicy build() {
      Errors problems = new Errors();
      Map<ParameterKey<?>, Timeline<?>> parameters = new LinkedHashMap<>();
      entries.forEach((key, list) -> {
        Timeline<?> timeline = timeline(key, list, problems);
        if (timeline != null) {
          parameters.put(key, timeline);
        }
      });
      try {
        GovernancePolicy policy = new GovernancePolicy(id, jurisdiction, version, description, parameters);
        if (problems.isEmpty()) {
          return policy;
        }
      } catch (InvalidPolicyException e) {
        problems.errors.addAll(e.errors());
      }
      throw new InvalidPolicyException(problems.errors);
    }

    private static <T> Timeline<T> timeline(ParameterKey<T> key, List<Entry> list, Errors problems) {
      List<ParameterValue<T>> values = new ArrayList<>();
      Map<LocalDate, Integer> seen = new LinkedHashMap<>();
      boolean ok = true;
      for (int i = 0; i < list.size(); i++) {
        Entry e = list.get(i);
        String at = "/parameters/" + key.id().replace("~", "~0").replace("/", "~1") + "/" + i;
        ok &= problems.check(e.from() != null, at + "/effectiveFrom", "required",
            ConstraintMessages.en("required.effectiveFrom", "param", key.id(), "field", "effectiveFrom"));
        ok &= problems.check(e.source() != null, at + "/source", "required",
            ConstraintMessages.en("required.source", "param", key.id(), "field", "source"));
        String message = key.check(e.value());
        ok &= problems.check(message == null, at + "/value", "constraint",
            ConstraintMessages.en("constraint.parameter", "param", key.id(), "detail", message));
        if (e.from() != null) {
          Integer previous = seen.putIfAbsent(e.from(), i);
          ok &= problems.check(previous == null, at + "/effectiveFrom", "duplicate",
              ConstraintMessages.en("duplicate.effectiveFrom", "param", key.id(), "first", previous, "second", i,
                  "date", e.from()));
        }
        if (ok) {
          values.add(new ParameterValue<>(e.from(), key.type().cast(e.value()), e.source()));
        }
      }
      return ok ? new Timeline<>(values) : null;
    }
  }

  /** Collects every error of a policy being built, so that all are reported together. */
  private static final class Errors {
    private final List<InputError> errors = new ArrayList<>();

    boolean check(boolean condition, String pointer, String code, String message) {
      if (!condition) {
        errors.add(new InputError(pointer, code, message));
      }
      return condition;
    }

    boolean isEmpty() {
      return errors.isEmpty();
    }
  }
}
