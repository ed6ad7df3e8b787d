package io.propgov.governance.service;

import io.propgov.governance.error.InputError;
import io.propgov.governance.internal.Problems;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The static check of a service catalogue: references, duplicates and the ladder of tiers. */
final class CatalogueCheck {

  private final ServiceCatalogue catalogue;
  private final Problems problems = new Problems();

  CatalogueCheck(ServiceCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  List<InputError> run() {
    Set<String> items = unique(catalogue.items().stream().map(ServiceItem::code).toList(), "/items", "service item");
    Map<String, ServiceMetric> metrics = new HashMap<>();
    unique(catalogue.metrics().stream().map(ServiceMetric::code).toList(), "/metrics", "metric");
    catalogue.metrics().forEach(m -> metrics.putIfAbsent(m.code(), m));
    unique(catalogue.tiers().stream().map(ServiceTier::code).toList(), "/tiers", "tier");
    for (int t = 0; t < catalogue.tiers().size(); t++) {
      references(t, items, metrics.keySet());
    }
    basicItems();
    for (int t = 1; t < catalogue.tiers().size(); t++) {
      ladder(t, metrics);
    }
    return problems.errors();
  }

  private Set<String> unique(List<String> codes, String at, String what) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < codes.size(); i++) {
      problems.check(seen.add(codes.get(i)), at + "/" + i + "/code", "duplicate",
          what + " code '" + codes.get(i) + "' appears more than once");
    }
    return seen;
  }

  private void references(int t, Set<String> items, Set<String> metrics) {
    ServiceTier tier = catalogue.tiers().get(t);
    String at = "/tiers/" + t;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < tier.requiredItems().size(); i++) {
      String item = tier.requiredItems().get(i);
      problems.check(items.contains(item), at + "/requiredItems/" + i, "unknown-item", "tier " + tier.code()
          + " requires '" + item + "', which is not a service item; the items are " + items);
      problems.check(seen.add(item), at + "/requiredItems/" + i, "duplicate", "tier " + tier.code()
          + " requires '" + item + "' more than once");
    }
    Set<String> measured = new HashSet<>();
    for (int s = 0; s < tier.standards().size(); s++) {
      String metric = tier.standards().get(s).metric();
      problems.check(metrics.contains(metric), at + "/standards/" + s + "/metric", "unknown-metric", "tier "
          + tier.code() + " sets a standard on '" + metric + "', which is not a metric; the metrics are " + metrics);
      problems.check(measured.add(metric), at + "/standards/" + s + "/metric", "duplicate", "tier " + tier.code()
          + " sets more than one standard on '" + metric + "'");
    }
  }

  /** The lowest tier is the basic service: it requires every basic item. */
  private void basicItems() {
    ServiceTier basic = catalogue.basicTier();
    for (ServiceItem item : catalogue.items()) {
      problems.check(!item.basic() || basic.requiredItems().contains(item.code()), "/tiers/0/requiredItems",
          "basic-item", "the lowest tier " + basic.code() + " is the basic service and must require the basic item '"
              + item.code() + "'");
    }
  }

  /** A tier requires every item of the tier below and each of its standards at least as strictly. */
  private void ladder(int t, Map<String, ServiceMetric> metrics) {
    ServiceTier below = catalogue.tiers().get(t - 1);
    ServiceTier tier = catalogue.tiers().get(t);
    String at = "/tiers/" + t;
    for (String item : below.requiredItems()) {
      problems.check(tier.requiredItems().contains(item), at + "/requiredItems", "ladder", "tier " + tier.code()
          + " must require '" + item + "', which the tier below (" + below.code() + ") requires");
    }
    Map<String, ServiceStandard> own = ServiceCatalogue.standardsOf(tier);
    for (ServiceStandard lower : below.standards()) {
      ServiceStandard higher = own.get(lower.metric());
      ServiceMetric metric = metrics.get(lower.metric());
      if (higher == null) {
        problems.add(at + "/standards", "ladder", "tier " + tier.code() + " must set a standard on '"
            + lower.metric() + "', which the tier below (" + below.code() + ") sets");
      } else if (metric != null && !metric.better().comparison().holds(higher.target(), lower.target())) {
        int s = tier.standards().indexOf(higher);
        problems.add(at + "/standards/" + s + "/target", "ladder", "tier " + tier.code() + " asks "
            + higher.target() + " on '" + lower.metric() + "', looser than the " + lower.target() + " of the tier below ("
            + below.code() + "); its target must be " + metric.better().comparison().symbol() + " " + lower.target());
      }
    }
  }
}
