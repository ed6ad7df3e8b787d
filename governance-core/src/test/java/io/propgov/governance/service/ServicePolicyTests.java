package io.propgov.governance.service;

import static io.propgov.governance.ServiceFixtures.CATALOGUE;
import static io.propgov.governance.ServiceFixtures.JIANGAN_MODES;
import static io.propgov.governance.ServiceFixtures.SERVICE_FROM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.Fixtures;
import io.propgov.governance.ServiceFixtures;
import io.propgov.governance.error.InputError;
import io.propgov.governance.explain.Label;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServicePolicyTests {

  static List<InputError> check(ServiceCatalogue catalogue, String target, DecisionTable table) {
    GovernancePolicy policy = Fixtures.cnDefaultWithout()
        .set(ServiceParameters.CATALOGUE, SERVICE_FROM, catalogue, Fixtures.TEST_SOURCE)
        .set(ServiceParameters.TARGET_TIER, SERVICE_FROM, target, Fixtures.TEST_SOURCE)
        .set(ServiceParameters.MODE_TABLE, SERVICE_FROM, table, Fixtures.TEST_SOURCE)
        .set(ServiceParameters.MODES, SERVICE_FROM, io.propgov.governance.ServiceFixtures.MODES, Fixtures.TEST_SOURCE)
        .build();
    return ServiceRules.check(policy);
  }

  static List<String> pointers(List<InputError> errors) {
    return errors.stream().map(InputError::pointer).toList();
  }

  static InputError single(List<InputError> errors) {
    assertEquals(1, errors.size(), errors.toString());
    return errors.get(0);
  }

  static void contains(String text, String... parts) {
    for (String part : parts) {
      assertTrue(text.contains(part), "'" + part + "' not in: " + text);
    }
  }

  @Test
  void thePresetsParametersPass() {
    assertEquals(List.of(), ServiceRules.check(ServiceFixtures.CN_DEFAULT_WITH_SERVICE));
  }

  @Test
  void aPolicyWithSomeServiceParametersNamesTheMissingOnes() {
    GovernancePolicy policy = Fixtures.cnDefaultWithout()
        .set(ServiceParameters.TARGET_TIER, SERVICE_FROM, "basic", Fixtures.TEST_SOURCE).build();
    assertEquals(Set.of("/parameters/service.catalogue", "/parameters/service.mode-table",
        "/parameters/service.modes"),
        Set.copyOf(pointers(ServiceRules.check(policy))));
  }

  @Test
  void anUnknownTargetTierIsNamedWithTheTiers() {
    InputError e = single(check(CATALOGUE, "gold", JIANGAN_MODES));
    assertEquals("/parameters/service.target-tier/0/value", e.pointer());
    contains(e.message(), "gold", "[basic, level-3, level-2, level-1]");
  }

  @Test
  void aTableWithAGapIsRejectedNamingTheUncoveredCombinations() {
    List<TableRow> rows = new ArrayList<>(JIANGAN_MODES.rows());
    rows.remove(rows.size() - 1); // drop the catch-all: poor hardware without self-management is uncovered
    List<InputError> errors = check(CATALOGUE, "level-3", new DecisionTable(JIANGAN_MODES.inputs(), rows, HitPolicy.FIRST));
    InputError e = single(errors);
    assertEquals("/parameters/service.mode-table/0/value/rows", e.pointer());
    assertEquals("gap", e.code());
    contains(e.message(), "{hardware=poor, willingness=low, size=large, self-governance=weak}");
  }

  @Test
  void aUniqueTableWithOverlappingRowsIsRejectedNamingThePair() {
    DecisionTable unique = new DecisionTable(JIANGAN_MODES.inputs(), JIANGAN_MODES.rows(), HitPolicy.UNIQUE);
    List<InputError> errors = check(CATALOGUE, "level-3", unique);
    assertEquals(Set.of("overlap"), Set.copyOf(errors.stream().map(InputError::code).toList()));
    assertTrue(errors.stream().anyMatch(e -> e.message().contains("rows self-management and market")), errors.toString());
  }

  @Test
  void aRowGivingSomethingOtherThanAModeIsRejected() {
    List<TableRow> rows = new ArrayList<>(JIANGAN_MODES.rows());
    rows.set(3, new TableRow("community-interim", Map.of(), "DEMOLISH"));
    InputError e = single(check(CATALOGUE, "level-3", new DecisionTable(JIANGAN_MODES.inputs(), rows, HitPolicy.FIRST)));
    assertEquals("/parameters/service.mode-table/0/value/rows/3/outcome", e.pointer());
    contains(e.message(), "MARKET, PUBLIC_WELFARE, SELF_MANAGED, COMMUNITY_INTERIM");
  }

  /** Checks the preset catalogue with one of its tiers replaced. */
  private static List<InputError> checkWithTier(int index, ServiceTier tier) {
    List<ServiceTier> tiers = new ArrayList<>(CATALOGUE.tiers());
    tiers.set(index, tier);
    return new ServiceCatalogue(CATALOGUE.items(), CATALOGUE.metrics(), tiers).check();
  }

  @Test
  void aTierThatDropsAnItemOrLoosensAStandardBreaksTheLadder() {
    ServiceTier two = CATALOGUE.tiers().get(2);
    List<ServiceStandard> loose = new ArrayList<>(two.standards());
    loose.set(3, new ServiceStandard("response-minutes", Fraction.of(90)));
    List<InputError> errors = checkWithTier(2, new ServiceTier("level-2", two.name(), two.requiredItems().subList(1, 5),
        loose.subList(1, 4), two.monthlyFee()));
    assertTrue(pointers(errors).containsAll(List.of("/tiers/2/requiredItems", "/tiers/2/standards")), errors.toString());
    assertTrue(errors.stream().anyMatch(e -> e.message().contains("'cleaning'") && e.message().contains("level-3")));
    assertTrue(errors.stream().anyMatch(e -> e.message().contains("'hotline-hours'")));
  }

  @Test
  void aLooserStandardIsNamedWithTheBoundItMustKeep() {
    ServiceTier one = CATALOGUE.tiers().get(3);
    List<ServiceStandard> standards = new ArrayList<>(one.standards());
    standards.set(3, new ServiceStandard("response-minutes", Fraction.of(61)));
    InputError e = single(checkWithTier(3, new ServiceTier("level-1", one.name(), one.requiredItems(), standards,
        one.monthlyFee())));
    assertEquals("/tiers/3/standards/3/target", e.pointer());
    contains(e.message(), "61", "≤ 60");
  }

  @Test
  void theLowestTierMustRequireEveryBasicItemAndCodesAreUnique() {
    List<ServiceItem> items = new ArrayList<>(CATALOGUE.items());
    items.add(new ServiceItem("lifts", new Label("lifts", "电梯"), true));
    items.add(new ServiceItem("cleaning", new Label("again", "重复"), false));
    List<InputError> errors = new ServiceCatalogue(items, CATALOGUE.metrics(), CATALOGUE.tiers()).check();
    assertTrue(errors.stream().map(InputError::code).toList().containsAll(List.of("basic-item", "duplicate")));
  }

  @Test
  void unknownItemsAndMetricsInATierAreNamed() {
    ServiceTier odd = new ServiceTier("odd", new Label("odd", "怪"), List.of("cleaning", "juggling"),
        List.of(new ServiceStandard("smiles", Fraction.ONE)), BigDecimal.ONE);
    List<InputError> errors = new ServiceCatalogue(CATALOGUE.items(), CATALOGUE.metrics(), List.of(odd)).check();
    assertTrue(pointers(errors).containsAll(List.of("/tiers/0/requiredItems/1", "/tiers/0/standards/0/metric")));
    assertTrue(errors.stream().anyMatch(e -> e.code().equals("basic-item")));
  }

  @Test
  void rowsUseOnlyTheTablesInputs() {
    DecisionTable table = new DecisionTable(JIANGAN_MODES.inputs(), List.of(new TableRow("r", Map.of("colour",
        Set.of("red")), "MARKET")), HitPolicy.FIRST);
    assertTrue(check(CATALOGUE, "level-3", table).stream().anyMatch(e -> e.code().equals("unknown-input")));
  }
}
