package io.propgov.governance.metrics;

import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Label;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.PolicyRef;
import io.propgov.governance.service.ServiceMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Sample decisions on cities' own rates: every measure as a part or a whole, each with something and nothing to count. */
public final class RateSamples {

  private static final Citation SOURCE = Citation.assumption("Sample rate", "示例比率");

  private RateSamples() {}

  private static RateDefinition rate(String id, Measure numerator, Measure denominator, List<ServiceMode> modes) {
    return new RateDefinition(id, new Label(id.toLowerCase(java.util.Locale.ROOT), "示例" + id.length()), numerator,
        denominator, modes, SOURCE);
  }

  /**
   * Returns two decisions on six rates that between them count every measure: one with a ratio
   * to show, one with nothing to count.
   *
   * @return the decisions, never null
   */
  public static List<Decision<?>> all() {
    List<RateDefinition> rates = List.of(
        rate("IN_MODES", Measure.ESTATES_IN_MODES, Measure.COVERED_ESTATES, List.of(ServiceMode.MARKET)),
        rate("WITH_COMMITTEE", Measure.ESTATES_WITH_COMMITTEE, Measure.ESTATES, null),
        rate("PARTY", Measure.ESTATES_WITH_COMPANY_PARTY_ORGANISATION, Measure.ESTATES, null),
        rate("PASSED", Measure.ESTATES_RATED_PASSED, Measure.RATED_ESTATES, null),
        rate("TOOK_PART", Measure.PARTICIPATING_HOUSEHOLDS, Measure.HOUSEHOLDS, null),
        rate("COLLECTED", Measure.FEES_COLLECTED, Measure.FEES_BILLED, null));
    List<Rate> some = new ArrayList<>();
    List<Rate> none = new ArrayList<>();
    rates.forEach(r -> {
      some.add(new Rate(r, Ratio.of(1, 2)));
      none.add(new Rate(r, Ratio.NONE));
    });
    PolicyRef policy = new PolicyRef("sample", "1");
    LocalDate asOf = LocalDate.of(2024, 12, 31);
    return List.of(RateRules.explain(new UnitRates("u1", 2, some), policy, asOf),
        RateRules.explain(new UnitRates("u2", 0, none), policy, asOf));
  }
}
