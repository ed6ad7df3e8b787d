package io.propgov.governance.metrics;

import io.propgov.governance.explain.DefinedList;
import java.util.List;

/**
 * The city rates a policy defines ({@code metrics.rates}), in the order they are reported, each
 * id once. A child policy that sets the list adds to its parent's: the inherited rates stay in
 * their order, one of the same id is replaced where it stands, new ones follow. A policy that
 * defines none reports no rates.
 *
 * @since 0.3.0
 */
public final class RateDefinitions extends DefinedList<RateDefinition, RateDefinitions> {

  /** No rates at all: what a policy without {@code metrics.rates} reports. */
  public static final RateDefinitions NONE = new RateDefinitions(List.of());

  /**
   * Checks that every entry is defined and no id is given twice.
   *
   * @param rates the defined entries, in order, each id once, not null
   * @throws IllegalArgumentException if an id is given twice or an entry lacks its definition
   */
  public RateDefinitions(List<RateDefinition> rates) {
    super(rates, "rate", "its names");
  }

  /**
   * Returns the defined entries, in order.
   *
   * @return the entries, never null
   */
  public List<RateDefinition> rates() {
    return entries();
  }

  @Override
  protected RateDefinitions with(List<RateDefinition> entries) {
    return new RateDefinitions(entries);
  }
}
