package io.propgov.governance.service;

import io.propgov.governance.constraint.NotBlankText;
import io.propgov.governance.internal.FactsLists;
import io.propgov.governance.internal.FactsStyle;
import io.propgov.governance.policy.Fraction;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * What an estate receives from its property service, as the service rules need it: the items
 * delivered, the standards measured, the facts that decide its management mode, its buildings
 * and, where two or more companies serve it, their agreement.
 *
 * @param area the estate's building area in m², used for the expected fee; null when unknown
 * @param items the codes of the service items delivered, never null
 * @param measured the measured figure of each metric, by metric code, never null
 * @param modeInputs the value of each input of the policy's mode table, by input code, such as
 *     {@code hardware -> good}; empty when the mode is not to be chosen, never null
 * @param buildings the ids of the estate's buildings, never null
 * @param coManagement the co-management agreement, or null when one company serves the estate
 * @since 0.1.0
 */
@FactsStyle
@Value.Builder
public record ServiceProfile(@DecimalMin(value = "0", inclusive = false) BigDecimal area,
    List<@NotNull @NotBlankText String> items, Map<String, Fraction> measured, Map<String, String> modeInputs,
    List<@NotNull @NotBlankText String> buildings,
    @Valid CoManagementAgreement coManagement) implements WithServiceProfile {

  /**
   * Normalises only; the field constraints are checked by {@code FactsConstraints}, all at once.
   */
  public ServiceProfile {
    items = FactsLists.copy(items);
    measured = measured == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(measured));
    modeInputs = modeInputs == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(modeInputs));
    buildings = FactsLists.copy(buildings);
  }

  /**
   * Returns a builder that never throws; build, then check the constraints.
   *
   * @return a new, empty builder
   */
  public static ServiceProfileBuilder builder() {
    return new ServiceProfileBuilder();
  }

  /**
   * Creates a profile of the items delivered and the standards measured only.
   *
   * @param area the building area in m², or null
   * @param items the codes of the items delivered
   * @param measured the measured figures by metric code
   */
  public ServiceProfile(BigDecimal area, List<String> items, Map<String, Fraction> measured) {
    this(area, items, measured, Map.of(), List.of(), null);
  }

  /** Returns the co-management agreement. @return the agreement, empty when one company serves the estate */
  public Optional<CoManagementAgreement> agreement() {
    return Optional.ofNullable(coManagement);
  }
}
