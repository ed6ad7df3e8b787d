package io.propgov.governance.owners;

import io.propgov.governance.constraint.NotBlankText;
import io.propgov.governance.internal.FactsLists;
import io.propgov.governance.internal.FactsStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a host knows about the owners' organisation of one estate: the area delivered over time,
 * the day the first owners' assembly (业主大会) met, its sitting owners' committee, or the property
 * management committee standing in for one. Keyed by the estate's id.
 *
 * @param estateId the estate, never blank
 * @param totalArea the estate's total exclusive floor area in m² (建筑物总面积), more than 0, never null
 * @param deliveries the area delivered, day by day, in any order, never null
 * @param firstAssembly the day the first owners' assembly met, or null when it has not met
 * @param committee the sitting owners' committee, or null when there is none
 * @param managementCommittee the property management committee standing in, or null when there is none
 * @since 0.3.0
 */
@FactsStyle
@Value.Builder
public record EstateOwners(@NotNull @NotBlankText String estateId,
    @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal totalArea,
    List<@NotNull @Valid Delivery> deliveries, LocalDate firstAssembly, @Valid OwnersCommittee committee,
    @Valid PropertyManagementCommittee managementCommittee) implements WithEstateOwners {

  /** Normalises only: a null list becomes empty; the field constraints are checked by {@code FactsConstraints}. */
  public EstateOwners {
    deliveries = FactsLists.copy(deliveries);
  }

  /**
   * Returns a builder that never throws; build, then check the constraints.
   *
   * @return a new, empty builder
   */
  public static EstateOwnersBuilder builder() {
    return new EstateOwnersBuilder();
  }
}
