package io.propgov.governance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.credit.CompanyRecord;
import io.propgov.governance.credit.Consequence;
import io.propgov.governance.credit.CreditAssessment;
import io.propgov.governance.credit.CreditEvent;
import io.propgov.governance.credit.Listing;
import io.propgov.governance.engine.EstateAssessment;
import io.propgov.governance.engine.EstateStatus;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.engine.UnitReport;
import io.propgov.governance.metrics.UnitRates;
import io.propgov.governance.org.HierarchyFacts;
import io.propgov.governance.org.OrgUnit;
import io.propgov.governance.org.ResidentMatter;
import io.propgov.governance.org.Routing;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.satisfaction.RespondentGroup;
import io.propgov.governance.satisfaction.SurveyAnswer;
import io.propgov.governance.satisfaction.SurveyRound;
import io.propgov.governance.satisfaction.SurveyRoundBuilder;
import io.propgov.governance.examples.readme.ReadmeOutputs;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's Java quick start, compiled and run; fails when the README drifts from it. */
class ReadmeExamplesTests {

  private static final Path ROOT = Path.of("..");

  @Test
  void theJavaQuickStartRunsAsTheReadmeSays() throws IOException {
    // readme-example:java (from here to the end marker, lines as in README.md)
    GovernanceJson json = GovernanceJson.create();
    GovernancePolicy policy = json.presetPolicy("cn-default"); // bundled with governance-json; readPolicy(Path) reads a file
    GovernanceEngine engine = GovernanceEngine.create(policy); // immutable, thread-safe: create once, reuse

    SurveyRoundBuilder round = SurveyRound.builder().id("2024-H2").date(LocalDate.of(2024, 12, 1)).households(10);
    for (int i = 1; i <= 7; i++) {
      round.addAnswers(new SurveyAnswer("h" + i, RespondentGroup.HOUSEHOLD, new BigDecimal("52")));
    }
    Estate estate = Estate.builder().id("E1").name("Example estate")
        .company(PropertyCompany.builder().id("C1").name("Example Property Co.").build())
        .addSurveyRounds(round.build())
        .build();                                                 // optional facts left out; a builder never throws

    Decision<EstateAssessment> decision = engine.assess(estate, LocalDate.of(2024, 12, 31));
    EstateStatus status = decision.value().status();            // DISMISSAL_MAY_START
    Reason passLine = decision.value().satisfaction().value().rounds().get(0)
        .reason("satisfaction.pass-line").orElseThrow();         // NOT_MET: 52 < 60, Handan 2019
    String english = decision.render(Locale.ENGLISH);
    String chinese = decision.render(Locale.SIMPLIFIED_CHINESE);
    System.out.println(english);
    // end readme-example:java

    assertEquals(EstateStatus.DISMISSAL_MAY_START, status);
    assertEquals(Outcome.NOT_MET, passLine.outcome());
    assertTrue(passLine.citation().en().startsWith("Handan"), passLine.citation().en());
    assertTrue(english.contains("below the pass line 60"), english);
    assertTrue(chinese.contains("低于及格线 60"), chinese);
  }

  @Test
  void theHierarchyQuickStartRunsAsTheReadmeSays() throws IOException {
    // readme-example:hierarchy (lines as in README.md; the policy path is resolved from the repository root)
    GovernanceJson json = GovernanceJson.create();
    GovernanceEngine wuhan = GovernanceEngine.create(json.presetPolicy("wuhan-4"));
    HierarchyFacts facts = HierarchyFacts.builder()
        .addUnits(OrgUnit.builder().id("SD1").level("sub-district").name("Sample sub-district").build(),
            OrgUnit.builder().id("CM1").level("community").parentId("SD1").name("Dazhi community")
                .addMembers("cm1-secretary").build(),
            OrgUnit.builder().id("ES1").level("estate").parentId("CM1").name("Estate party branch").build(),
            OrgUnit.builder().id("BL1").level("building").parentId("ES1").name("Building 1 party group").build())
        .addMatters(ResidentMatter.builder().id("M1").raisedAt("BL1").severity("big")
            .raisedOn(LocalDate.of(2024, 12, 2)).build())
        .build();

    Decision<UnitReport> report = wuhan.report(facts, "SD1", LocalDate.of(2024, 12, 5));
    Routing routing = report.value().matters().get(0).value();  // big matters stay in the community
    String handler = routing.handlingUnit();                     // "CM1", two steps up from BL1
    LocalDate due = routing.due();                                // 2024-12-11: 7 working days
    Map<String, UnitRates> rates = wuhan.rates(facts, LocalDate.of(2024, 12, 5)); // per unit, over its subtree
    // end readme-example:hierarchy

    assertEquals("CM1", handler);
    assertEquals(List.of("BL1", "ES1", "CM1"), routing.path());
    assertEquals(LocalDate.of(2024, 12, 11), due);
    assertEquals(List.of("SD1", "CM1", "ES1", "BL1"), List.copyOf(rates.keySet()));
  }

