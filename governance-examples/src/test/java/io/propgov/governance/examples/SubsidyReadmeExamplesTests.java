package io.propgov.governance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.area.Result;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.FeeAccount;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Label;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.subsidy.Allocation;
import io.propgov.governance.subsidy.AllocationShare;
import io.propgov.governance.subsidy.Application;
import io.propgov.governance.subsidy.Award;
import io.propgov.governance.subsidy.CreditConsequence;
import io.propgov.governance.subsidy.CreditStanding;
import io.propgov.governance.examples.readme.ReadmeOutputs;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README's subsidy example, run as the README shows it. */
class SubsidyReadmeExamplesTests {

  private static final Path ROOT = Path.of("..");

  @Test
  void theSubsidyQuickStartRunsAsTheReadmeSays() throws IOException {
    // readme-example:subsidy (lines as in README.md; the policy path is resolved from the repository root)
    GovernanceJson json = GovernanceJson.create();
    GovernanceEngine engine = GovernanceEngine.create(json.readPolicy(ROOT.resolve(
        "governance-examples/policies/caolu-short-by-one-fen.json")));     // Caolu, budget 149,999.99 CNY
    LocalDate asOf = LocalDate.of(2024, 12, 31);
    Estate estate = Estate.builder().id("E1").name("Estate E1")
        .company(PropertyCompany.builder().id("K1").name("Hongye Property").build()).build();
    Application blacklisted = Application.builder().id("x").programmeId("caolu-reward").companyId("K1").estateId("E1")
        .filed(LocalDate.of(2024, 7, 1)).builtYear(1995).floorArea(new BigDecimal("60000"))
        .fees(new FeeAccount(new BigDecimal("10000"), new BigDecimal("7000"))).inspectionPoints(new BigDecimal("40"))
        .credit(new CreditStanding(List.of(new CreditConsequence("BARRED_FROM_SUBSIDIES",
            new Label("three C grades in a row", "连续三次C级"))))).build();
    Decision<Award> refused = engine.award(blacklisted, estate, asOf);
    List<String> unmet = refused.value().unmet();                      // [subsidy.credit], every one listed

    List<Application> clean = List.of("a", "b", "c").stream()
        .map(id -> blacklisted.withId(id).withCredit(CreditStanding.CLEAN)).toList(); // 110 points each: 50,000.00 CNY
    List<Result<Award>> results = engine.awardAll(clean, List.of(estate), asOf);
    Decision<Allocation> allocation = engine.allocate(results, asOf).get(0); // 150,000 asked, one fen short
    List<AllocationShare> shares = allocation.value().shares();         // a 50000.00, b 50000.00, c 49999.99
    String chinese = allocation.render(Locale.SIMPLIFIED_CHINESE);
    // end readme-example:subsidy

    assertEquals(List.of("subsidy.credit"), unmet);
    assertTrue(refused.render(Locale.ENGLISH).contains(
        "barred by the credit consequence Barred from subsidies and funds: three C grades in a row"));
    assertEquals(List.of("50000.00", "50000.00", "49999.99"),
        shares.stream().map(s -> s.granted().toPlainString()).toList());
    assertEquals(new BigDecimal("149999.99"), allocation.value().granted());
    assertTrue(chinese.contains("按比例分配"), chinese);
    ReadmeOutputs.assertShows("subsidy-refusal", refused.render(Locale.ENGLISH));
    ReadmeOutputs.assertShows("subsidy-allocation", allocation.render(Locale.ENGLISH));
  }

  @Test
  void theReadmeShowsTheSubsidyCodeThisTestRuns() throws IOException {
    ReadmeExamplesTests.assertReadmeShowsCode("subsidy", "SubsidyReadmeExamplesTests");
  }
}
