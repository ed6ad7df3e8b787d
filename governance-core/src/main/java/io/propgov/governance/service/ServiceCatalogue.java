package io.propgov.governance.service;

import io.propgov.governance.error.InputError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A policy's catalogue of services: the items an estate may receive, the metrics its service is
 * measured by and the tiers, lowest first. The lowest tier is the basic service; an estate below
 * it needs coverage expanded (拓面), one at or above it but below the target needs quality
 * upgraded (提质).
 *
 * <p>{@link #check()} makes the tiers an ordered ladder: each higher tier requires every item
 * and standard of the tier below, at least as strictly, so that meeting a tier means meeting
 * every tier below it and the highest tier met is well defined.
 *
 * @param items the service items, codes unique, never null
 * @param metrics the metrics, codes unique, never null
 * @param tiers the tiers, lowest (basic) first, at least one, codes unique, never null
 * @since 0.1.0
 */
public record ServiceCatalogue(List<ServiceItem> items, List<ServiceMetric> metrics, List<ServiceTier> tiers) {

  /** Copies the lists and checks that there is a tier. */
  public ServiceCatalogue {
    items = List.copyOf(items);
    metrics = List.copyOf(metrics);
    tiers = List.copyOf(tiers);
    if (tiers.isEmpty()) {
      throw new IllegalArgumentException("a service catalogue needs at least one tier, the basic service");
    }
  }

  /**
   * Checks the catalogue, all at once: duplicate codes; tiers naming unknown items or metrics,
   * or a metric twice; a basic item the lowest tier does not require; a tier that drops an item
   * or loosens a standard of the tier below. Pointers are relative to the catalogue's document
   * form, such as {@code /tiers/2/standards/0/target}.
   *
   * @return the problems found, empty when the catalogue is a consistent ladder
   */
  public List<InputError> check() {
    return new CatalogueCheck(this).run();
  }

  /**
   * Returns an item by code.
   *
   * @param code the code, not null
   * @return the item, empty when the catalogue has none with that code
   */
  public Optional<ServiceItem> item(String code) {
    return items.stream().filter(i -> i.code().equals(code)).findFirst();
  }

  /**
   * Returns a metric by code.
   *
   * @param code the code, not null
   * @return the metric, empty when the catalogue has none with that code
   */
  public Optional<ServiceMetric> metric(String code) {
    return metrics.stream().filter(m -> m.code().equals(code)).findFirst();
  }

  /**
   * Returns the position of a tier, 0 for the basic tier.
   *
   * @param code the tier's code, not null
   * @return the position, or -1 when the catalogue has no such tier
   */
  public int rank(String code) {
    for (int i = 0; i < tiers.size(); i++) {
      if (tiers.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the basic tier, the lowest. @return the tier, never null */
  public ServiceTier basicTier() {
    return tiers.get(0);
  }

  /**
   * Returns a tier's standards by metric code.
   *
   * @param tier the tier, not null
   * @return its standards by metric, in the tier's order, never null
   */
  static Map<String, ServiceStandard> standardsOf(ServiceTier tier) {
    Map<String, ServiceStandard> byMetric = new LinkedHashMap<>();
    tier.standards().forEach(s -> byMetric.putIfAbsent(s.metric(), s));
    return byMetric;
  }
}
