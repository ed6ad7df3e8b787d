package io.propgov.governance.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.propgov.governance.Fixtures;
import io.propgov.governance.error.InputError;
import io.propgov.governance.org.HierarchyFacts;
import io.propgov.governance.org.Meeting;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.org.ResidentMatter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HierarchyFactsValidationTests {

  private static final GovernanceEngine ENGINE = GovernanceEngine.create(Fixtures.CN_DEFAULT_WITH_ORG);
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  private static final List<OrgUnit> UNITS = List.of(
      new OrgUnit("sd", "sub-district", null, "", null, List.of()),
      new OrgUnit("c1", "community", "sd", "", null, List.of()),
      new OrgUnit("e1", "estate", "c1", "", null, List.of()));

  @Test
  void aMatterIdGivenTwiceIsReportedAtTheSecond() {
    List<InputError> errors = ENGINE.validate(new HierarchyFacts(UNITS, List.of(), List.of(
        new ResidentMatter("m1", "e1", "small", LocalDate.of(2024, 12, 2), null),
        new ResidentMatter("m1", "e1", "big", LocalDate.of(2024, 12, 3), null)), List.of()), AS_OF);
    assertEquals(List.of("/matters/1/id duplicate"), errors.stream().map(e -> e.pointer() + " " + e.code()).toList());
  }

  @Test
  void aMeetingHeldByAUnitOfTheWrongLevelIsReported() {
    List<InputError> errors = ENGINE.validate(new HierarchyFacts(UNITS, List.of(), List.of(), List.of(
        new Meeting("four-level-secretaries", "sd", LocalDate.of(2024, 10, 1)),
        new Meeting("four-level-secretaries", "c1", LocalDate.of(2024, 10, 1)))), AS_OF);
    assertEquals(List.of("/meetings/1/unitId wrong-level"), errors.stream().map(e -> e.pointer() + " " + e.code())
        .toList());
  }
}
