package io.propgov.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.metrics.MetricsParameters;
import io.propgov.governance.org.OrgParameters;
import io.propgov.governance.service.ServiceParameters;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.policy.ParameterValue;
import io.propgov.governance.satisfaction.SatisfactionParameters;
import io.propgov.governance.vote.VoteParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the Java fixtures in step with the JSON preset they mirror. The preset is compared key by
 * key for the parameters it has: the satisfaction and vote parameters always, the organisation
 * ({@code org.*}) and service ({@code service.*}) parameters once it has them, all or none of each.
 */
class FixturesTests {

  private static final Path PRESET = Path.of(
      "../governance-json/src/main/resources/io/propgov/governance/json/policy/cn-default.json");
  private static final Pattern PARAMETER = Pattern.compile("\"([a-z0-9-]+\\.[a-z0-9.-]+)\":\\s*\\[");
  private static final Pattern ENTRY = Pattern.compile("\"effectiveFrom\":\\s*\"([0-9-]+)\".*?\"source\":\\s*\\{\\s*"
      + "\"en\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\",\\s*\"zh\":\\s*\"([^\"]*)\"\\s*}", Pattern.DOTALL);

  private static List<String> presetIds(String json) {
    List<String> ids = new ArrayList<>();
    Matcher parameter = PARAMETER.matcher(json);
    while (parameter.find()) {
      ids.add(parameter.group(1));
    }
    return ids;
  }

  private static String readPreset() throws IOException {
    assumeTrue(Files.exists(PRESET), "the preset lives in governance-json");
    return Files.readString(PRESET, StandardCharsets.UTF_8);
  }

  /** Each value of each parameter of a preset as "id date en | zh", in document order. */
  static List<String> presetEntries(String json) {
    List<String> entries = new ArrayList<>();
    Matcher parameter = PARAMETER.matcher(json);
    List<Integer> starts = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    while (parameter.find()) {
      starts.add(parameter.end());
      ids.add(parameter.group(1));
    }
    starts.add(json.length());
    for (int i = 0; i < ids.size(); i++) {
      Matcher entry = ENTRY.matcher(json.substring(starts.get(i), starts.get(i + 1)));
      while (entry.find()) {
        entries.add(ids.get(i) + " " + entry.group(1) + " " + entry.group(2).replace("\\\"", "\"") + " | "
            + entry.group(3));
      }
    }
    return entries;
  }

  /** The same entries from {@link ServiceFixtures#CN_DEFAULT_WITH_SERVICE}, for the parameters the preset names. */
  static List<String> fixtureEntries(List<String> ids) {
    List<String> entries = new ArrayList<>();
    for (String id : ids) {
      ParameterKey<?> key = GovernanceEngine.parameters().stream().filter(k -> k.id().equals(id)).findFirst()
          .orElseThrow(() -> new AssertionError("the engine reads no parameter " + id));
      for (ParameterValue<?> v : ServiceFixtures.CN_DEFAULT_WITH_SERVICE.timeline(key).orElseThrow().values()) {
        entries.add(id + " " + v.effectiveFrom() + " " + v.source().en() + " | " + v.source().zh());
      }
    }
    return entries;
  }

  @Test
  void fixtureHasTheParametersDatesAndSourcesOfTheJsonPreset() throws IOException {
    String json = readPreset();
    // The credit, subsidy, money and work-order parameters are mirrored by the fixtures of their own areas;
    // the contract parameters by the contract tests' own policy.
    List<String> mirrored = presetIds(json).stream().filter(FixturesTests::mirrored).toList();
    assertEquals(presetEntries(json).stream().filter(e -> mirrored(e.substring(0, e.indexOf(' ')))).toList(),
        fixtureEntries(mirrored));
  }

  private static boolean mirrored(String id) {
    // The rates cite a source per definition inside their value; the JSON module's tests compare them whole.
    return !id.startsWith("credit.") && !id.startsWith("arrears.") && !id.startsWith("subsidy.") && !id.startsWith("metrics.")
        && !id.startsWith("money.") && !id.startsWith("contract.") && !id.startsWith("workorder.");
  }

  @Test
  void differingSourceInThePresetIsCaught() throws IOException {
    String json = readPreset();
    assumeTrue(json.contains(Fixtures.LEVELS_SOURCE.en()), "the preset has the org.* parameters");
    String changed = json.replace(Fixtures.LEVELS_SOURCE.en(), "Wuhan practice, changed");
    List<String> mirrored = presetIds(changed).stream().filter(FixturesTests::mirrored).toList();
    assertNotEquals(fixtureEntries(mirrored), presetEntries(changed).stream()
        .filter(e -> mirrored(e.substring(0, e.indexOf(' ')))).toList());
  }

