package io.propgov.governance.credit;

import io.propgov.governance.internal.Required;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One entry of a policy's catalogue of credit events: what happened, what kind of record it is,
 * how many points it is worth and how long it counts.
 *
 * @param code the event's stable code, such as {@code award-city}, never blank
 * @param en its English description, never blank
 * @param zh its Chinese description, never blank
 * @param kind the kind of record, never null
 * @param points the points it adds or deducts (a magnitude; the kind gives the sign), 0 or more
 * @param validMonths how many months it counts from its date (default 12), at least 1
 * @since 0.1.0
 */
public record CreditEventType(String code, String en, String zh, CreditEventKind kind, BigDecimal points,
    int validMonths) {

  /** Checks the parts. */
  public CreditEventType {
    Required.texts("credit event code and descriptions", code, en, zh);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(points, "points");
    if (points.signum() < 0) {
      throw new IllegalArgumentException("credit event " + code + ": points are a magnitude, 0 or more (the kind gives"
          + " the sign), was " + points.toPlainString());
    }
    if (validMonths < 1) {
      throw new IllegalArgumentException("credit event " + code + ": validMonths must be at least 1, was " + validMonths);
    }
  }
}
