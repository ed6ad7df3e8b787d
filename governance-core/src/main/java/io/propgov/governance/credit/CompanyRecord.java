package io.propgov.governance.credit;

import io.propgov.governance.constraint.NotBlankText;
import io.propgov.governance.internal.FactsLists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A property company's credit record: its dated credit events, in any order.
 *
 * @param companyId the company's id, such as its unified social credit code, never blank
 * @param name the company's name, never null (may be empty)
 * @param events the credit events, in any order, never null
 * @since 0.1.0
 */
public record CompanyRecord(@NotNull @NotBlankText String companyId, String name,
    List<@NotNull @Valid CreditEvent> events) {

  /**
   * Normalises only; the field constraints are checked by {@code FactsConstraints}, all at once.
   */
  public CompanyRecord {
    name = name == null ? "" : name;
    events = FactsLists.copy(events);
  }
}
