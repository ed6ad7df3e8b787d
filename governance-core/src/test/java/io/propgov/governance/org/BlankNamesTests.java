package io.propgov.governance.org;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.propgov.governance.error.InputError;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.validation.FactsConstraints;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** People and codes are named or left out, never blank: a blank would not read back from JSON. */
class BlankNamesTests {

  private static List<String> pointers(Object facts) {
    return FactsConstraints.fast().check(facts, "").stream().map(InputError::pointer).toList();
  }

  @Test
  void aUnitMemberOrSecretaryMayNotBeBlank() {
    assertEquals(List.of("/members/0"), pointers(new OrgUnit("u", "estate", null, "", null, List.of(" "))));
    assertEquals(List.of("/secretary"), pointers(new OrgUnit("u", "estate", null, "", "", List.of())));
    assertEquals(List.of(), pointers(new OrgUnit("u", "estate", null, "", null, List.of("li"))));
  }

  @Test
  void aCompanysSupervisorOrPartyHeadMayNotBeBlank() {
    assertEquals(List.of("/qualitySupervisor"), pointers(new PropertyCompany("c", "", null, " ", null)));
    assertEquals(List.of("/partyHead"), pointers(new PropertyCompany("c", "", null, null, "")));
    assertEquals(List.of(), pointers(new PropertyCompany("c", "", null, null, null)));
  }

  @Test
  void aMeetingHeldNamesItsRuleAndUnit() {
    assertEquals(List.of("/meeting"), pointers(new Meeting(" ", "u", LocalDate.of(2024, 1, 1))));
    assertEquals(List.of("/unitId"), pointers(new Meeting("m", "", LocalDate.of(2024, 1, 1))));
  }
}