  @Test
  void theCreditQuickStartRunsAsTheReadmeSays() throws IOException {
    // readme-example:credit (lines as in README.md; the policy path is resolved from the repository root)
    GovernanceJson json = GovernanceJson.create();
    GovernanceEngine yantai = GovernanceEngine.create(json.presetPolicy("yantai"));
    CompanyRecord record = new CompanyRecord("K1", "Hongye Property", List.of(
        CreditEvent.builder().id("b").code("basic-assessment").date(LocalDate.of(2024, 2, 1))
            .points(new BigDecimal("80")).build(),
        CreditEvent.builder().id("s").code("serious-violation").date(LocalDate.of(2024, 6, 1))
            .correctedOn(LocalDate.of(2024, 7, 1)).build()));

    Decision<CreditAssessment> credit = yantai.credit().assess(record, LocalDate.of(2024, 12, 31));
    String grade = credit.value().grade();                       // "C": score 60, vetoed by the violation
    Listing listing = credit.value().blacklist().value().current().orElseThrow(); // since 2024-06-01
    LocalDate until = listing.endsOn();                           // 2026-06-01, unless repaired from 2025-06-01
    boolean barred = yantai.credit().consequences(record, LocalDate.of(2024, 12, 31)).value()
        .has(Consequence.BARRED_FROM_SUBSIDIES);                  // true: what the subsidy rules ask
    // end readme-example:credit

    assertEquals("C", grade);
    assertEquals(0, new BigDecimal("60").compareTo(credit.value().score()));
    assertEquals(LocalDate.of(2024, 6, 1), listing.since());
    assertEquals(LocalDate.of(2026, 6, 1), until);
    assertTrue(barred);
    String english = credit.render(Locale.ENGLISH);
    for (String line : List.of("Company K1: credit score 60, grade C (poor) by one-vote veto",
        "Company K1: ON THE BLACKLIST since 2024-06-01, until 2026-06-01 (1 listing(s) in all)",
        "first possible on 2025-06-01", "Company K1, grade C: 0 joint reward(s) and 4 joint punishment(s) in force",
        "Barred from subsidies and funds: brought by the listing since 2024-06-01")) {
      assertTrue(english.contains(line), line + " in\n" + english);
    }
    ReadmeOutputs.assertShows("credit", english);
  }

  @Test
  void theReadmeShowsTheCreditCodeThisTestRuns() throws IOException {
    assertReadmeShowsCode("credit", "ReadmeExamplesTests");
  }

  @Test
  void theReadmeShowsTheHierarchyCodeThisTestRuns() throws IOException {
    assertReadmeShowsCode("hierarchy", "ReadmeExamplesTests");
  }

  @Test
  void theReadmeShowsTheCodeThisTestRuns() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String block = between(readme, "<!-- readme-example:java -->", "<!-- /readme-example:java -->")
        .replace("```java", "").replace("```", "");
    String source = Files.readString(Path.of("src/test/java/io/propgov/governance/examples/ReadmeExamplesTests.java"));
    String tested = between(source, "// readme-example:java", "// end readme-example:java");
    String first = "GovernanceJson json = GovernanceJson.create();";
    assertEquals(normalise(block), normalise(tested.substring(tested.indexOf(first))));
    assertTrue(normalise(block).startsWith(first));
  }

  /**
   * Asserts that the README's code block {@code name} is the code between the test source's
   * markers {@code // readme-example:name (...)} and {@code // end readme-example:name}, with the
   * README's {@code Path.of(} read as the test's {@code ROOT.resolve(}.
   */
  static void assertReadmeShowsCode(String name, String testClass) throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String block = between(readme, "<!-- readme-example:" + name + " -->", "<!-- /readme-example:" + name + " -->")
        .replace("```java", "").replace("```", "").replace("Path.of(", "ROOT.resolve(");
    String source = Files.readString(Path.of("src/test/java/io/propgov/governance/examples/" + testClass + ".java"));
    String tested = between(source, "// readme-example:" + name + " (lines as in README.md; ",
        "// end readme-example:" + name);
    // The rest of the marker line says how the lines were adapted; the code starts on the next line.
    assertEquals(normalise(block), normalise(tested.substring(tested.indexOf('\n'))));
  }

  static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    int to = text.indexOf(end, from);
    assertTrue(from >= 0 && to > from, "markers " + start + " … " + end + " not found");
    return text.substring(from + start.length(), to);
  }

  static String normalise(String code) {
    return code.replaceAll("\\s+", " ").strip();
  }
}
