package io.propgov.governance.workorder;

import io.propgov.governance.internal.FactsLists;
import io.propgov.governance.internal.FactsStyle;
import io.propgov.governance.org.OrgUnit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.immutables.value.Value;

/**
 * The facts the work-order rules judge: the orders and, to roll the rates up, the units of the
 * organisation tree. Without units every order's unit stands alone and nothing is rolled up.
 *
 * @param units the units of the organisation tree, may be empty, never null
 * @param orders the work orders, never null
 * @since 0.3.0
 */
@FactsStyle
@Value.Builder
public record WorkOrderFacts(List<@NotNull @Valid OrgUnit> units, List<@NotNull @Valid WorkOrder> orders)
    implements WithWorkOrderFacts {

  /** Normalises only; the field constraints are checked by {@code FactsConstraints}, all at once. */
  public WorkOrderFacts {
    units = FactsLists.copy(units);
    orders = FactsLists.copy(orders);
  }

  /**
   * Returns a builder that never throws; build, then check the constraints.
   *
   * @return a new, empty builder
   */
  public static WorkOrderFactsBuilder builder() {
    return new WorkOrderFactsBuilder();
  }
}
