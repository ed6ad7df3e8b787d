package io.propgov.governance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.service.CoManagementAgreement;
import io.propgov.governance.service.Responsibility;
import io.propgov.governance.service.ServiceAssessment;
import io.propgov.governance.service.ServiceNeed;
import io.propgov.governance.service.ServiceProfile;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's service quick start, compiled and run; fails when the README drifts from it. */
class ReadmeServiceExampleTests {

  private static final Path ROOT = Path.of("..");

  @Test
  void theServiceQuickStartRunsAsTheReadmeSays() {
    // readme-example:service (lines as in README.md; the policy path is resolved from the repository root)
    GovernanceJson json = GovernanceJson.create();
    GovernanceEngine engine = GovernanceEngine.create(json.presetPolicy("cn-default"));
    ServiceProfile profile = new ServiceProfile(new BigDecimal("12345.67"),
        List.of("cleaning", "greening", "order-maintenance", "common-repair", "facilities"),
        Map.of("hotline-hours", Fraction.of(16), "check-interval-days", Fraction.of(3),
            "patrol-interval-hours", Fraction.of(2), "response-minutes", Fraction.of(61)));
    Decision<ServiceAssessment> tier = engine.service().assess("E1", profile, null, LocalDate.of(2024, 12, 31));
    String met = tier.value().tier();             // "level-3": 61 minutes misses level 2's ≤ 60
    BigDecimal fee = tier.value().monthlyFee();   // 5555.55 CNY a month: 12,345.67 m² at 0.45
    ServiceNeed need = tier.value().need();       // MEETS_TARGET: level 3 is cn-default's target

    CoManagementAgreement fengtai = new CoManagementAgreement("FT", List.of("north", "south"),
        Map.of("B1", "north", "B2", "south"),
        Map.of("greening", Responsibility.JOINT, "cleaning", Responsibility.SEPARATE),
        LocalDate.of(2023, 1, 1), 12);                                            // hand over every 1 January
    String onDuty = fengtai.onDuty(LocalDate.of(2024, 1, 1));                    // "south"
    String cleaning = fengtai.responsible("cleaning", "B1", LocalDate.of(2024, 1, 1)); // "north": its building
    LocalDate next = fengtai.nextHandover(LocalDate.of(2024, 2, 29));            // 2025-01-01
    // end readme-example:service

    assertEquals("level-3", met);
    assertEquals(new BigDecimal("5555.55"), fee);
    assertEquals(ServiceNeed.MEETS_TARGET, need);
    assertEquals("south", onDuty);
    assertEquals("north", cleaning);
    assertEquals(LocalDate.of(2025, 1, 1), next);
    assertTrue(tier.reason("service.requirement.standard").isPresent());
  }

  @Test
  void theReadmeShowsTheServiceCodeThisTestRuns() throws IOException {
    ReadmeExamplesTests.assertReadmeShowsCode("service", "ReadmeServiceExampleTests");
  }
}
