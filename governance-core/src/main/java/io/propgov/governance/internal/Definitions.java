package io.propgov.governance.internal;

import io.propgov.governance.message.ConstraintMessages;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.policy.ParameterValue;
import io.propgov.governance.policy.Timeline;
import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Helpers for the policy's lists of definitions, each entry named by an id. */
public final class Definitions {

  private Definitions() {}

  /**
   * Names the ids a parameter value refers to, each with its pointer relative to the value.
   *
   * @param <R> the type of the referring value
   */
  @FunctionalInterface
  public interface References<R> {
    /**
     * Reports each reference.
     *
     * @param value the referring value
     * @param sink takes the pointer relative to {@code /value} (such as {@code /0/action}) and the id
     */
    void each(R value, BiConsumer<String, String> sink);
  }

  /**
   * Records an error for every id a parameter names that the list of definitions in force on the
   * same date does not define, checked at every date either changes, each place once; the message
   * lists the ids that would be legal.
   *
   * @param refKey the referring parameter
   * @param refs its timeline
   * @param defKey the list of definitions
   * @param defs its timeline, empty when the policy does not set it
   * @param ids the ids a value of the list defines
   * @param what what an id names, for the message ("arrears action")
   * @param references the ids a referring value names
   * @param problems where the errors go
   * @param <R> the type of the referring value
   * @param <D> the type of the list
   */
  public static <R, D> void checkDefined(ParameterKey<R> refKey, Timeline<R> refs, ParameterKey<D> defKey,
      Optional<Timeline<D>> defs, Function<D, List<String>> ids, String what, References<R> references,
      Problems problems) {
    Set<LocalDate> dates = new TreeSet<>();
    refs.values().forEach(v -> dates.add(v.effectiveFrom()));
    defs.ifPresent(t -> t.values().forEach(v -> dates.add(v.effectiveFrom())));
    Set<String> reported = new HashSet<>();
    for (LocalDate date : dates) {
      Optional<ParameterValue<R>> ref = refs.at(date);
      if (ref.isEmpty()) {
        continue;
      }
      List<String> legal = defs.flatMap(t -> t.at(date)).map(v -> ids.apply(v.value())).orElse(List.of());
      String base = PolicyChecks.pointer(refKey, refs.values().indexOf(ref.get())) + "/value";
      references.each(ref.get().value(), (at, id) -> {
        if (!legal.contains(id) && reported.add(base + at)) {
          problems.add(base + at, "enum", legal.isEmpty()
              ? ConstraintMessages.en("enum.undefinedNone", "what", what, "id", id, "list", defKey.id(), "date", date)
              : ConstraintMessages.en("enum.undefined", "what", what, "id", id, "list", defKey.id(), "date", date,
                  "ids", String.join(", ", legal)));
        }
      });
    }
  }
}
