package io.propgov.governance.org;

import io.propgov.governance.constraint.NotBefore;
import io.propgov.governance.constraint.NotBlankText;
import io.propgov.governance.internal.FactsStyle;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A matter a resident raised at a unit of the tree: a repair, a dispute, a complaint.
 *
 * @param id the matter's id, never blank
 * @param raisedAt the id of the unit it was raised at, never blank
 * @param severity the code of its severity in the policy, never blank
 * @param raisedOn the day it was raised, never null
 * @param resolvedOn the day it was resolved, not before {@code raisedOn}; null while open
 * @since 0.1.0
 */
@FactsStyle
@Value.Builder
@NotBefore(value = "resolvedOn", than = "raisedOn")
public record ResidentMatter(@NotNull @NotBlankText String id, @NotNull @NotBlankText String raisedAt,
    @NotNull @NotBlankText String severity, @NotNull LocalDate raisedOn,
    LocalDate resolvedOn) implements WithResidentMatter {

  /**
   * Returns a builder that never throws; build, then check the constraints.
   *
   * @return a new, empty builder
   */
  public static ResidentMatterBuilder builder() {
    return new ResidentMatterBuilder();
  }

  /** Returns the day it was resolved. @return the day, empty while open */
  public Optional<LocalDate> resolved() {
    return Optional.ofNullable(resolvedOn);
  }
}
