package io.propgov.governance.service;

import io.propgov.governance.constraint.NotBlankText;
import io.propgov.governance.error.InputError;
import io.propgov.governance.internal.FactsLists;
import io.propgov.governance.internal.FactsStyle;
import io.propgov.governance.internal.Problems;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * An agreement under which two or more companies serve one estate (Beijing Fengtai, 2023: two
 * companies by building, jointly and separately managed items, a yearly duty rotation handed over
 * every 1 January). Immutable; every query is a pure function of the agreement and a date.
 *
 * @param estateId the estate, never blank
 * @param rotation the companies in the order they take duty, at least two, distinct, never null
 * @param buildings the company each building is assigned to, by building id, never null
 * @param items how each service item is managed, by item code, never null
 * @param rotationStart the day the first company in {@code rotation} takes duty, never null
 * @param cycleMonths how long each company is on duty, in months (Fengtai: 12), at least 1
 * @since 0.1.0
 */
@FactsStyle
@Value.Builder
public record CoManagementAgreement(@NotNull @NotBlankText String estateId,
    List<@NotNull @NotBlankText String> rotation, Map<String, String> buildings, Map<String, Responsibility> items,
    @NotNull LocalDate rotationStart, @Min(1) @Max(1200) int cycleMonths) implements WithCoManagementAgreement {

  /**
   * Normalises only; the field constraints are checked by {@code FactsConstraints}, all at once.
   */
  public CoManagementAgreement {
    rotation = FactsLists.copy(rotation);
    buildings = buildings == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(buildings));
    items = items == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(items));
  }

  /**
   * Returns a builder that never throws; build, then check the constraints.
   *
   * @return a new, empty builder
   */
  public static CoManagementAgreementBuilder builder() {
    return new CoManagementAgreementBuilder();
  }

  /**
   * Checks the agreement against the estate's buildings and the service items it must classify,
   * all at once: at least two distinct companies; every building assigned to exactly one company
   * of the rotation, and no unknown building; every item classified, and no unknown item.
   *
   * @param estateBuildings the estate's buildings, not null
   * @param serviceItems the service items the agreement must classify, not null
   * @return the problems, located in the agreement's document form, empty when it is complete
   */
  public List<InputError> validate(List<String> estateBuildings, List<String> serviceItems) {
    Problems problems = new Problems();
    Set<String> companies = new HashSet<>(rotation);
    problems.check(companies.size() >= 2 && companies.size() == rotation.size(), "/rotation", "rotation",
        "a co-management agreement names at least two distinct companies in its rotation, was " + rotation);
    for (String building : estateBuildings) {
      problems.check(buildings.containsKey(building), "/buildings", "unassigned", "building '" + building
          + "' is assigned to no company; assign each building to exactly one");
    }
    buildings.forEach((building, company) -> {
      String at = "/buildings/" + Problems.token(building);
      problems.check(estateBuildings.contains(building), at, "unknown-building", "'" + building
          + "' is not a building of estate " + estateId + "; its buildings are " + estateBuildings);
      problems.check(companies.contains(company), at, "unknown-company", "building '" + building
          + "' is assigned to '" + company + "', which is not in the rotation " + rotation);
    });
    for (String item : serviceItems) {
      problems.check(items.containsKey(item), "/items", "unclassified", "service item '" + item
          + "' is neither JOINT nor SEPARATE; classify every item");
    }
    items.keySet().forEach(item -> problems.check(serviceItems.contains(item), "/items/" + Problems.token(item),
        "unknown-item", "'" + item + "' is not a service item; the items are " + serviceItems));
    return problems.errors();
  }

  /**
   * Returns the company on duty on a date.
   *
   * @param date a day on or after {@link #rotationStart()}, not null
   * @return the company's id, never null
   * @throws IllegalArgumentException for a day before the rotation starts
   */
  public String onDuty(LocalDate date) {
    return rotation.get((int) (cycle(date) % rotation.size()));
  }

  /**
   * Returns the next day duty changes hands after a date.
   *
   * @param date a day on or after {@link #rotationStart()}, not null
   * @return the first handover day strictly after {@code date}, never null
   * @throws IllegalArgumentException for a day before the rotation starts
   */
  public LocalDate nextHandover(LocalDate date) {
    return handover(cycle(date) + 1);
  }

  /**
   * Returns the company responsible for an item in a building on a date: the company on duty
   * for a jointly managed item, the building's company for a separately managed one.
   *
   * @param item a classified service item, not null
   * @param building an assigned building, not null
   * @param date a day on or after {@link #rotationStart()}, not null
   * @return the company's id, never null
   * @throws IllegalArgumentException for an unclassified item, an unassigned building or a day
   *     before the rotation starts
   */
  public String responsible(String item, String building, LocalDate date) {
    Responsibility responsibility = items.get(item);
    if (responsibility == null) {
      throw new IllegalArgumentException("service item '" + item + "' is not classified; the items are " + items.keySet());
    }
    String company = buildings.get(building);
    if (company == null) {
      throw new IllegalArgumentException("building '" + building + "' is not assigned; the buildings are "
          + buildings.keySet());
    }
    return responsibility == Responsibility.JOINT ? onDuty(date) : company;
  }

  /** The day the {@code k}-th turn of duty starts; adding months keeps month ends (29 February → 28 February). */
  private LocalDate handover(long k) {
    return rotationStart.plusMonths(k * cycleMonths);
  }

  /** The number of whole turns of duty completed by a date. */
  private long cycle(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(rotationStart)) {
      throw new IllegalArgumentException(date + " is before the rotation starts on " + rotationStart);
    }
    long k = java.time.temporal.ChronoUnit.MONTHS.between(rotationStart, date) / cycleMonths;
    // MONTHS.between counts whole calendar months; plusMonths clamps month ends: settle on the true turn.
    while (handover(k + 1).compareTo(date) <= 0) {
      k++;
    }
    while (k > 0 && handover(k).isAfter(date)) {
      k--;
    }
    return k;
  }
}
