package io.propgov.governance.subsidy;

import io.propgov.governance.estate.FeeAccount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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
public record Application(String id, String programmeId, String companyId, String estateId, LocalDate filed,
    Integer builtYear, BigDecimal floorArea, FeeAccount fees, BigDecimal inspectionPoints,
    List<SafetyIncident> incidents, CreditStanding credit) {

  /** Checks the parts and copies the incidents. */
  public Application {
    for (String text : new String[] {id, programmeId, companyId}) {
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("an application needs an id, a programmeId and a companyId");
      }
    }
    if (estateId != null && estateId.isBlank()) {
      throw new IllegalArgumentException("application " + id + ": estateId names an estate or is left out");
    }
    Objects.requireNonNull(filed, "filed");
    if (floorArea != null && floorArea.signum() < 0) {
      throw new IllegalArgumentException("application " + id + ": floorArea must not be negative, was "
          + floorArea.toPlainString());
    }
    if (inspectionPoints != null && inspectionPoints.signum() < 0) {
      throw new IllegalArgumentException("application " + id + ": inspectionPoints must not be negative, was "
          + inspectionPoints.toPlainString());
    }
    incidents = incidents == null ? List.of() : List.copyOf(incidents);
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
