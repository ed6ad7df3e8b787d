package io.propgov.governance.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.propgov.governance.explain.Label;
import io.propgov.governance.metrics.Measure;
import io.propgov.governance.metrics.Rate;
import io.propgov.governance.metrics.RateDefinition;
import io.propgov.governance.metrics.Ratio;
import io.propgov.governance.metrics.UnitRates;
import io.propgov.governance.policy.Citation;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatesTextTests {

  private static final RateDefinition OWN = new RateDefinition("OWN", new Label("own rate", "自定比率"),
      Measure.ESTATES_WITH_COMMITTEE, Measure.ESTATES, null, Citation.assumption("Test", "测试"));

  @Test
  void eachRateShowsUnderThePolicysNameAndNothingToCountShowsADash() {
    UnitRates rates = new UnitRates("u", 3, List.of(new Rate(OWN, Ratio.of(1, 3)), new Rate(OWN, Ratio.NONE)));
    assertEquals("own rate 1/3 (33.33%)  own rate -", RatesText.of(rates, false));
    assertEquals("自定比率 1/3 (33.33%)  自定比率 -", RatesText.of(rates, true));
  }

  @Test
  void aPolicyWithoutRatesSaysSo() {
    UnitRates none = new UnitRates("u", 2, List.of());
    assertEquals("(the policy defines no rates)", RatesText.of(none, false));
    assertEquals("（政策未定义比率）", RatesText.of(none, true));
  }
}
