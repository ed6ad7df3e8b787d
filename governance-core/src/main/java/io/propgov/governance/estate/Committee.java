package io.propgov.governance.estate;

import java.util.Objects;

/**
 * An estate's owners' committee or property management committee, with its party organisation.
 *
 * @param kind which body it is, never null
 * @param party its party organisation, never null
 * @since 0.1.0
 */
public record Committee(CommitteeKind kind, PartyStatus party) {

  /** Checks that both parts are given. */
  public Committee {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(party, "party");
  }
}
