package io.propgov.governance.json;

import static io.propgov.governance.json.Documents4Tests.errorsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.layer.PolicyLayer;
import io.propgov.governance.layer.ResolvedPolicy;
import io.propgov.governance.org.OrgParameters;
import io.propgov.governance.org.WorkCalendar;
import io.propgov.governance.policy.GovernancePolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The presets bundled with the library: every one loads from the classpath and resolves through
 * the national root, an unknown id is a typed error naming the ids there are, and a preset's id
 * stays reserved for its own content in a plain adapter.
 */
class BundledPresetsTests {

  private static final Path FOLDER = Path.of("src/main/resources/io/propgov/governance/json/policy");
  private static final GovernanceJson JSON = GovernanceJson.create();

  private static String text(String id) {
    try {
      return Files.readString(FOLDER.resolve(id + ".json"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theIdsAreTheFilesInTheFolderBesideTheNationalRootDefaultFirst() throws IOException {
    List<String> files;
    try (Stream<Path> list = Files.list(FOLDER)) {
      files = list.map(p -> p.getFileName().toString().replaceFirst("\\.json$", ""))
          .filter(id -> !id.equals(GovernanceJson.NATIONAL)).sorted().toList();
    }
    List<String> ids = GovernanceJson.presetIds();
    assertEquals(files, ids.stream().sorted().toList());
    assertEquals(GovernanceJson.DEFAULT_PRESET, ids.get(0));
    assertFalse(ids.contains(GovernanceJson.NATIONAL), "the national root is no complete policy");
  }

  @Test
  void everyPresetResolvesThroughTheNationalRootAndTheEngineTakesIt() {
    for (String id : GovernanceJson.presetIds()) {
      ResolvedPolicy preset = JSON.preset(id);
      assertEquals(List.of(GovernanceJson.NATIONAL, id),
          preset.levels().stream().map(level -> level.id()).toList(), id);
      assertEquals(id, preset.policy().id());
      assertTrue(GovernanceEngine.check(preset.policy()).isEmpty(), id);
      assertEquals(JSON.policyHash(preset), preset.policy().contentHash(), id);
      // The bundled file read as any document gives the same policy, hash included.
      assertEquals(preset.policy().contentHash(), JSON.readPolicy(text(id)).contentHash(), id);
      assertEquals(preset.policy().contentHash(), JSON.presetPolicy(id).contentHash(), id);
    }
  }

  @Test
  void theStateCouncilsCalendarHasOneHomeTheNationalRootAndEveryPresetTakesItFromThere() throws IOException {
    PolicyLayer national = JSON.readLayer(FOLDER.resolve(GovernanceJson.NATIONAL + ".json"));
    assertTrue(national.policy().timeline(OrgParameters.CALENDAR).isPresent(), "cn-national sets org.calendar");
    // One value that gains each year's notice: a later dated value would be hidden by a city's calendar laid over
    // the earlier one (see ARCHITECTURE.md).
    assertEquals(1, national.policy().timeline(OrgParameters.CALENDAR).orElseThrow().values().size());
    for (String id : GovernanceJson.presetIds()) {
      assertFalse(JSON.readLayer(FOLDER.resolve(id + ".json")).policy().timeline(OrgParameters.CALENDAR).isPresent(),
          () -> id + " repeats the national calendar");
      GovernancePolicy policy = JSON.presetPolicy(id);
      assertEquals(JSON.presetPolicy(GovernanceJson.DEFAULT_PRESET).timeline(OrgParameters.CALENDAR),
          policy.timeline(OrgParameters.CALENDAR), id);
      // National Day 2026 is a holiday, the make-up Saturday 10 October a working day, in every preset.
      WorkCalendar days = policy.valueAt(OrgParameters.CALENDAR, LocalDate.of(2026, 10, 1)).value();
      assertFalse(days.isWorkingDay(LocalDate.of(2026, 10, 1)), id);
      assertTrue(days.isWorkingDay(LocalDate.of(2026, 10, 10)), id);
    }
  }

  @Test
  void theNationalCalendarListsEveryYearFrom2019To2026AsTheStateCouncilSetIt() {
    WorkCalendar days = JSON.presetPolicy(GovernanceJson.DEFAULT_PRESET)
        .valueAt(OrgParameters.CALENDAR, LocalDate.of(2019, 1, 1)).value();
    for (int year = 2019; year <= 2026; year++) {
      assertTrue(days.lists(LocalDate.of(year, 6, 1)), "year " + year);
    }
    assertFalse(days.lists(LocalDate.of(2027, 1, 1)));
    // Every make-up working day is a Saturday or a Sunday, and no day is both a holiday and a make-up day.
    assertTrue(days.makeUpWorkingDays().stream().allMatch(d -> d.getDayOfWeek().getValue() >= 6),
        days.makeUpWorkingDays()::toString);
    assertTrue(days.holidays().stream().noneMatch(days.makeUpWorkingDays()::contains));
    // Labour Day 2019 as changed on 2019-03-22: 1 to 4 May off, Sunday 5 May worked.
    assertFalse(days.isWorkingDay(LocalDate.of(2019, 5, 3)));
    assertTrue(days.isWorkingDay(LocalDate.of(2019, 5, 5)));
    // The Spring Festival 2020 as extended on 2020-01-26: to Sunday 2 February; Saturday 1 February not worked.
    assertFalse(days.isWorkingDay(LocalDate.of(2020, 1, 31)));
    assertFalse(days.isWorkingDay(LocalDate.of(2020, 2, 1)));
    assertTrue(days.isWorkingDay(LocalDate.of(2020, 2, 3)));
    // 2021: National Day off, Saturday 9 October worked; 2023: New Year's holiday from Saturday 2022-12-31.
    assertFalse(days.isWorkingDay(LocalDate.of(2021, 10, 7)));
    assertTrue(days.isWorkingDay(LocalDate.of(2021, 10, 9)));
    assertTrue(days.holidays().contains(LocalDate.of(2022, 12, 31)));
    assertFalse(days.isWorkingDay(LocalDate.of(2023, 1, 2)));
  }

  @Test
  void anUnknownIdIsATypedErrorNamingItAndTheKnownIds() {
    for (String id : List.of("cn-defaults", GovernanceJson.NATIONAL, "", "Wuhan-4")) {
      List<InputError> errors = errorsOf(InvalidPolicyException.class, () -> JSON.preset(id));
      assertEquals(1, errors.size(), errors::toString);
      InputError error = errors.get(0);
      assertEquals("unknown-preset", error.code());
      assertEquals("", error.pointer());
      assertTrue(error.message().contains("'" + id + "'"), error.message());
      assertTrue(error.message().contains(String.join(", ", GovernanceJson.presetIds())), error.message());
    }
    for (String id : GovernanceJson.presetIds()) {
      assertEquals(id, JSON.preset(id).policy().id(), "each known id is found");
    }
  }

  @Test
  void aPlainAdapterReservesEveryPresetIdForItsOwnContent() {
    assertTrue(JSON.reservedIds().containsAll(GovernanceJson.presetIds()), JSON.reservedIds()::toString);
    for (String id : GovernanceJson.presetIds()) {
      String same = text(id);
      assertEquals(id, JSON.readLayer(JSON.canonical(same)).id(), "the preset itself, however written");
      String other = same.replaceFirst("\"version\":\\s*\"([^\"]*)\"", "\"version\": \"$1-other\"");
      assertFalse(other.equals(same), id);
      List<InputError> errors = errorsOf(InvalidPolicyException.class, () -> JSON.readPolicy(other));
      assertEquals("/id", errors.get(0).pointer(), errors::toString);
      assertEquals("reserved-id", errors.get(0).code(), errors::toString);
      assertTrue(errors.get(0).message().contains("\"extends\": \"" + id + "\""), errors.get(0).message());
    }
  }

  @Test
  void aPresetWrittenFlatReadsBackUnderItsIdButNotWithAChangedValueNorAsAParent() {
    for (String id : GovernanceJson.presetIds()) {
      GovernancePolicy preset = JSON.presetPolicy(id);
      String flat = JSON.writePolicy(preset);
      assertEquals(preset, JSON.readPolicy(flat).withContentHash(preset.contentHash()), id);
      String changed = flat.replaceFirst("\"version\":\\s*\"([^\"]*)\"", "\"version\": \"$1-other\"");
      assertFalse(changed.equals(flat), id);
      List<InputError> errors = errorsOf(InvalidPolicyException.class, () -> JSON.readPolicy(changed));
      assertEquals("reserved-id", errors.get(0).code(), id + ": " + errors);
      // As a parent the flat form would drop the national bounds, so only the bundled layer may be one.
      errors = errorsOf(InvalidPolicyException.class, () -> JSON.readLayer(flat));
      assertEquals("reserved-id", errors.get(0).code(), id + ": " + errors);
      PolicyLayer layer = new PolicyLayer(preset.withContentHash(null), null, List.of());
      errors = errorsOf(InvalidPolicyException.class, () -> JSON.withParents(List.of(layer)));
      assertEquals("reserved-id", errors.get(0).code(), id + ": " + errors);
    }
  }

  @Test
  void aParentLayerCannotReplaceAPresetButMayBeItAgain() {
    PolicyLayer wuhan = JSON.parents().layer("wuhan-4").orElseThrow();
    PolicyLayer forged = new PolicyLayer(wuhan.policy(), null, List.of());
    List<InputError> errors = errorsOf(InvalidPolicyException.class, () -> JSON.withParents(List.of(forged)));
    assertEquals("reserved-id", errors.get(0).code(), errors::toString);
    assertEquals(wuhan, JSON.withParents(List.of(wuhan)).parents().layer("wuhan-4").orElseThrow());
  }

  @Test
  void aChildMayExtendAPresetInAPlainAdapter() {
    String child = Fixtures.passLineLevel("wuhan-district", "CN-HB", "wuhan-4", "2024-01-01", "70", "District rule",
        "区规定");
    ResolvedPolicy resolved = JSON.readResolved(child);
    assertEquals(List.of(GovernanceJson.NATIONAL, "wuhan-4", "wuhan-district"),
        resolved.levels().stream().map(level -> level.id()).toList());
    assertTrue(GovernanceEngine.check(resolved.policy()).isEmpty());
  }
}
