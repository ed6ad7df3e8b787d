package io.propgov.governance.layer;

import static io.propgov.governance.Fixtures.SATISFACTION_FROM;
import static io.propgov.governance.testing.Generators.ints;
import static io.propgov.governance.testing.Generators.threshold;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.Threshold;
import io.propgov.governance.satisfaction.SatisfactionParameters;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BoundProperties {

  @Test
  void aChildPassLineIsAcceptedExactlyWhenItIsNotBelowTheInheritedOneAndNotAboveTheMaximum() {
    // the inherited 60 and the maximum 90, each exactly and one hundredth either side
    qt().withExamples(200).forAll(ints(4000, 9500, 5999, 6000, 6001, 8999, 9000, 9001))
        .checkAssert(BoundProperties::childPassLine);
  }

  private static void childPassLine(int hundredths) {
    BigDecimal passLine = BigDecimal.valueOf(hundredths, 2);
    PolicyLayer district = PolicyRegistryTests.district("d", "city", SatisfactionParameters.PASS_LINE,
        SATISFACTION_FROM, passLine);
    boolean allowed = passLine.compareTo(BigDecimal.valueOf(60)) >= 0 && passLine.compareTo(BigDecimal.valueOf(90)) <= 0;
    if (allowed) {
      // restating the inherited 60 unchanged does not take it over: the city still sets it
      String setter = passLine.compareTo(BigDecimal.valueOf(60)) == 0 ? "city" : "d";
      assertEquals(setter, PolicyRegistryTests.registry().resolve(district).setBy(SatisfactionParameters.PASS_LINE,
          SATISFACTION_FROM).orElseThrow(), passLine.toPlainString());
    } else {
      assertThrows(InvalidPolicyException.class, () -> PolicyRegistryTests.registry().resolve(district));
    }
  }

  @Test
  void aHigherThresholdIsNeverEasierToMeet() {
    qt().withExamples(200).forAll(threshold(), threshold(), ints(0, 24)).checkAssert(BoundProperties::higherIsHarder);
  }

  private static void higherIsHarder(Threshold low, Threshold high, int part) {
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
}
