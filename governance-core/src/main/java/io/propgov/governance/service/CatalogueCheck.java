package io.propgov.governance.service;

import io.propgov.governance.error.InputError;
import io.propgov.governance.internal.Problems;
import io.propgov.governance.message.ConstraintMessages;
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
          ConstraintMessages.en("duplicate.code", "what", what, "code", codes.get(i)));
    }
    return seen;
  }

  private void references(int t, Set<String> items, Set<String> metrics) {
    ServiceTier tier = catalogue.tiers().get(t);
    String at = "/tiers/" + t;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < tier.requiredItems().size(); i++) {
      String item = tier.requiredItems().get(i);
      problems.check(items.contains(item), at + "/requiredItems/" + i, "unknown-item",
          ConstraintMessages.en("unknown-item", "tier", tier.code(), "item", item, "items", String.join(", ", items)));
      problems.check(seen.add(item), at + "/requiredItems/" + i, "duplicate",
          ConstraintMessages.en("duplicate.requiredItem", "tier", tier.code(), "item", item));
    }
    Set<String> measured = new HashSet<>();
    for (int s = 0; s < tier.standards().size(); s++) {
      String metric = tier.standards().get(s).metric();
      problems.check(metrics.contains(metric), at + "/standards/" + s + "/metric", "unknown-metric",
          ConstraintMessages.en("unknown-metric", "tier", tier.code(), "metric", metric, "metrics",
              String.join(", ", metrics)));
      problems.check(measured.add(metric), at + "/standards/" + s + "/metric", "duplicate",
          ConstraintMessages.en("duplicate.standard", "tier", tier.code(), "metric", metric));
    }
  }

  /** The lowest tier is the basic service: it requires every basic item. */
  private void basicItems() {
    ServiceTier basic = catalogue.basicTier();
    for (ServiceItem item : catalogue.items()) {
      problems.check(!item.basic() || basic.requiredItems().contains(item.code()), "/tiers/0/requiredItems",
          "basic-item", ConstraintMessages.en("basic-item", "tier", basic.code(), "item", item.code()));
    }
  }

  /** A tier requires every item of the tier below and each of its standards at least as strictly. */
  private void ladder(int t, Map<String, ServiceMetric> metrics) {
    ServiceTier below = catalogue.tiers().get(t - 1);
    ServiceTier tier = catalogue.tiers().get(t);
    String at = "/tiers/" + t;
    for (String item : below.requiredItems()) {
      problems.check(tier.requiredItems().contains(item), at + "/requiredItems", "ladder",
          ConstraintMessages.en("ladder.item", "tier", tier.code(), "item", item, "below", below.code()));
    }
    Map<String, ServiceStandard> own = ServiceCatalogue.standardsOf(tier);
    for (ServiceStandard lower : below.standards()) {
      ServiceStandard higher = own.get(lower.metric());
      ServiceMetric metric = metrics.get(lower.metric());
      if (higher == null) {
        problems.add(at + "/standards", "ladder", ConstraintMessages.en("ladder.standard", "tier", tier.code(), "metric",
            lower.metric(), "below", below.code()));
      } else if (metric != null && !metric.better().comparison().holds(higher.target(), lower.target())) {
        int s = tier.standards().indexOf(higher);
        problems.add(at + "/standards/" + s + "/target", "ladder", ConstraintMessages.en("ladder.target", "tier",
            tier.code(), "target", higher.target(), "metric", lower.metric(), "lower", lower.target(), "below",
            below.code(), "symbol", metric.better().comparison().symbol()));
      }
    }
  }
}
