package io.propgov.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.metrics.Measure;
import io.propgov.governance.metrics.MetricsParameters;
import io.propgov.governance.metrics.RateDefinition;
import io.propgov.governance.metrics.RateDefinitions;
import io.propgov.governance.policy.GovernancePolicy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The city rates as policy data: read, checked where they refer to other lists, written back. */
class RateDefinitionsJsonTests {

  private static final GovernanceJson JSON = GovernanceJson.create();
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  private static RateDefinitions rates(GovernancePolicy policy) {
    return policy.valueAt(MetricsParameters.RATES, AS_OF).value();
  }

  /** A district policy extending wuhan-4 with one rate, its parts as given. */
  private static String district(String numerator, String denominator, String modes) {
    return """
        {"id": "district", "jurisdiction": "CN-X", "extends": "wuhan-4", "version": "1", "description": "test",
         "parameters": {"metrics.rates": [{"effectiveFrom": "2019-01-01", "value": [
           {"id": "RED_PROPERTY", "en": "red property", "zh": "红色物业", "numerator": "%s", "denominator": "%s",
            %s "source": {"en": "Test rule, a model assumption", "zh": "测试规则，本模型假设"}, "assumption": true}],
           "source": {"en": "Test rule, a model assumption", "zh": "测试规则，本模型假设"}, "assumption": true}]}}
        """.formatted(numerator, denominator, modes);
  }

  @Test
  void thePresetsDefineTheSixRatesWithTheirCitationsWordForWord() {
    RateDefinitions six = rates(JSON.presetPolicy("cn-default"));
    assertEquals(List.of("COVERAGE", "PROFESSIONAL_COVERAGE", "COMMITTEE_COVERAGE", "PARTICIPATION", "FEE_COLLECTION",
        "RATED_SATISFACTORY"), six.ids());
    assertEquals("Chuxiong, 2023: 311 owners' committees and 427 property management committees for 738 estates",
        six.rates().get(2).source().en());
    assertEquals("武汉市目标：稳定覆盖率，扩大参与率，提高收费率，提升满意率", six.rates().get(0).source().zh());
    assertTrue(six.rates().get(5).source().assumption(), "rated satisfactory counts estates: a model assumption");
    for (String preset : List.of("caolu", "chuxiong-3", "chuxiong-5", "handan-4", "lianyungang", "yantai")) {
      assertEquals(six, rates(JSON.presetPolicy(preset)), preset);
    }
    RateDefinitions wuhan = rates(JSON.presetPolicy("wuhan-4"));
    assertEquals(six.rates(), wuhan.rates().subList(0, 6));
    RateDefinition own = wuhan.rates().get(6);
    assertEquals(Measure.ESTATES_WITH_COMPANY_PARTY_ORGANISATION, own.numerator());
    assertTrue(own.source().assumption() && own.source().en().contains("1,802") && own.source().zh().contains("495"));
  }

  @Test
  void aChildPolicyAddsItsRateToItsParentsAndWritesItBack() {
    GovernancePolicy district = JSON.readPolicy(district("ESTATES_IN_MODES", "ESTATES",
        "\"modes\": [\"MARKET\", \"PUBLIC_WELFARE\"],"));
    RateDefinitions rates = rates(district);
    assertEquals(8, rates.rates().size());
    assertEquals("redProperty", rates.rates().get(7).key());
    assertEquals(rates, rates(JSON.readPolicy(JSON.writePolicy(district))), "written and read again");
  }

  @Test
  void anUndefinedMeasureIsAnErrorAtItsPointerListingTheMeasuresAllAtOnce() {
    InvalidPolicyException e = assertThrows(InvalidPolicyException.class,
        () -> JSON.readPolicy(district("PARTY_MEMBERS", "ESTATE", "")));
    assertEquals(List.of("/parameters/metrics.rates/0/value/0/denominator", "/parameters/metrics.rates/0/value/0/numerator"),
        e.errors().stream().map(InputError::pointer).sorted().toList());
    assertTrue(e.errors().get(0).message().contains("ESTATES_WITH_COMPANY_PARTY_ORGANISATION"), e.errors().toString());
  }

  @Test
  void anUndefinedModeIsAnErrorAtItsPointerInThePolicyThatListsIt() {
    InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> JSON.readPolicy(district(
        "ESTATES_IN_MODES", "ESTATES", "\"modes\": [\"MARKET\", \"PUBLIC_WELFAR\", \"RED_STATION\"],")));
    assertEquals(List.of("/parameters/metrics.rates/0/value/0/modes/1", "/parameters/metrics.rates/0/value/0/modes/2"),
        e.errors().stream().map(InputError::pointer).toList());
    assertTrue(e.errors().get(0).message().endsWith(
        "the defined ids are MARKET, PUBLIC_WELFARE, SELF_MANAGED, COMMUNITY_INTERIM, NONE"), e.errors().toString());
  }

  @Test
  void aLayerResolvedLaterIsRejectedAtTheSamePointersAsTheDocumentRead() {
    String bad = district("ESTATES_IN_MODES", "ESTATES", "\"modes\": [\"MARKET\", \"PUBLIC_WELFAR\", \"RED_STATION\"],");
    io.propgov.governance.layer.PolicyLayer layer = JSON.readLayer(bad);
    InvalidPolicyException resolved = assertThrows(InvalidPolicyException.class, () -> JSON.resolve(layer));
    InvalidPolicyException read = assertThrows(InvalidPolicyException.class, () -> JSON.readPolicy(bad));
    assertEquals(List.of("/parameters/metrics.rates/0/value/0/modes/1", "/parameters/metrics.rates/0/value/0/modes/2"),
        resolved.errors().stream().map(InputError::pointer).toList(), "not the rate's place in the merged list (7)");
    assertEquals(read.errors(), resolved.errors());
  }

  @Test
  void aRateDividingUnlikeMeasuresIsAnErrorAtTheRate() {
    InvalidPolicyException e = assertThrows(InvalidPolicyException.class,
        () -> JSON.readPolicy(district("HOUSEHOLDS", "ESTATES", "")));
    assertEquals("/parameters/metrics.rates/0/value/0", e.errors().get(0).pointer());
    assertTrue(e.errors().get(0).message().contains("count the same kind"), e.errors().toString());
  }
}
