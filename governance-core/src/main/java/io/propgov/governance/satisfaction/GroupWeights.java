package io.propgov.governance.satisfaction;

import io.propgov.governance.policy.Fraction;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How much each respondent group's mean score counts in a round's weighted score. Weights
 * are relative: {@code 1, 1, 1} and {@code 1/3, 1/3, 1/3} mean the same. A group left out
 * counts nothing.
 *
 * @param weights the weight of each group, none negative, at least one positive, never null
 * @since 0.1.0
 */
public record GroupWeights(Map<RespondentGroup, Fraction> weights) {

  /** Checks the weights and copies them. */
  public GroupWeights {
    Objects.requireNonNull(weights, "weights");
    EnumMap<RespondentGroup, Fraction> copy = new EnumMap<>(RespondentGroup.class);
    weights.forEach((group, weight) -> {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(weight, "weight of " + group);
      if (weight.signum() < 0) {
        throw new IllegalArgumentException("weight of " + group + " must not be negative, was " + weight);
      }
      copy.put(group, weight);
    });
    if (copy.values().stream().noneMatch(w -> w.signum() > 0)) {
      throw new IllegalArgumentException("at least one respondent group needs a positive weight");
    }
    weights = java.util.Collections.unmodifiableMap(copy);
  }

  /** Returns the weight of a group, zero when it is left out. @param group not null @return the weight */
  public Fraction of(RespondentGroup group) {
    return weights.getOrDefault(group, Fraction.ZERO);
  }
}
