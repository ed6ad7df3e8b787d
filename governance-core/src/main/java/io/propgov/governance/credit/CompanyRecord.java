package io.propgov.governance.credit;

import java.util.List;
import java.util.Objects;

/**
 * A property company's credit record: its dated credit events, in any order.
 *
 * @param companyId the company's id, such as its unified social credit code, never blank
 * @param name the company's name, never null (may be empty)
 * @param events the credit events, in any order, never null
 * @since 0.1.0
 */
public record CompanyRecord(String companyId, String name, List<CreditEvent> events) {

  /** Checks the id and copies the events. */
  public CompanyRecord {
    Objects.requireNonNull(companyId, "companyId");
    if (companyId.isBlank()) {
      throw new IllegalArgumentException("a company's id must not be blank");
    }
    name = name == null ? "" : name;
    events = List.copyOf(events);
  }
}
