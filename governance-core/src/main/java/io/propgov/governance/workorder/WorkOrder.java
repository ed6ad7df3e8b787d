package io.propgov.governance.workorder;

import io.propgov.governance.constraint.NotBefore;
import io.propgov.governance.constraint.NotBlankText;
import io.propgov.governance.internal.FactsStyle;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One work order: a resident's complaint or request, where it came from, the unit it was raised
 * at, and the days it was received, responded to, resolved and closed. Times are kept to the
 * day: a deadline met on its last day is on time, one day later is late. The caller's follow-up
 * (回访) is known on the day the order was closed.
 *
 * @param id the order's id, unique among the orders, never blank
 * @param source where it came from, never null
 * @param category the code of its category in the policy, never blank
 * @param unitId the id of the unit it was raised at (a unit of the tree when the facts hold one), never blank
 * @param estateId the estate it concerns, or null
 * @param companyId the property company that handles it, or null when no company does
 * @param receivedOn the day the unit received it, never null
 * @param respondedOn the day the handler first responded (contacted the caller), or null while not
 * @param resolvedOn the day the handler reported it resolved, or null while not
 * @param closedOn the day it was closed after the caller's follow-up, not before {@code receivedOn}; null while open
 * @param callerSolved what the caller said at the follow-up: solved (true) or not (false); null when not asked
 * @param rating the code of the caller's rating in the policy, given at the follow-up; null when not rated
 * @param upheld whether the complaint was found justified (投诉属实) against the company
 * @since 0.3.0
 */
@FactsStyle
@Value.Builder
@NotBefore(value = "closedOn", than = "receivedOn")
public record WorkOrder(@NotNull @NotBlankText String id, @NotNull OrderSource source,
    @NotNull @NotBlankText String category, @NotNull @NotBlankText String unitId, @NotBlankText String estateId,
    @NotBlankText String companyId, @NotNull LocalDate receivedOn, LocalDate respondedOn, LocalDate resolvedOn,
    LocalDate closedOn, Boolean callerSolved, @NotBlankText String rating, boolean upheld)
    implements WithWorkOrder {

  /**
   * Returns a builder that never throws; build, then check the constraints.
   *
   * @return a new, empty builder
   */
  public static WorkOrderBuilder builder() {
    return new WorkOrderBuilder();
  }
}
