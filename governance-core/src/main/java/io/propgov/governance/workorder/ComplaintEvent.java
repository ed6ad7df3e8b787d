package io.propgov.governance.workorder;

import io.propgov.governance.credit.CreditEvent;
import java.util.Objects;

/**
 * The credit event an upheld complaint gives the company that handled it: a host adds
 * {@code event} to the company's {@code CompanyRecord}, and the credit rules count it like any
 * other event of its code.
 *
 * @param companyId the company, never null
 * @param orderId the upheld order, never null
 * @param event the event, dated the day the order was closed, never null
 * @since 0.3.0
 */
public record ComplaintEvent(String companyId, String orderId, CreditEvent event) {

  /** Checks the parts. */
  public ComplaintEvent {
    Objects.requireNonNull(companyId, "companyId");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(event, "event");
  }
}
