package io.propgov.governance.estate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * An estate's owners' committee or property management committee, with its party organisation.
 *
 * @param kind which body it is, never null
 * @param party its party organisation, never null
 * @since 0.1.0
 */
public record Committee(@NotNull CommitteeKind kind, @NotNull @Valid PartyStatus party) {

  /**
   * Checks nothing; the field constraints are checked by {@code FactsConstraints}, all at once.
   */
  public Committee {
  }
}