  @Test
  void presetSetsEverySatisfactionAndVoteParameterAndTheOrganisationParametersAllOrNone() throws IOException {
    List<String> ids = presetIds(readPreset());
    List<String> required = Stream.of(SatisfactionParameters.ALL, VoteParameters.ALL).flatMap(List::stream)
        .map(ParameterKey::id).toList();
    assertTrue(ids.containsAll(required), () -> "the preset lacks some of " + required + ": " + ids);
    List<String> org = OrgParameters.ALL.stream().map(ParameterKey::id).filter(ids::contains).toList();
    assertTrue(org.isEmpty() || org.size() == OrgParameters.ALL.size(),
        () -> "a policy sets all the org.* parameters or none, the preset sets " + org);
    long calendar = OrgParameters.OPTIONAL.stream().map(ParameterKey::id).filter(ids::contains).count();
    List<String> service = ServiceParameters.ALL.stream().map(ParameterKey::id).filter(ids::contains).toList();
    assertTrue(service.isEmpty() || service.size() == ServiceParameters.ALL.size(),
        () -> "a policy sets all the service.* parameters or none, the preset sets " + service);
    List<String> credit = io.propgov.governance.credit.CreditParameters.ALL.stream().map(ParameterKey::id)
        .filter(ids::contains).toList();
    assertTrue(credit.isEmpty() || credit.size() == io.propgov.governance.credit.CreditParameters.ALL.size(),
        () -> "a policy sets all the credit.* and arrears.* parameters or none, the preset sets " + credit);
    List<String> optional = io.propgov.governance.credit.CreditParameters.OPTIONAL.stream().map(ParameterKey::id)
        .toList();
    long subsidy = ids.stream().filter(id -> id.startsWith("subsidy.") || optional.contains(id)).count();
    long contract = ids.stream().filter(id -> id.startsWith("contract.")).count();
    // The preset sets the city's first-deposit rate; the other money parameters come from cn-national.
    long money = ids.stream().filter(id -> id.startsWith("money.")).count();
    // The city rates come with the organisation tree they are reported for.
    long metrics = ids.stream().filter(id -> id.startsWith("metrics.")).count();
    List<String> orders = io.propgov.governance.workorder.WorkOrderParameters.ALL.stream().map(ParameterKey::id)
        .filter(ids::contains).toList();
    assertTrue(orders.isEmpty() || orders.size() == io.propgov.governance.workorder.WorkOrderParameters.ALL.size(),
        () -> "a policy sets all the workorder.* parameters or none, the preset sets " + orders);
    assertEquals(ids.size(), required.size() + org.size() + calendar + service.size() + credit.size() + subsidy + contract + money
        + metrics + orders.size(),
        () -> "unexpected parameters in the preset: " + ids);
  }

  @Test
  void fixtureWithOrganisationIsTheDefaultFixturePlusTheOrganisationParametersAndTheCalendar() {
    List<ParameterKey<?>> withoutOrg = Fixtures.CN_DEFAULT_WITH_ORG.parameters().keySet().stream()
        .filter(k -> !OrgParameters.ALL.contains(k) && !OrgParameters.OPTIONAL.contains(k)
            && !MetricsParameters.ALL.contains(k)).toList();
    assertEquals(List.copyOf(Fixtures.CN_DEFAULT.parameters().keySet()), withoutOrg);
    for (ParameterKey<?> key : withoutOrg) {
      assertEquals(Fixtures.CN_DEFAULT.parameters().get(key), Fixtures.CN_DEFAULT_WITH_ORG.parameters().get(key),
          key.id());
    }
    assertTrue(OrgParameters.ALL.stream().allMatch(k -> Fixtures.CN_DEFAULT_WITH_ORG.timeline(k).isPresent()));
    assertTrue(Fixtures.CN_DEFAULT_WITH_ORG.timeline(OrgParameters.CALENDAR).isPresent());
    assertTrue(Fixtures.CN_DEFAULT_WITH_ORG.timeline(MetricsParameters.RATES).isPresent(), "the rates come with the tree");
    assertTrue(OrgParameters.ALL.stream().noneMatch(k -> Fixtures.CN_DEFAULT.timeline(k).isPresent()));
    // the subsidy parameters are each optional; the fixture leaves out the contract and mode-vote ones
    assertEquals(GovernanceEngine.parameters().size() - ServiceParameters.ALL.size()
        - io.propgov.governance.credit.CreditParameters.ALL.size()
        - io.propgov.governance.credit.CreditParameters.OPTIONAL.size()
        - io.propgov.governance.subsidy.SubsidyParameters.ALL.size()
        - io.propgov.governance.money.MoneyParameters.ALL.size() - io.propgov.governance.money.MoneyParameters.OPTIONAL.size()
        - io.propgov.governance.owners.OwnersParameters.ALL.size()
        - io.propgov.governance.owners.OwnersParameters.OPTIONAL.size()
        - io.propgov.governance.contract.ContractParameters.ALL.size()
        - io.propgov.governance.mode.ModeParameters.ALL.size()
        - io.propgov.governance.workorder.WorkOrderParameters.ALL.size(),
        Fixtures.CN_DEFAULT_WITH_ORG.parameters().size());
  }
}
