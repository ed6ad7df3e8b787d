package io.propgov.governance.credit;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A policy's catalogue of credit events, codes unique.
 *
 * @param types the event types, never null (may be empty)
 * @since 0.1.0
 */
public record CreditCatalogue(List<CreditEventType> types) {

  /** Copies the types and checks that no code appears twice. */
  public CreditCatalogue {
    types = List.copyOf(types);
    Set<String> codes = new HashSet<>();
    for (CreditEventType type : types) {
      if (!codes.add(type.code())) {
        throw new IllegalArgumentException("credit event code '" + type.code() + "' appears twice");
      }
    }
  }

  /**
   * Returns the event type of a code.
   *
   * @param code the code, not null
   * @return the type, empty when the catalogue has none of that code
   */
  public Optional<CreditEventType> type(String code) {
    return types.stream().filter(t -> t.code().equals(code)).findFirst();
  }
}
