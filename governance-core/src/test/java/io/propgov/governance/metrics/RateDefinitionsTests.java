package io.propgov.governance.metrics;

import static io.propgov.governance.Fixtures.WUHAN_LEVELS;
import static io.propgov.governance.Fixtures.date;
import static io.propgov.governance.Fixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.Fixtures;
import io.propgov.governance.ServiceFixtures;
import io.propgov.governance.error.InputError;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.PartyForm;
import io.propgov.governance.estate.PartyStatus;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Label;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.org.OrgTree;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.PolicyRef;
import io.propgov.governance.service.ServiceMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RateDefinitionsTests {

  static final LocalDate AS_OF = date("2024-12-31");
  static final OrgTree TREE = OrgTree.of(WUHAN_LEVELS, List.of(unit("sd", "sub-district", null),
      unit("c1", "community", "sd"), unit("e1", "estate", "c1"), unit("e2", "estate", "c1")));
  static final Citation SOURCE = Citation.assumption("Test source", "测试来源");
  static final RateDefinition PARTY = new RateDefinition("COMPANY_PARTY_ORGANISATION",
      new Label("company party organisations", "企业党组织覆盖率"), Measure.ESTATES_WITH_COMPANY_PARTY_ORGANISATION,
      Measure.ESTATES, null, SOURCE);

  static Estate served(String id, String unitId, PartyStatus party) {
    return new Estate(id, "Estate " + id, new PropertyCompany("C-" + id, "Company " + id, party, null, null),
        List.of(), List.of(), unitId, 10, ServiceMode.MARKET, null, null);
  }

  static PartyStatus party(PartyForm own, boolean joint, boolean instructor) {
    return new PartyStatus(3, own, joint, instructor);
  }

  static Map<String, UnitRates> rollUp(RateDefinitions definitions, List<Estate> estates) {
    return RateRules.rollUp(TREE, estates, definitions, e -> Optional.empty(), AS_OF);
  }

  @Nested
  class CityRates {

    @Test
    void aCompanysOwnPartyOrganisationCountsAndAJointBranchOrInstructorDoesNot() {
      Map<String, UnitRates> rates = rollUp(new RateDefinitions(List.of(PARTY)), List.of(
          served("A", "e1", party(PartyForm.BRANCH, false, false)),
          served("B", "e1", party(null, true, false)),
          served("C", "e2", party(null, false, true)),
          served("D", "e2", null)));
      assertEquals(Optional.of(Ratio.of(1, 2)), rates.get("e1").rate("COMPANY_PARTY_ORGANISATION"));
      assertEquals(Optional.of(Ratio.of(0, 2)), rates.get("e2").rate("COMPANY_PARTY_ORGANISATION"));
      assertEquals(Optional.of(Ratio.of(1, 4)), rates.get("sd").rate("COMPANY_PARTY_ORGANISATION"));
      assertEquals(Ratio.NONE, rates.get("sd").coverage(), "a rate the policy does not define reads as none");
      assertEquals(Optional.empty(), rates.get("sd").rate("COVERAGE"));
    }

    @Test
    void aCityRateReadsInBothLanguagesUnderItsOwnNames() {
      UnitRates rates = rollUp(new RateDefinitions(List.of(PARTY)),
          List.of(served("A", "e1", party(PartyForm.BRANCH, false, false)), served("B", "e1", null))).get("sd");
      Reason reason = RateRules.explain(rates, new PolicyRef("p", "1"), AS_OF).reasons().get(0);
      assertEquals(MetricsRuleIds.RATE, reason.ruleId());
      assertEquals(Outcome.MET, reason.outcome());
      assertEquals("company party organisations 50%: 1 (estates whose property company has its own party"
          + " organisation) of 2 (estates)", reason.text(Locale.ENGLISH));
      assertEquals("企业党组织覆盖率 50%：小区 2，其中物业服务企业自建党组织的小区 1",
          reason.text(Locale.SIMPLIFIED_CHINESE));
      assertTrue(reason.citation().assumption());
    }

    @Test
    void aPolicyWithoutRatesCountsEstatesAndReportsNoRate() {
      Map<String, UnitRates> rates = rollUp(RateDefinitions.NONE, List.of(served("A", "e1", null)));
      assertEquals(1, rates.get("sd").estates());
      assertEquals(List.of(), rates.get("sd").rates());
      assertEquals(List.of(), RateRules.explain(rates.get("sd"), new PolicyRef("p", "1"), AS_OF).reasons());
    }
  }

  @Nested
  class NothingToCount {

    @Test
    void zeroOfZeroIsNoEstatesNotZeroPercent() {
      UnitRates none = rollUp(RateFixtures.SIX, List.of()).get("sd");
      Decision<UnitRates> d = RateRules.explain(none, new PolicyRef("p", "1"), AS_OF);
      Reason coverage = d.reason(MetricsRuleIds.COVERAGE).orElseThrow();
      assertEquals(Outcome.NOT_APPLICABLE, coverage.outcome());
      assertTrue(coverage.figure("rate").isEmpty(), "no share of nothing");
      assertEquals("Coverage: no estates", coverage.text(Locale.ENGLISH));
      assertEquals("覆盖率：无小区", coverage.text(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void zeroOfOneIsZeroPercent() {
      UnitRates one = rollUp(RateFixtures.SIX, List.of(new Estate("A", "A", null, List.of(), List.of(), "e1", 0,
          ServiceMode.NONE, null, null))).get("sd");
      Reason coverage = RateRules.explain(one, new PolicyRef("p", "1"), AS_OF).reason(MetricsRuleIds.COVERAGE)
          .orElseThrow();
      assertEquals(Outcome.MET, coverage.outcome());
      assertEquals("0", coverage.figure("rate").orElseThrow().value());
      Reason participation = RateRules.explain(one, new PolicyRef("p", "1"), AS_OF)
          .reason(MetricsRuleIds.PARTICIPATION).orElseThrow();
      assertEquals(Outcome.NOT_APPLICABLE, participation.outcome(), "no households: nothing to count");
    }

    @Test
    void aCityRateWithNothingToCountSaysWhatIsMissing() {
      UnitRates none = rollUp(new RateDefinitions(List.of(PARTY)), List.of()).get("sd");
      Reason reason = RateRules.explain(none, new PolicyRef("p", "1"), AS_OF).reasons().get(0);
      assertEquals(Outcome.NOT_APPLICABLE, reason.outcome());
      assertEquals("company party organisations: nothing to count, no estates", reason.text(Locale.ENGLISH));
      assertEquals("企业党组织覆盖率：无可计数对象（无小区）", reason.text(Locale.SIMPLIFIED_CHINESE));
    }
  }

  @Nested
  class Definitions {

    @Test
    void aRateDividesLikeByLike() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RateDefinition("MIXED",
          new Label("mixed", "混合"), Measure.HOUSEHOLDS, Measure.ESTATES, null, SOURCE));
      assertTrue(e.getMessage().contains("count the same kind"), e.getMessage());
    }

    @Test
    void modesComeExactlyWithEstatesInModes() {
      assertThrows(IllegalArgumentException.class, () -> new RateDefinition("IN_MODES", new Label("m", "模"),
          Measure.ESTATES_IN_MODES, Measure.ESTATES, List.of(), SOURCE));
      assertThrows(IllegalArgumentException.class, () -> new RateDefinition("ALL", new Label("m", "模"),
          Measure.COVERED_ESTATES, Measure.ESTATES, List.of(ServiceMode.MARKET), SOURCE));
      assertEquals(List.of(ServiceMode.MARKET), new RateDefinition("IN_MODES", new Label("m", "模"),
          Measure.ESTATES_IN_MODES, Measure.ESTATES, List.of(ServiceMode.MARKET), SOURCE).modes());
    }

    @Test
    void aDocumentedIdKeepsItsMeasuresAndAReservedKeyIsRefused() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RateDefinition(
          "COVERAGE", new Label("coverage", "覆盖率"), Measure.ESTATES_WITH_COMMITTEE, Measure.ESTATES, null, SOURCE));
      assertTrue(e.getMessage().contains("metrics.coverage"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> new RateDefinition("ESTATES", new Label("e", "小区"),
          Measure.ESTATES, Measure.ESTATES, null, SOURCE));
      assertEquals("feeCollection", RateFixtures.FEES.key());
      assertEquals(MetricsRuleIds.FEE_COLLECTION, RateFixtures.FEES.ruleId());
    }

    @Test
    void aChildPolicyAddsToItsParentsRates() {
      RateDefinition ownCoverage = new RateDefinition("COVERAGE", new Label("covered", "覆盖"),
          Measure.COVERED_ESTATES, Measure.ESTATES, null, SOURCE);
      RateDefinitions child = new RateDefinitions(List.of(PARTY, ownCoverage)).over(RateFixtures.SIX);
      assertEquals(List.of("COVERAGE", "PROFESSIONAL_COVERAGE", "COMMITTEE_COVERAGE", "PARTICIPATION",
          "FEE_COLLECTION", "RATED_SATISFACTORY", "COMPANY_PARTY_ORGANISATION"), child.ids());
      assertEquals("covered", child.rates().get(0).label().en(), "replaced where it stands");
    }

    @Test
    void everyModeARateCountsMustBeDefinedAllErrorsAtOnce() {
      RateDefinition modes = new RateDefinition("WELFARE", new Label("welfare", "公益"), Measure.ESTATES_IN_MODES,
          Measure.ESTATES, List.of(ServiceMode.of("PUBLIC_WELFAR"), ServiceMode.MARKET, ServiceMode.of("TRUST")),
          SOURCE);
      List<InputError> errors = RateRules.check(ServiceFixtures.withService(
          Fixtures.cnDefaultWithOrgWithout(MetricsParameters.RATES)).set(MetricsParameters.RATES, Fixtures.ORG_FROM,
              new RateDefinitions(List.of(RateFixtures.COVERAGE, modes)), SOURCE).build());
      assertEquals(List.of("/parameters/metrics.rates/0/value/1/modes/0", "/parameters/metrics.rates/0/value/1/modes/2"),
          errors.stream().map(InputError::pointer).toList());
      assertEquals("enum", errors.get(0).code());
      assertTrue(errors.get(0).message().contains("PUBLIC_WELFAR") && errors.get(0).message()
          .contains("MARKET, PUBLIC_WELFARE, SELF_MANAGED, COMMUNITY_INTERIM, NONE"), errors.get(0).message());
      assertEquals(List.of(), RateRules.check(ServiceFixtures.CN_DEFAULT_WITH_SERVICE));
    }
  }
}
