package io.propgov.governance.layer;

import static io.propgov.governance.Fixtures.CIVIL_CODE;
import static io.propgov.governance.Fixtures.CN_DEFAULT;
import static io.propgov.governance.Fixtures.PROPERTY_LAW;
import static io.propgov.governance.Fixtures.SATISFACTION_FROM;
import static io.propgov.governance.Fixtures.TEST_SOURCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.policy.Threshold;
import io.propgov.governance.satisfaction.GroupWeights;
import io.propgov.governance.satisfaction.SatisfactionParameters;
import io.propgov.governance.vote.ApprovalBase;
import io.propgov.governance.vote.VoteParameters;
import io.propgov.governance.vote.VoteRequirement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PolicyRegistryTests {

  static final Citation LAW = new Citation("Civil Code art. 278", "《民法典》第二百七十八条");
  static final Citation CITY = new Citation("City rule", "市规定");

  /** The national root: the vote parameters of cn-default, fixed by law. */
  static PolicyLayer national() {
    GovernancePolicy.Builder b = GovernancePolicy.builder().id("cn-national").jurisdiction("CN").version("2026.1");
    for (ParameterKey<?> key : VoteParameters.ALL) {
      copy(b, key);
    }
    return new PolicyLayer(b.build(), null, VoteParameters.ALL.stream()
        .map(k -> new Bound(k, BoundKind.FIXED_BY_LAW, null, LAW)).toList());
  }

  /** A city that sets the satisfaction parameters and lets districts only raise the pass line, within 50..90. */
  static PolicyLayer city() {
    GovernancePolicy.Builder b = GovernancePolicy.builder().id("city").jurisdiction("CN-X").version("1");
    for (ParameterKey<?> key : SatisfactionParameters.ALL) {
      copy(b, key);
    }
    return new PolicyLayer(b.build(), "cn-national", List.of(
        new Bound(SatisfactionParameters.PASS_LINE, BoundKind.MAY_ONLY_RAISE, null, CITY),
        new Bound(SatisfactionParameters.PASS_LINE, BoundKind.MAX, new BigDecimal("90"), CITY),
        new Bound(SatisfactionParameters.QUORUM, BoundKind.MIN, Threshold.atLeast(Fraction.parse("1/2")), CITY)));
  }

  static <T> PolicyLayer district(String id, String parent, ParameterKey<T> key, LocalDate from, T value) {
    return new PolicyLayer(GovernancePolicy.builder().id(id).jurisdiction("CN-X-Y").version("1")
        .set(key, from, value, TEST_SOURCE).build(), parent, List.of());
  }

  static PolicyRegistry registry() {
    return PolicyRegistry.of(List.of(national(), city()));
  }

  private static <T> void copy(GovernancePolicy.Builder b, ParameterKey<T> key) {
    CN_DEFAULT.timeline(key).orElseThrow().values().forEach(v -> b.set(key, v.effectiveFrom(), v.value(), v.source()));
  }

  private static List<InputError> errors(Runnable run) {
    return assertThrows(InvalidPolicyException.class, run::run).errors();
  }

  /** The only error, checked to be alone. */
  private static InputError only(Runnable run) {
    List<InputError> errors = errors(run);
    assertEquals(1, errors.size(), errors::toString);
    return errors.get(0);
  }

  private static void contains(String text, String... parts) {
    for (String part : parts) {
      assertTrue(text.contains(part), () -> "'" + part + "' not in: " + text);
    }
  }

  @Nested
  class Inheritance {

    @Test
    void aChildInheritsEveryParameterItDoesNotSetAndTheEngineAcceptsTheResult() {
      ResolvedPolicy city = registry().resolve("city");
      assertTrue(city.policy().parameters().keySet().containsAll(VoteParameters.ALL));
      assertEquals(List.of(), GovernanceEngine.check(city.policy()));
      assertEquals(List.of("cn-national", "city"), city.levels().stream().map(r -> r.id()).toList());
    }

    @Test
    void theResolvedPolicyNamesTheLevelThatSetEachValue() {
      ResolvedPolicy district = registry().resolve(district("district", "city", SatisfactionParameters.PASS_LINE,
          LocalDate.of(2024, 1, 1), new BigDecimal("65")));
      LocalDate asOf = LocalDate.of(2024, 6, 30);
      assertEquals("district", district.setBy(SatisfactionParameters.PASS_LINE, asOf).orElseThrow());
      assertEquals("city", district.setBy(SatisfactionParameters.PASS_LINE, LocalDate.of(2023, 6, 30)).orElseThrow());
      assertEquals("cn-national", district.setBy(VoteParameters.ORDINARY_RULE, asOf).orElseThrow());
      assertEquals(new BigDecimal("65"), district.policy().valueAt(SatisfactionParameters.PASS_LINE, asOf).value());
      assertEquals("district", district.policy().id());
    }

    @Test
    void aValueRestatedUnchangedStaysWithTheLevelThatFirstSetIt() {
      ResolvedPolicy resolved = PolicyRegistry.of(List.of(national())).resolve(new PolicyLayer(CN_DEFAULT,
          "cn-national", List.of()));
      assertEquals("cn-national", resolved.setBy(VoteParameters.ORDINARY_RULE, LocalDate.of(2024, 1, 1)).orElseThrow());
      assertEquals("cn-default", resolved.setBy(SatisfactionParameters.PASS_LINE, LocalDate.of(2024, 1, 1)).orElseThrow());
      assertEquals(CN_DEFAULT.parameters(), resolved.policy().parameters());
    }

    @Test
    void aRootResolvesToItself() {
      ResolvedPolicy root = PolicyRegistry.empty().resolve(PolicyLayer.of(CN_DEFAULT));
      assertEquals(CN_DEFAULT, root.policy());
      assertEquals(List.of(), root.bounds());
    }
  }

  @Nested
  class Bounds {

    @Test
    void aChildMayRaiseThePassLineWithinTheMaximum() {
      registry().resolve(district("d", "city", SatisfactionParameters.PASS_LINE, SATISFACTION_FROM, new BigDecimal("90")));
    }

    @Test
    void aChildMayKeepThePassLineExactlyAsInherited() {
      registry().resolve(district("d", "city", SatisfactionParameters.PASS_LINE, SATISFACTION_FROM, new BigDecimal("60.0")));
    }

    @Test
    void aChildLoweringThePassLineIsRejectedNamingParameterBoundLevelAndValue() {
      InputError e = only(() -> registry().resolve(district("d", "city",
          SatisfactionParameters.PASS_LINE, SATISFACTION_FROM, new BigDecimal("59.99"))));
      assertEquals("/parameters/satisfaction.pass-line/0/value", e.pointer());
      assertEquals("bound", e.code());
      contains(e.message(), "satisfaction.pass-line", "59.99", "may only be raised", "set by city",
          "inherited from city", "is 60");
    }

    @Test
    void aChildAboveTheMaximumIsRejected() {
      contains(only(() -> registry().resolve(district("d", "city", SatisfactionParameters.PASS_LINE,
          SATISFACTION_FROM, new BigDecimal("90.01")))).message(), "at most 90");
    }

    @Test
    void aThresholdMinimumComparesTheShareThenTheComparison() {
      registry().resolve(district("d", "city", SatisfactionParameters.QUORUM, SATISFACTION_FROM,
          Threshold.moreThan(Fraction.parse("1/2"))));
      contains(only(() -> registry().resolve(district("d", "city", SatisfactionParameters.QUORUM,
          SATISFACTION_FROM, Threshold.atLeast(Fraction.parse("49/100"))))).message(), "at least");
    }

    @Test
    void aGrandchildOverridingAFixedByLawThresholdIsRejected() {
      VoteRequirement lowered = new VoteRequirement(Threshold.atLeast(Fraction.parse("1/2")), Threshold.atLeast(Fraction.parse("1/2")),
          ApprovalBase.PARTICIPANTS, Threshold.moreThan(Fraction.parse("1/2")), Threshold.moreThan(Fraction.parse("1/2")));
      PolicyRegistry registry = registry().with(district("district", "city", SatisfactionParameters.PASS_LINE,
          SATISFACTION_FROM, new BigDecimal("70")));
      InputError e = only(() -> registry.resolve(district("estate-rules", "district",
          VoteParameters.ORDINARY_RULE, CIVIL_CODE, lowered)));
      assertEquals("/parameters/vote.ordinary-rule/0/value", e.pointer());
      contains(e.message(), "fixed by law", "set by cn-national", "Civil Code art. 278");
    }

    @Test
    void restatingTheOldValueAloneCannotHideTheLawsLaterChange() {
      VoteRequirement before2021 = CN_DEFAULT.valueAt(VoteParameters.ORDINARY_RULE, PROPERTY_LAW).value();
      contains(only(() -> registry().resolve(district("d", "city", VoteParameters.ORDINARY_RULE, PROPERTY_LAW,
          before2021))).message(), "2021-01-01");
    }

    @Test
    void aFixedValueHoldsForLevelsThatDoNotInheritIt() {
      PolicyLayer root = new PolicyLayer(GovernancePolicy.builder().id("root").jurisdiction("CN").version("1").build(),
          null, List.of(new Bound(SatisfactionParameters.FAILURES_FOR_DISMISSAL, BoundKind.FIXED_BY_LAW, 1, LAW)));
      PolicyRegistry registry = PolicyRegistry.of(List.of(root));
      registry.resolve(district("ok", "root", SatisfactionParameters.FAILURES_FOR_DISMISSAL, SATISFACTION_FROM, 1));
      contains(only(() -> registry.resolve(district("no", "root", SatisfactionParameters.FAILURES_FOR_DISMISSAL,
          SATISFACTION_FROM, 2))).message(), "fixed by law at 1");
    }

    @Test
    void anErrorInALevelAboveSaysWhichLevelItIsIn() {
      PolicyRegistry registry = registry().with(district("bad", "city", SatisfactionParameters.PASS_LINE,
          SATISFACTION_FROM, new BigDecimal("50")));
      assertTrue(only(() -> registry.resolve(district("below", "bad", SatisfactionParameters.FAILURES_FOR_DISMISSAL,
          SATISFACTION_FROM, 2))).message().startsWith("in policy bad"));
    }
  }

  @Nested
  class Declaring {

    @Test
    void anUnorderedParameterCanOnlyBeFixed() {
      GroupWeights weights = CN_DEFAULT.valueAt(SatisfactionParameters.GROUP_WEIGHTS, SATISFACTION_FROM).value();
      InputError e = only(() -> new PolicyLayer(CN_DEFAULT, null, List.of(
          new Bound(SatisfactionParameters.GROUP_WEIGHTS, BoundKind.MIN, weights, CITY),
          new Bound(SatisfactionParameters.GROUP_WEIGHTS, BoundKind.FIXED_BY_LAW, weights, CITY))));
      assertEquals("/bounds/satisfaction.group-weights/min", e.pointer());
      assertEquals("unordered", e.code());
    }

    @Test
    void aMinimumAboveTheMaximumAndAMissingLimitAreBothReported() {
      List<InputError> errors = errors(() -> new PolicyLayer(CN_DEFAULT, null, List.of(
          new Bound(SatisfactionParameters.PASS_LINE, BoundKind.MIN, new BigDecimal("80"), CITY),
          new Bound(SatisfactionParameters.PASS_LINE, BoundKind.MAX, new BigDecimal("70"), CITY),
          new Bound(SatisfactionParameters.FAILURES_FOR_DISMISSAL, BoundKind.MAX, null, CITY))));
      assertEquals(List.of("/bounds/satisfaction.failures-for-dismissal/max", "/bounds/satisfaction.pass-line/min"),
          errors.stream().map(InputError::pointer).sorted().toList());
    }

    @Test
    void aLevelsOwnValueMustKeepItsOwnMinimum() {
      PolicyLayer layer = new PolicyLayer(CN_DEFAULT, null, List.of(
          new Bound(SatisfactionParameters.PASS_LINE, BoundKind.MIN, new BigDecimal("65"), CITY)));
      assertEquals("/parameters/satisfaction.pass-line/0/value", only(() -> PolicyRegistry.empty().resolve(layer)).pointer());
    }

    @Test
    void anUnknownParentAndACycleAreReportedAtExtends() {
      InputError unknown = only(() -> registry().resolve(district("d", "nowhere",
          SatisfactionParameters.FAILURES_FOR_DISMISSAL, SATISFACTION_FROM, 1)));
      assertEquals("/extends", unknown.pointer());
      assertEquals("unknown-parent", unknown.code());
      PolicyRegistry loop = PolicyRegistry.of(List.of(
          district("a", "b", SatisfactionParameters.FAILURES_FOR_DISMISSAL, SATISFACTION_FROM, 1),
          district("b", "a", SatisfactionParameters.FAILURES_FOR_DISMISSAL, SATISFACTION_FROM, 1)));
      contains(only(() -> loop.resolve("a")).message(), "a -> b -> a");
    }
  }

  @Test
  void unknownPolicyIdsAreNamed() {
    contains(only(() -> registry().resolve("nowhere")).message(), "cn-national", "city");
    assertEquals(List.of("cn-national", "city"), List.copyOf(registry().ids()));
    assertTrue(registry().resolve("city").origins().containsKey("satisfaction.pass-line"));
  }
}
