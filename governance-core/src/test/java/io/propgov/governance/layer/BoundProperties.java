package io.propgov.governance.layer;

import static io.propgov.governance.Fixtures.SATISFACTION_FROM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.policy.Comparison;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.Threshold;
import io.propgov.governance.satisfaction.SatisfactionParameters;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class BoundProperties {

  @Property
  void aChildPassLineIsAcceptedExactlyWhenItIsNotBelowTheInheritedOneAndNotAboveTheMaximum(
      @ForAll @IntRange(min = 4000, max = 9500) int hundredths) {
    BigDecimal passLine = BigDecimal.valueOf(hundredths, 2);
    PolicyLayer district = PolicyRegistryTests.district("d", "city", SatisfactionParameters.PASS_LINE,
        SATISFACTION_FROM, passLine);
    boolean allowed = passLine.compareTo(BigDecimal.valueOf(60)) >= 0 && passLine.compareTo(BigDecimal.valueOf(90)) <= 0;
    if (allowed) {
      assertEquals("d", PolicyRegistryTests.registry().resolve(district).setBy(SatisfactionParameters.PASS_LINE,
          SATISFACTION_FROM).orElseThrow());
    } else {
      assertThrows(InvalidPolicyException.class, () -> PolicyRegistryTests.registry().resolve(district));
    }
  }

  @Property
  void aHigherThresholdIsNeverEasierToMeet(@ForAll("thresholds") Threshold low, @ForAll("thresholds") Threshold high,
      @ForAll @IntRange(min = 0, max = 24) int part) {
    if (Bound.compare(low, high) > 0) {
      Threshold t = low;
      low = high;
      high = t;
    }
    Fraction whole = Fraction.of(24);
    if (high.isMetBy(Fraction.of(part), whole)) {
      assertTrue(low.isMetBy(Fraction.of(part), whole));
    }
  }

  @Provide
  Arbitrary<Threshold> thresholds() {
    return Arbitraries.integers().between(0, 12).flatMap(n -> Arbitraries.of(Comparison.AT_LEAST, Comparison.MORE_THAN)
        .map(c -> new Threshold(c, Fraction.of(n, 12))));
  }
}
