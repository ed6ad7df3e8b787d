package io.propgov.governance.metrics;

import io.propgov.governance.explain.LabelledIds;
import io.propgov.governance.internal.Definitions;
import io.propgov.governance.policy.Extensible;
import java.util.List;

/**
 * The city rates a policy defines ({@code metrics.rates}), in the order they are reported, each
 * id once. A child policy that sets the list adds to its parent's: the inherited rates stay in
 * their order, one of the same id is replaced where it stands, new ones follow. A policy that
 * defines none reports no rates.
 *
 * @param rates the defined rates, never null
 * @since 0.4.0
 */
public record RateDefinitions(List<RateDefinition> rates)
    implements LabelledIds<RateDefinition>, Extensible<RateDefinitions> {

  /** No rates at all: what a policy without {@code metrics.rates} reports. */
  public static final RateDefinitions NONE = new RateDefinitions(List.of());

  /** Checks that no id is given twice. */
  public RateDefinitions {
    rates = Definitions.defined(rates, "rate", "its names");
  }

  /**
   * Returns the defined rates, in order.
   *
   * @return the rates, never null
   */
  @Override
  public List<RateDefinition> entries() {
    return rates;
  }

  /** Compares the definitions in full: two lists defining a rate differently are different values. */
  @Override
  public boolean equals(Object o) {
    return o instanceof RateDefinitions other && definitions().equals(other.definitions());
  }

  @Override
  public int hashCode() {
    return definitions().hashCode();
  }

  @Override
  public RateDefinitions over(RateDefinitions inherited) {
    return new RateDefinitions(Definitions.over(rates, inherited.rates(), RateDefinition::id));
  }
}
