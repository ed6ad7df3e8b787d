package io.propgov.governance.json;

import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class RoundTripProperties {

  private static final JsonMapper MAPPER = Mappers.create();

  @Property(tries = 200)
  void aWrittenPolicyReadsBackEqual(@ForAll("policies") GovernancePolicy policy) {
    assertEquals(policy, JSON.readPolicy(JSON.writePolicy(policy)));
  }

  @Property(tries = 200)
  void aWrittenPolicyWithTheOrganisationParametersReadsBackEqual(@ForAll("orgPolicies") GovernancePolicy policy) {
    assertEquals(policy, JSON.readPolicy(JSON.writePolicy(policy)));
  }

  @Property(tries = 200)
  void writtenFactsReadBackEqual(@ForAll("facts") Facts facts) {
    assertEquals(facts, JSON.readFacts(JSON.writeFacts(facts)));
  }

  @Property(tries = 200)
  void aWrittenEstateReadsBackEqualOnItsOwn(@ForAll("estates") Estate estate) {
    String document = JSON.writeFacts(new Facts(List.of(estate)));
    String estateObject = Documents4Tests.json(document).get("estates").get(0).toString();

    assertEquals(estate, JSON.readEstate(estateObject));
  }

  @Property
  void aFractionReadsBackFromItsCanonicalText(@ForAll long numerator,
      @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long denominator) throws Exception {
    Fraction fraction = Fraction.of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));

    assertEquals(fraction, Fraction.parse(fraction.toString()));
    assertEquals(fraction, MAPPER.readValue(MAPPER.writeValueAsString(fraction), Fraction.class));
  }

  @Property
  void aTerminatingFractionReadsTheSameAsDecimalPercentageAndNumber(@ForAll("terminating") Fraction fraction)
      throws Exception {
    String decimal = fraction.toString();
    String percentage = fraction.times(Fraction.of(100)).toString() + "%";

    assertEquals(fraction, MAPPER.readValue("\"" + decimal + "\"", Fraction.class));
    assertEquals(fraction, MAPPER.readValue("\"" + percentage + "\"", Fraction.class));
    assertEquals(fraction, MAPPER.readValue(decimal, Fraction.class));
  }

  @Provide
  Arbitrary<GovernancePolicy> policies() {
    return Generators.policies();
  }

  @Provide
  Arbitrary<GovernancePolicy> orgPolicies() {
    return Generators.orgPolicies();
  }

  @Provide
  Arbitrary<Facts> facts() {
    return Generators.facts();
  }

  @Provide
  Arbitrary<Estate> estates() {
    return Generators.estates();
  }

  /** Fractions whose denominator has no prime factor but 2 and 5, so that they are exact decimals. */
  @Provide
  Arbitrary<Fraction> terminating() {
    return Combinators.combine(Arbitraries.longs().between(-1_000_000, 1_000_000),
        Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 6))
        .as((n, twos, fives) -> Fraction.of(BigInteger.valueOf(n),
            BigInteger.TWO.pow(twos).multiply(BigInteger.valueOf(5).pow(fives))));
  }
}
