package io.propgov.governance.json;

import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.propgov.governance.policy.Fraction;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundTripProperties {

  private static final JsonMapper MAPPER = Mappers.create();

  @Test
  void aWrittenPolicyReadsBackEqual() {
    qt().withExamples(200).forAll(Generators.policy())
        .checkAssert(policy -> assertEquals(policy, JSON.readPolicy(JSON.writePolicy(policy)).withContentHash(null)));
  }

  @Test
  void aWrittenPolicyWithTheOrganisationParametersReadsBackEqual() {
    qt().withExamples(200).forAll(Generators.orgPolicy())
        .checkAssert(policy -> assertEquals(policy, JSON.readPolicy(JSON.writePolicy(policy)).withContentHash(null)));
  }

  @Test
  void writtenFactsReadBackEqual() {
    qt().withExamples(200).forAll(Generators.facts())
        .checkAssert(facts -> assertEquals(facts, JSON.readFacts(JSON.writeFacts(facts))));
  }

  @Test
  void aWrittenEstateReadsBackEqualOnItsOwn() {
    qt().withExamples(200).forAll(Generators.estate()).checkAssert(estate -> {
      String document = JSON.writeFacts(new Facts(List.of(estate)));
      String estateObject = Documents4Tests.json(document).get("estates").get(0).toString();

      assertEquals(estate, JSON.readEstate(estateObject));
    });
  }

  @Test
  void aFractionReadsBackFromItsCanonicalText() {
    qt().withExamples(200)
        .forAll(Generators.longsBetween(Long.MIN_VALUE, Long.MAX_VALUE), Generators.longsBetween(1, Long.MAX_VALUE))
        .checkAssert((numerator, denominator) -> {
          Fraction fraction = Fraction.of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));

          assertEquals(fraction, Fraction.parse(fraction.toString()));
          assertEquals(fraction, read(write(fraction)));
        });
  }

  @Test
  void aTerminatingFractionReadsTheSameAsDecimalPercentageAndNumber() {
    qt().withExamples(200).forAll(Generators.terminatingFraction()).checkAssert(fraction -> {
      String decimal = fraction.toString();
      String percentage = fraction.times(Fraction.of(100)).toString() + "%";

      assertEquals(fraction, read("\"" + decimal + "\""));
      assertEquals(fraction, read("\"" + percentage + "\""));
      assertEquals(fraction, read(decimal));
    });
  }

  private static String write(Fraction fraction) {
    try {
      return MAPPER.writeValueAsString(fraction);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Fraction read(String json) {
    try {
      return MAPPER.readValue(json, Fraction.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
