package io.propgov.governance.credit;

import io.propgov.governance.constraint.NotBefore;
import io.propgov.governance.constraint.NotBlankText;
import io.propgov.governance.internal.FactsStyle;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One dated entry of a company's credit record, of a type the policy's catalogue lists.
 *
 * @param id the entry's id, unique within the record, never blank
 * @param code the code of its type in the catalogue in force on its date, never blank
 * @param date the day it happened (or was recorded); it counts from this day, never null
 * @param points the points of this entry when they differ from the catalogue's (a basic
 *     assessment's score), 0 or more; null to use the catalogue's
 * @param correctedOn the day a violation was corrected, not before {@code date}; null when it was
 *     not (or is not a violation)
 * @since 0.1.0
 */
@FactsStyle
@Value.Builder
@NotBefore(value = "correctedOn", than = "date")
public record CreditEvent(@NotNull @NotBlankText String id, @NotNull @NotBlankText String code, @NotNull LocalDate date,
    @DecimalMin("0") BigDecimal points, LocalDate correctedOn) implements WithCreditEvent {

  /**
   * Returns a builder that never throws; build, then check the constraints.
   *
   * @return a new, empty builder
   */
  public static CreditEventBuilder builder() {
    return new CreditEventBuilder();
  }

  /**
   * Creates an entry worth the catalogue's points, not corrected.
   *
   * @param id the entry's id
   * @param code the code of its type
   * @param date the day it happened
   */
  public CreditEvent(String id, String code, LocalDate date) {
    this(id, code, date, null, null);
  }
}
