package io.propgov.governance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.propgov.governance.validation.FactsConstraints;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoManagementAgreementTests {

  /** Beijing Fengtai, 2023: two companies by building, handing over every 1 January, one year each. */
  static final CoManagementAgreement FENGTAI = new CoManagementAgreement("FT-240", List.of("north", "south"),
      Map.of("B1", "north", "B2", "north", "B3", "south", "B4", "south"),
      Map.of("cleaning", Responsibility.SEPARATE, "greening", Responsibility.JOINT,
          "order-maintenance", Responsibility.JOINT),
      LocalDate.of(2023, 1, 1), 12);

  static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  @Nested
  class Rotation {

    /** Duty changes hands on the first of January, and the next handover is the next first of January. */
    @ParameterizedTest(name = "on {0}: {1} on duty, next handover {2}")
    @CsvSource({"2023-12-31, north, 2024-01-01", "2024-01-01, south, 2025-01-01", "2024-02-29, south, 2025-01-01",
        "2024-12-31, south, 2025-01-01", "2025-01-01, north, 2026-01-01"})
    void dutyChangesHandsOnTheFirstOfJanuary(LocalDate day, String onDuty, LocalDate nextHandover) {
      assertEquals(onDuty, FENGTAI.onDuty(day));
      assertEquals(nextHandover, FENGTAI.nextHandover(day));
    }

    @Test
    void aRotationStartingOnTheTwentyNinthOfFebruaryHandsOverOnTheTwentyEighthInOtherYears() {
      CoManagementAgreement leap = new CoManagementAgreement("E", List.of("a", "b", "c"), Map.of(), Map.of(),
          date("2024-02-29"), 12);
      assertEquals("a", leap.onDuty(date("2025-02-27")));
      assertEquals("b", leap.onDuty(date("2025-02-28")));
      assertEquals(date("2026-02-28"), leap.nextHandover(date("2025-02-28")));
      assertEquals("c", leap.onDuty(date("2026-03-01")));
      assertEquals("a", leap.onDuty(date("2027-02-28")));
      assertEquals("a", leap.onDuty(date("2028-02-28")));
      assertEquals("b", leap.onDuty(date("2028-02-29")));
    }

    @Test
    void aDayBeforeTheRotationStartsIsAnError() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> FENGTAI.onDuty(date("2022-12-31")));
      assertEquals("2022-12-31 is before the rotation starts on 2023-01-01", e.getMessage());
    }
  }

  @Nested
  class Responsibilities {

    @Test
    void aJointItemIsTheCompanyOnDutysAndASeparateOneTheBuildingsCompanys() {
      assertEquals("south", FENGTAI.responsible("greening", "B1", date("2024-06-01")));
      assertEquals("north", FENGTAI.responsible("cleaning", "B1", date("2024-06-01")));
      assertEquals("south", FENGTAI.responsible("cleaning", "B3", date("2023-06-01")));
    }

    @Test
    void anUnclassifiedItemOrUnassignedBuildingIsAnError() {
      assertThrows(IllegalArgumentException.class, () -> FENGTAI.responsible("repair", "B1", date("2024-06-01")));
      assertThrows(IllegalArgumentException.class, () -> FENGTAI.responsible("cleaning", "B9", date("2024-06-01")));
    }
  }

  @Nested
  class Validation {

    @Test
    void aCompleteAgreementHasNoProblem() {
      assertEquals(List.of(), FENGTAI.validate(List.of("B1", "B2", "B3", "B4"),
          List.of("cleaning", "greening", "order-maintenance")));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
      CoManagementAgreement bad = new CoManagementAgreement("E", List.of("north"),
          Map.of("B1", "north", "B9", "west"), Map.of("cleaning", Responsibility.JOINT, "laundry", Responsibility.JOINT),
          date("2023-01-01"), 12);
      assertEquals(List.of("/rotation rotation", "/buildings unassigned", "/buildings/B9 unknown-building",
          "/buildings/B9 unknown-company", "/items unclassified", "/items/laundry unknown-item"),
          bad.validate(List.of("B1", "B2"), List.of("cleaning", "greening")).stream()
              .map(e -> e.pointer() + " " + e.code()).toList());
    }

    @Test
    void aCycleShorterThanAMonthIsRejected() {
      assertEquals("[/cycleMonths: must be at least 1, was 0]", FactsConstraints.fast().check(
          new CoManagementAgreement("E", List.of("a", "b"), Map.of(), Map.of(), date("2023-01-01"), 0), "").toString());
    }
  }
}
