package io.propgov.governance.org;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.propgov.governance.estate.PropertyCompany;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** People and codes are named or left out, never blank: a blank would not read back from JSON. */
class BlankNamesTests {

  @Test
  void aUnitMemberOrSecretaryMayNotBeBlank() {
    assertThrows(IllegalArgumentException.class, () -> new OrgUnit("u", "estate", null, "", null, List.of(" ")));
    assertThrows(IllegalArgumentException.class, () -> new OrgUnit("u", "estate", null, "", "", List.of()));
    assertDoesNotThrow(() -> new OrgUnit("u", "estate", null, "", null, List.of("li")));
  }

  @Test
  void aCompanysSupervisorOrPartyHeadMayNotBeBlank() {
    assertThrows(IllegalArgumentException.class, () -> new PropertyCompany("c", "", null, " ", null));
    assertThrows(IllegalArgumentException.class, () -> new PropertyCompany("c", "", null, null, ""));
    assertDoesNotThrow(() -> new PropertyCompany("c", "", null, null, null));
  }

  @Test
  void aMeetingHeldNamesItsRuleAndUnit() {
    assertThrows(IllegalArgumentException.class, () -> new Meeting(" ", "u", LocalDate.of(2024, 1, 1)));
    assertThrows(IllegalArgumentException.class, () -> new Meeting("m", "", LocalDate.of(2024, 1, 1)));
  }
}
