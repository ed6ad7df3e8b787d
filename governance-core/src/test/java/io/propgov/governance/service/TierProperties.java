package io.propgov.governance.service;

import static io.propgov.governance.ServiceFixtures.CN_DEFAULT_WITH_SERVICE;
import static io.propgov.governance.ServiceFixtures.CATALOGUE;

import io.propgov.governance.policy.Fraction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Delivering more, or doing better on a standard, never lowers an estate's tier. */
class TierProperties {

  static final ServiceRules RULES = new ServiceRules(CN_DEFAULT_WITH_SERVICE);
  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  static final List<String> ITEMS = CATALOGUE.items().stream().map(ServiceItem::code).toList();

  static int rank(ServiceProfile profile) {
    String tier = RULES.assess("E", profile, null, AS_OF).value().tier();
    return tier == null ? -1 : CATALOGUE.rank(tier);
  }

  @Provide
  Arbitrary<ServiceProfile> profiles() {
    Arbitrary<List<String>> items = Arbitraries.of(ITEMS).list().uniqueElements().ofMaxSize(ITEMS.size());
    Arbitrary<Map<String, Fraction>> figures = Combinators.combine(
        Arbitraries.integers().between(0, 120).injectNull(0.1), Arbitraries.integers().between(0, 24).injectNull(0.1),
        Arbitraries.integers().between(0, 10).injectNull(0.1), Arbitraries.integers().between(0, 5).injectNull(0.1),
        Arbitraries.integers().between(0, 100).injectNull(0.1)).as((response, hotline, check, patrol, satisfied) -> {
          Map<String, Fraction> m = new HashMap<>();
          put(m, "response-minutes", response == null ? null : Fraction.of(response));
          put(m, "hotline-hours", hotline == null ? null : Fraction.of(hotline));
          put(m, "check-interval-days", check == null ? null : Fraction.of(check));
          put(m, "patrol-interval-hours", patrol == null ? null : Fraction.of(patrol));
          put(m, "owner-satisfaction", satisfied == null ? null : Fraction.of(satisfied, 100));
          return m;
        });
    return Combinators.combine(items, figures).as((i, f) -> new ServiceProfile(null, i, f));
  }

  private static void put(Map<String, Fraction> m, String key, Fraction value) {
    if (value != null) {
      m.put(key, value);
    }
  }

  @Property
  void addingAnItemNeverLowersTheTier(@ForAll("profiles") ServiceProfile profile, @ForAll("items") String item) {
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

  @Property
  void improvingAStandardNeverLowersTheTier(@ForAll("profiles") ServiceProfile profile,
      @ForAll("metrics") ServiceMetric metric, @ForAll("steps") int step) {
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

  @Provide
  Arbitrary<String> items() {
    return Arbitraries.of(ITEMS);
  }

  @Provide
  Arbitrary<ServiceMetric> metrics() {
    return Arbitraries.of(CATALOGUE.metrics());
  }

  @Provide
  Arbitrary<Integer> steps() {
    return Arbitraries.integers().between(0, 60);
  }
}
