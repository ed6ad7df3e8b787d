package io.propgov.governance.layer;

import io.propgov.governance.message.ConstraintMessages;
import io.propgov.governance.policy.PolicyRef;
import io.propgov.governance.internal.Problems;
import io.propgov.governance.policy.Extensible;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.policy.ParameterValue;
import io.propgov.governance.policy.Timeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Merges one level onto the policy resolved above it, checking the bounds on the way. */
final class Resolution {

  private Resolution() {}

  /**
   * Returns {@code level} resolved onto {@code above} (null for a root). Each parameter the level
   * sets replaces the inherited values from its own first date on; values before that date stay. A
   * list of definitions is laid over the inherited list in force on each of its dates instead.
   */
  static ResolvedPolicy merge(ResolvedPolicy above, PolicyLayer level, Problems problems) {
    Map<ParameterKey<?>, Timeline<?>> parameters = new LinkedHashMap<>();
    Map<String, List<String>> origins = new LinkedHashMap<>();
    List<LevelBound> inheritedBounds = above == null ? List.of() : above.bounds();
    if (above != null) {
      parameters.putAll(above.policy().parameters());
      origins.putAll(above.origins());
    }
    level.policy().parameters().forEach((key, own) -> {
      Timeline<?> inherited = above == null ? null : above.policy().parameters().get(key);
      List<String> inheritedOrigins = above == null ? null : above.origins().get(key.id());
      List<ParameterValue<?>> merged = new ArrayList<>();
      List<String> mergedOrigins = new ArrayList<>();
      LocalDate first = own.firstEffective();
      if (inherited != null) {
        for (int i = 0; i < inherited.values().size(); i++) {
          if (inherited.values().get(i).effectiveFrom().isBefore(first)) {
            merged.add(inherited.values().get(i));
            mergedOrigins.add(inheritedOrigins.get(i));
          }
        }
      }
      for (int j = 0; j < own.values().size(); j++) {
        ParameterValue<?> value = extended(own.values().get(j), inherited);
        merged.add(value);
        mergedOrigins.add(origin(value, inherited, inheritedOrigins, level.id()));
        LocalDate until = j + 1 < own.values().size() ? own.values().get(j + 1).effectiveFrom() : null;
        for (LevelBound bound : inheritedBounds) {
          if (bound.bound().key().equals(key)) {
            check(bound, key, j, value, until, inherited, inheritedOrigins, problems);
          }
        }
      }
      parameters.put(key, timeline(merged));
      origins.put(key.id(), mergedOrigins);
    });
    List<LevelBound> bounds = new ArrayList<>(inheritedBounds);
    level.bounds().forEach(b -> bounds.add(new LevelBound(level.id(), b)));
    checkOwnLimits(level, parameters, origins, problems);
    GovernancePolicy own = level.policy();
    GovernancePolicy policy = new GovernancePolicy(own.id(), own.jurisdiction(), own.version(), own.description(),
        parameters);
    List<PolicyRef> levels = new ArrayList<>(above == null ? List.of() : above.levels());
    levels.add(own.ref());
    return new ResolvedPolicy(policy, levels, origins, bounds);
  }

  /**
   * A list of definitions ({@link Extensible}) laid over the inherited list in force on its date,
   * so that a city adds its own actions or modes to the nation's; any other value as it is.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ParameterValue<?> extended(ParameterValue<?> value, Timeline<?> inherited) {
    if (inherited == null || !(value.value() instanceof Extensible own)) {
      return value;
    }
    Optional<? extends ParameterValue<?>> base = inherited.at(value.effectiveFrom());
    if (base.isEmpty() || !own.getClass().isInstance(base.get().value())) {
      return value;
    }
    return new ParameterValue(value.effectiveFrom(), own.over(base.get().value()),
        own.source(value.source(), base.get().source()));
  }

  /** A value restated unchanged (same date, same value) stays with the level that first set it. */
  private static String origin(ParameterValue<?> value, Timeline<?> inherited, List<String> inheritedOrigins,
      String level) {
    if (inherited != null) {
      for (int i = 0; i < inherited.values().size(); i++) {
        ParameterValue<?> old = inherited.values().get(i);
        if (old.effectiveFrom().equals(value.effectiveFrom()) && Bound.same(old.value(), value.value())) {
          return inheritedOrigins.get(i);
        }
      }
    }
    return level;
  }

  /**
   * Checks one value a level sets, in force from its date until {@code until} (null: for good),
   * against a bound from above. A relative bound is checked against every inherited value in
   * force during that time, so that a value cannot hide a later change of the level above.
   */
  private static void check(LevelBound levelBound, ParameterKey<?> key, int index, ParameterValue<?> value,
      LocalDate until, Timeline<?> inherited, List<String> inheritedOrigins, Problems problems) {
    Bound bound = levelBound.bound();
    String at = Problems.parameterValue(key.id(), index) + "/value";
    Object[] head = {"param", key.id(), "value", value.value(), "bound", bound.describe(), "level", levelBound.level(),
        "source", bound.source().en()};
    if (!bound.relative()) {
      problems.check(bound.allows(value.value(), null), at, "bound", ConstraintMessages.en("bound", head));
      return;
    }
    if (inherited == null) {
      return;
    }
    List<LocalDate> dates = new ArrayList<>(List.of(value.effectiveFrom()));
    for (ParameterValue<?> old : inherited.values()) {
      LocalDate d = old.effectiveFrom();
      if (d.isAfter(value.effectiveFrom()) && (until == null || d.isBefore(until))) {
        dates.add(d);
      }
    }
    for (LocalDate date : dates) {
      Optional<? extends ParameterValue<?>> old = inherited.at(date);
      if (old.isPresent() && !bound.allows(value.value(), old.get().value())) {
        int i = inherited.values().indexOf(old.get());
        Object[] inheritedValue = {"origin", inheritedOrigins.get(i), "date", date, "old", old.get().value()};
        problems.add(at, "bound", ConstraintMessages.en("bound.inherited", concat(head, inheritedValue)));
        return;
      }
    }
  }

  /** A level's own minimum, maximum or fixed value holds for its own resolved values too. */
  private static void checkOwnLimits(PolicyLayer level, Map<ParameterKey<?>, Timeline<?>> parameters,
      Map<String, List<String>> origins, Problems problems) {
    for (Bound bound : level.bounds()) {
      Timeline<?> timeline = parameters.get(bound.key());
      if (bound.relative() || bound.limit() == null || timeline == null
          || bound.key().check(bound.limit()) != null) {
        continue;
      }
      Timeline<?> own = level.policy().parameters().get(bound.key());
      for (int i = 0; i < timeline.values().size(); i++) {
        ParameterValue<?> value = timeline.values().get(i);
        if (bound.allows(value.value(), null)) {
          continue;
        }
        String origin = origins.get(bound.key().id()).get(i);
        int ownIndex = own == null ? -1 : own.values().indexOf(value);
        String at = ownIndex >= 0 ? Problems.parameterValue(bound.key().id(), ownIndex) + "/value"
            : PolicyLayer.pointer(bound);
        problems.add(at, "bound", ConstraintMessages.en("bound.own", "param", bound.key().id(), "value", value.value(),
            "date", value.effectiveFrom(), "origin", origin, "bound", bound.describe()));
      }
    }
  }

  private static Object[] concat(Object[] a, Object[] b) {
    Object[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Timeline<?> timeline(List<ParameterValue<?>> values) {
    return new Timeline(values);
  }
}
