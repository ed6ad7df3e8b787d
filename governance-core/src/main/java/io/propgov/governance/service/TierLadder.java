package io.propgov.governance.service;

import io.propgov.governance.policy.Citation;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Label;
import io.propgov.governance.explain.Margin;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.policy.Fraction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Climbs a catalogue's tiers from the basic one while the estate meets them. */
final class TierLadder {

  private final ServiceCatalogue catalogue;
  private final Citation source;

  TierLadder(ServiceCatalogue catalogue, Citation source) {
    this.catalogue = catalogue;
    this.source = source;
  }

  /**
   * Returns the position of the highest tier met, -1 when not even the basic tier is. With
   * {@code reasons} given, adds a reason per tier tried and, for the first tier not met, one per
   * unmet requirement; with null, only counts.
   */
  int highestMet(ServiceProfile profile, List<Reason> reasons) {
    Set<String> delivered = new HashSet<>(profile.items());
    List<ServiceTier> tiers = catalogue.tiers();
    for (int t = 0; t < tiers.size(); t++) {
      ServiceTier tier = tiers.get(t);
      List<Reason> unmet = reasons == null ? null : new ArrayList<>();
      int missing = unmet(tier, delivered, profile, unmet);
      if (reasons != null) {
        reasons.add(Reason.noted(ServiceRuleIds.TIER, Outcome.of(missing == 0), source,
            Figure.text("tier", tier.code()), zh("tier", tier.code(), tier.name()),
            Figure.count("unmet", missing)));
        reasons.addAll(unmet);
      }
      if (missing > 0) {
        return t - 1;
      }
    }
    return tiers.size() - 1;
  }

  /** Counts the tier's requirements the estate does not meet, explaining each when asked. */
  private int unmet(ServiceTier tier, Set<String> delivered, ServiceProfile profile, List<Reason> reasons) {
    int missing = 0;
    for (String item : tier.requiredItems()) {
      if (!delivered.contains(item)) {
        missing++;
        if (reasons != null) {
          reasons.add(Reason.noted(ServiceRuleIds.REQUIREMENT_ITEM, Outcome.NOT_MET, source, Figure.text("item", item),
              zh("item", item, catalogue.item(item).map(ServiceItem::name).orElse(null)),
              Figure.text("tier", tier.code()), zh("tier", tier.code(), tier.name())));
        }
      }
    }
    for (ServiceStandard standard : tier.standards()) {
      Fraction measured = profile.measured().get(standard.metric());
      if (measured == null) {
        missing++;
        if (reasons != null) {
          reasons.add(Reason.noted(ServiceRuleIds.REQUIREMENT_UNMEASURED, Outcome.NOT_MET, source,
              Figure.text("metric", standard.metric()), zh("metric", standard.metric(), metricName(standard.metric())),
              Figure.text("tier", tier.code()), zh("tier", tier.code(), tier.name())));
        }
        continue;
      }
      ServiceMetric metric = catalogue.metric(standard.metric()).orElseThrow();
      MetricDirection better = metric.better();
      if (!better.comparison().holds(measured, standard.target())) {
        missing++;
        if (reasons != null) {
          reasons.add(Reason.compared(ServiceRuleIds.REQUIREMENT_STANDARD, false,
              Figure.of("measured", measured, Unit.NUMBER),
              better.comparison(), Figure.of("target", standard.target(), Unit.NUMBER), source,
              Figure.text("metric", standard.metric()), zh("metric", metric.code(), metric.name()),
              Figure.text("tier", tier.code()), zh("tier", tier.code(), tier.name()),
              Figure.text("bound", better.comparison().symbol()))
              .withMargin(Margin.of(measured, better.comparison(), standard.target(), metric.unit())));
        }
      }
    }
    return missing;
  }

  private Label metricName(String code) {
    return catalogue.metric(code).map(ServiceMetric::name).orElse(null);
  }

  /**
   * The Chinese name the policy gives a tier, item or metric, as the figure {@code <name>Zh}
   * that the Chinese messages show in place of the code; the code itself when it has none.
   */
  static Figure zh(String name, String code, Label label) {
    return Figure.text(name + "Zh", label == null ? code : label.zh());
  }
}
