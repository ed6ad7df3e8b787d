package io.propgov.governance.service;

import static io.propgov.governance.ServiceFixtures.CATALOGUE;
import static io.propgov.governance.ServiceFixtures.CN_DEFAULT_WITH_SERVICE;
import static io.propgov.governance.testing.Generators.ints;
import static io.propgov.governance.testing.Generators.nullable;
import static io.propgov.governance.testing.Generators.oneOf;
import static io.propgov.governance.testing.Generators.subsets;
import static org.quicktheories.QuickTheory.qt;

import io.propgov.governance.policy.Fraction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Delivering more, or doing better on a standard, never lowers an estate's tier. */
class TierProperties {

  static final ServiceRules RULES = new ServiceRules(CN_DEFAULT_WITH_SERVICE);
  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  static final List<String> ITEMS = CATALOGUE.items().stream().map(ServiceItem::code).toList();

  static int rank(ServiceProfile profile) {
    String tier = RULES.assess("E", profile, null, AS_OF).value().tier();
    return tier == null ? -1 : CATALOGUE.rank(tier);
  }

  /** Profiles delivering any of the catalogue's items, each standard measured or not (one in ten). */
  private static Gen<ServiceProfile> profiles() {
    Gen<List<String>> items = subsets(ITEMS, 0, ITEMS.size());
    Gen<Map<String, Fraction>> figures = nullable(ints(0, 120), 10).zip(nullable(ints(0, 24), 10),
        nullable(ints(0, 10), 10), nullable(ints(0, 5), 10), nullable(ints(0, 100), 10),
        (response, hotline, check, patrol, satisfied) -> {
          Map<String, Fraction> m = new HashMap<>();
          put(m, "response-minutes", response == null ? null : Fraction.of(response));
          put(m, "hotline-hours", hotline == null ? null : Fraction.of(hotline));
          put(m, "check-interval-days", check == null ? null : Fraction.of(check));
          put(m, "patrol-interval-hours", patrol == null ? null : Fraction.of(patrol));
          put(m, "owner-satisfaction", satisfied == null ? null : Fraction.of(satisfied, 100));
          return m;
        });
    return items.zip(figures, (i, f) -> new ServiceProfile(null, i, f));
  }

  private static void put(Map<String, Fraction> m, String key, Fraction value) {
    if (value != null) {
      m.put(key, value);
    }
  }

  @Test
  void addingAnItemNeverLowersTheTier() {
    qt().withExamples(200).forAll(profiles(), oneOf(ITEMS)).checkAssert(TierProperties::addingDoesNotLower);
  }

  private static void addingDoesNotLower(ServiceProfile profile, String item) {
    if (profile.items().contains(item)) {
      return;
    }
    List<String> more = new ArrayList<>(profile.items());
    more.add(item);
    ServiceProfile richer = new ServiceProfile(null, more, profile.measured());
    if (rank(richer) < rank(profile)) {
      throw new AssertionError("adding " + item + " lowered the tier");
    }
  }

  @Test
  void improvingAStandardNeverLowersTheTier() {
    qt().withExamples(200).forAll(profiles(), oneOf(CATALOGUE.metrics()), ints(0, 60))
        .checkAssert(TierProperties::improvingDoesNotLower);
  }

  private static void improvingDoesNotLower(ServiceProfile profile, ServiceMetric metric, int step) {
    Map<String, Fraction> better = new HashMap<>(profile.measured());
    Fraction now = better.getOrDefault(metric.code(), Fraction.of(metric.better() == MetricDirection.LOWER_IS_BETTER
        ? 1000 : 0));
    Fraction delta = Fraction.of(step, 2);
    Fraction improved = metric.better() == MetricDirection.HIGHER_IS_BETTER ? now.plus(delta)
        : (now.compareTo(delta) >= 0 ? now.minus(delta) : Fraction.ZERO);
    better.put(metric.code(), improved);
    if (rank(new ServiceProfile(null, profile.items(), better)) < rank(profile)) {
      throw new AssertionError(metric.code() + " improved from " + now + " to " + improved + " lowered the tier");
    }
  }
}
