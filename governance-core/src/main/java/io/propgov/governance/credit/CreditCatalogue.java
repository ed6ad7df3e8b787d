package io.propgov.governance.credit;

import io.propgov.governance.internal.Keyed;
import java.util.List;
import java.util.Optional;

/**
 * A policy's catalogue of credit events, codes unique.
 *
 * @param types the event types, never null (may be empty)
 * @since 0.1.0
 */
public record CreditCatalogue(List<CreditEventType> types) {

  /** Copies the types and checks that no code appears twice. */
  public CreditCatalogue {
    types = Keyed.unique(types, CreditEventType::code, "credit event code '%s' appears twice");
  }

  /**
   * Returns the event type of a code.
   *
   * @param code the code, not null
   * @return the type, empty when the catalogue has none of that code
   */
  public Optional<CreditEventType> type(String code) {
    return Keyed.find(types, CreditEventType::code, code);
  }
}
