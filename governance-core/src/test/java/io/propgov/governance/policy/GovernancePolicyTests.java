package io.propgov.governance.policy;

import static io.propgov.governance.Fixtures.CIVIL_CODE_278;
import static io.propgov.governance.Fixtures.CN_DEFAULT;
import static io.propgov.governance.Fixtures.PROPERTY_LAW_76;
import static io.propgov.governance.Fixtures.TEST_SOURCE;
import static io.propgov.governance.Fixtures.cnDefaultWithout;
import static io.propgov.governance.Fixtures.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.satisfaction.SatisfactionParameters;
import io.propgov.governance.vote.ApprovalBase;
import io.propgov.governance.vote.VoteParameters;
import io.propgov.governance.vote.VoteRequirement;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GovernancePolicyTests {

  private static Map<String, String> codesByPointer(InvalidPolicyException e) {
    return e.errors().stream().collect(Collectors.toMap(InputError::pointer, InputError::code, (a, b) -> a + "," + b));
  }

  @Nested
  class ValueAt {

    @Test
    void civilCodeRuleIsInForceOnItsFirstDay() {
      ParameterValue<VoteRequirement> rule = CN_DEFAULT.valueAt(VoteParameters.ORDINARY_RULE, date("2021-01-01"));
      assertEquals(ApprovalBase.PARTICIPANTS, rule.value().approvalBase());
      assertTrue(rule.value().hasQuorum());
      assertEquals(CIVIL_CODE_278, rule.source());
      assertEquals(date("2021-01-01"), rule.effectiveFrom());
    }

    @Test
    void propertyLawRuleIsInForceTheDayBefore() {
      ParameterValue<VoteRequirement> rule = CN_DEFAULT.valueAt(VoteParameters.ORDINARY_RULE, date("2020-12-31"));
      assertEquals(ApprovalBase.ALL_OWNERS, rule.value().approvalBase());
      assertFalse(rule.value().hasQuorum());
      assertTrue(rule.value().areaQuorum().isEmpty());
      assertEquals(PROPERTY_LAW_76, rule.source());
    }

    @Test
    void dateBeforeTheFirstValueThrowsNamingTheParameterAndFirstDate() {
      NoValueInForceException e = assertThrows(NoValueInForceException.class,
          () -> CN_DEFAULT.valueAt(VoteParameters.ORDINARY_RULE, date("2007-09-30")));
      assertEquals("vote.ordinary-rule", e.parameter());
      assertEquals(date("2007-09-30"), e.date());
      assertEquals(date("2007-10-01"), e.firstEffective());
      assertTrue(e.getMessage().contains("vote.ordinary-rule") && e.getMessage().contains("2007-10-01"),
          e.getMessage());
    }

    @Test
    void satisfactionParametersStartIn2019() {
      assertEquals(new BigDecimal("60"), CN_DEFAULT.valueAt(SatisfactionParameters.PASS_LINE, date("2019-01-01")).value());
      NoValueInForceException e = assertThrows(NoValueInForceException.class,
          () -> CN_DEFAULT.valueAt(SatisfactionParameters.PASS_LINE, date("2018-12-31")));
      assertEquals("satisfaction.pass-line", e.parameter());
      assertEquals(date("2019-01-01"), e.firstEffective());
    }

    @Test
    void parameterThePolicyDoesNotSetIsNamed() {
      GovernancePolicy policy = cnDefaultWithout(SatisfactionParameters.PASS_LINE).build();
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> policy.valueAt(SatisfactionParameters.PASS_LINE, date("2024-01-01")));
      assertTrue(e.getMessage().contains("satisfaction.pass-line"), e.getMessage());
      assertTrue(policy.timeline(SatisfactionParameters.PASS_LINE).isEmpty());
    }
  }

  @Nested
  class Building {

    @Test
    void policyCarriesItsIdentityAndParametersOrderedById() {
      assertEquals(new PolicyRef("cn-default", "2026.1"), CN_DEFAULT.ref());
      assertEquals("CN", CN_DEFAULT.jurisdiction());
      List<String> ids = CN_DEFAULT.parameters().keySet().stream().map(ParameterKey::id).toList();
      assertEquals(ids.stream().sorted().toList(), ids);
      assertEquals(10, ids.size());
    }

    @Test
    void valuesMayBeAddedInAnyOrder() {
      GovernancePolicy policy = cnDefaultWithout(SatisfactionParameters.PASS_LINE)
          .set(SatisfactionParameters.PASS_LINE, date("2024-01-01"), new BigDecimal("70"), TEST_SOURCE)
          .set(SatisfactionParameters.PASS_LINE, date("2019-01-01"), new BigDecimal("60"), TEST_SOURCE)
          .build();
      assertEquals(new BigDecimal("60"), policy.valueAt(SatisfactionParameters.PASS_LINE, date("2023-12-31")).value());
      assertEquals(new BigDecimal("70"), policy.valueAt(SatisfactionParameters.PASS_LINE, date("2024-01-01")).value());
    }

    @Test
    void builderReportsEveryErrorAtOnceWithItsPointer() {
      InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> cnDefaultWithout(
              SatisfactionParameters.PASS_LINE, SatisfactionParameters.QUORUM, SatisfactionParameters.FAILURES_FOR_DISMISSAL)
          .id("  ")
          .set(SatisfactionParameters.PASS_LINE, date("2019-01-01"), new BigDecimal("60"), null)
          .set(SatisfactionParameters.QUORUM, date("2019-01-01"), Threshold.atLeast(Fraction.parse("60%")), TEST_SOURCE)
          .set(SatisfactionParameters.QUORUM, date("2019-01-01"), Threshold.atLeast(Fraction.parse("50%")), TEST_SOURCE)
          .set(SatisfactionParameters.FAILURES_FOR_DISMISSAL, date("2019-01-01"), 0, TEST_SOURCE)
          .build());
      Map<String, String> codes = codesByPointer(e);
      assertEquals(Map.of(
          "/id", "required",
          "/parameters/satisfaction.pass-line/0/source", "required",
          "/parameters/satisfaction.quorum/1/effectiveFrom", "duplicate",
          "/parameters/satisfaction.failures-for-dismissal/0/value", "constraint"), codes);
      assertEquals(4, e.errors().size());
      String failures = message(e, "/parameters/satisfaction.failures-for-dismissal/0/value");
      assertTrue(failures.contains("satisfaction.failures-for-dismissal") && failures.contains("at least 1")
          && failures.contains("was 0"), failures);
      String duplicate = message(e, "/parameters/satisfaction.quorum/1/effectiveFrom");
      assertTrue(duplicate.contains("2019-01-01"), duplicate);
      assertTrue(e.getMessage().startsWith("policy invalid, 4 errors"), e.getMessage());
    }

    @Test
    void missingDateAndBlankJurisdictionAndVersionAreReported() {
      InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> cnDefaultWithout(
              VoteParameters.DISMISSAL_NOTICE_DAYS)
          .jurisdiction("").version(null)
          .set(VoteParameters.DISMISSAL_NOTICE_DAYS, null, 60, TEST_SOURCE)
          .build());
      assertEquals(Map.of("/jurisdiction", "required", "/version", "required",
          "/parameters/vote.dismissal-notice-days/0/effectiveFrom", "required"), codesByPointer(e));
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void valueOfTheWrongTypeIsReportedNamingBothTypes() {
      ParameterKey raw = SatisfactionParameters.PASS_LINE;
      InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> cnDefaultWithout(
          SatisfactionParameters.PASS_LINE).set(raw, date("2019-01-01"), "60", TEST_SOURCE).build());
      InputError error = e.errors().get(0);
      assertEquals("/parameters/satisfaction.pass-line/0/value", error.pointer());
      assertTrue(error.message().contains("BigDecimal") && error.message().contains("String"), error.message());
    }

    @Test
    void negativeNoticeDaysAreRejected() {
      InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> cnDefaultWithout(
          VoteParameters.DISMISSAL_NOTICE_DAYS).set(VoteParameters.DISMISSAL_NOTICE_DAYS, date("2007-10-01"), -1,
          TEST_SOURCE).build());
      assertEquals(Map.of("/parameters/vote.dismissal-notice-days/0/value", "constraint"), codesByPointer(e));
    }
  }

  @Test
  void parameterIdMustBeLowercaseWordsJoinedByDotsOrHyphens() {
    assertThrows(IllegalArgumentException.class, () -> ParameterKey.of("Pass Line", String.class, "x", v -> null));
    assertThrows(IllegalArgumentException.class, () -> ParameterKey.of("a..b", String.class, "x", v -> null));
    ParameterKey<String> key = ParameterKey.of("a.b-c", String.class, "x", v -> null);
    assertEquals(ParameterKey.of("a.b-c", Integer.class, "y", v -> null), key);
    assertNull(key.check("ok"));
    assertEquals("a value is required", key.check(null));
  }

  private static String message(InvalidPolicyException e, String pointer) {
    return e.errors().stream().filter(x -> x.pointer().equals(pointer)).findFirst().orElseThrow().message();
  }
}
