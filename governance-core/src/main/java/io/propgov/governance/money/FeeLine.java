package io.propgov.governance.money;

import io.propgov.governance.constraint.NotBlankText;
import io.propgov.governance.internal.FactsStyle;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One fee item of one company, in CNY per m² of floor area per month: the standard it published
 * and the fee it charged. An item charged with no published standard is unpublished.
 *
 * @param companyId the company, or null for the estate's serving company
 * @param item the service item, such as {@code property-service}, never blank
 * @param tier the service tier the fee belongs to, or null when the item has one fee
 * @param published the published standard, or null when none was published; not negative
 * @param charged the fee charged, or null when nothing was charged; not negative
 * @since 0.3.0
 */
@FactsStyle
@Value.Builder
public record FeeLine(@NotBlankText String companyId, @NotNull @NotBlankText String item, @NotBlankText String tier,
    @DecimalMin("0") BigDecimal published, @DecimalMin("0") BigDecimal charged) implements WithFeeLine {

  /**
   * Returns a builder that never throws; build, then check the constraints.
   *
   * @return a new, empty builder
   */
  public static FeeLineBuilder builder() {
    return new FeeLineBuilder();
  }
}
