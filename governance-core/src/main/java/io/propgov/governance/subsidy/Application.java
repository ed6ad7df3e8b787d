package io.propgov.governance.subsidy;

import io.propgov.governance.constraint.NotBlankText;
import io.propgov.governance.estate.FeeAccount;
import io.propgov.governance.internal.FactsLists;
import io.propgov.governance.internal.FactsStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A company's application to a programme for one estate, with the facts the programme judges
 * that the estate's own record does not hold. The estate's company, its party organisation and
 * its satisfaction rounds come from the estate; the company's credit from the credit rules.
 *
 * @param id the application's id, never blank
 * @param programmeId the programme applied to, never blank
 * @param companyId the applying company, never blank
 * @param estateId the estate applied for, or null when the application names none
 * @param filed the day it was filed; the programme in force that day judges it, never null
 * @param builtYear the year the estate was built, or null when not stated
 * @param floorArea the estate's floor area in m², not negative, or null when not stated
 * @param fees the fees billed and collected over the period assessed, or null to use the
 *     estate's own fee account
 * @param inspectionPoints the points won in the period's inspections, not negative, or null when
 *     not stated
 * @param incidents the safety incidents in the period, never null
 * @param credit the credit consequences in force for the company, or null when the caller
 *     supplies none (a criterion that needs them is then not met)
 * @since 0.1.0
 */
@FactsStyle
@Value.Builder
public record Application(@NotNull @NotBlankText String id, @NotNull @NotBlankText String programmeId,
    @NotNull @NotBlankText String companyId, @NotBlankText String estateId, @NotNull LocalDate filed,
    @Min(1000) @Max(9999) Integer builtYear, @DecimalMin("0") BigDecimal floorArea, @Valid FeeAccount fees,
    @DecimalMin("0") BigDecimal inspectionPoints, List<@NotNull @Valid SafetyIncident> incidents,
    @Valid CreditStanding credit) implements WithApplication {

  /**
   * Normalises only; the field constraints are checked by {@code FactsConstraints}, all at once.
   */
  public Application {
    incidents = FactsLists.copy(incidents);
  }

  /**
   * Returns a builder that never throws; build, then check the constraints.
   *
   * @return a new, empty builder
   */
  public static ApplicationBuilder builder() {
    return new ApplicationBuilder();
  }

  /**
   * Returns the same application with the company's credit consequences in force.
   *
   * @param standing the consequences, not null
   * @return the application, never null
   */
  public Application withCredit(CreditStanding standing) {
    return new Application(id, programmeId, companyId, estateId, filed, builtYear, floorArea, fees, inspectionPoints,
        incidents, Objects.requireNonNull(standing, "standing"));
  }
}
