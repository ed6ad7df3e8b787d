package io.propgov.governance.json;

import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.propgov.governance.area.Result;
import io.propgov.governance.engine.EstateAssessment;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.policy.GovernancePolicy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Decisions written by the stream ({@link DecisionStream}) are byte for byte the text of the
 * tree ({@link DecisionWriter}), pretty and on one line, in both languages: receipts and
 * scenario files compare these bytes.
 */
class DecisionStreamTests {

  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  private static final Path PRESETS = Path.of("src/main/resources/io/propgov/governance/json/policy");
  private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

  private static void assertSameBytes(Decision<?> decision) {
    for (Locale locale : LOCALES) {
      assertEquals(JSON.writeDecisionTree(decision, locale), JSON.writeDecision(decision, locale), locale::toString);
      if (decision.value() instanceof EstateAssessment) {
        @SuppressWarnings("unchecked")
        Result<EstateAssessment> result = Result.decided(0, ((EstateAssessment) decision.value()).estateId(),
            (Decision<EstateAssessment>) decision);
        assertEquals(JSON.writeResultLineTree(7, result, locale), JSON.writeResultLine(7, result, locale));
      }
    }
  }

  @Test
  void estateDecisionsUnderTheBundledPolicies() {
    List<Estate> estates = new ArrayList<>(List.of(Fixtures.dismissingEstate()));
    estates.addAll(JSON.readFacts(Fixtures.hierarchyFacts()).estates());
    estates.addAll(JSON.readFacts(ServiceJsonTests.FACTS).estates());
    for (String policy : List.of(Fixtures.cnDefault(), ServiceJsonTests.POLICY)) {
      GovernanceEngine engine = GovernanceEngine.create(JSON.readPolicy(policy));
      for (Estate estate : estates) {
        if (engine.validate(estate, "", AS_OF).isValid()) {
          assertSameBytes(engine.assess(estate, AS_OF));
        }
      }
    }
  }

  @Test
  void creditDecisionsUnderThePresets() {
    String facts = """
        {"estates": [], "companies": [{"id": "K1", "name": "Hongye", "events": [
           {"id": "b", "code": "basic-assessment", "date": "2022-02-01", "points": 58},
           {"id": "b2", "code": "basic-assessment", "date": "2023-02-01", "points": 59.5},
           {"id": "c", "code": "complaint-upheld", "date": "2023-03-01"},
           {"id": "s", "code": "serious-violation", "date": "2024-06-01", "correctedOn": "2024-07-01"}]},
          {"id": "K2", "events": [{"id": "b", "code": "basic-assessment", "date": "2024-02-01", "points": 80},
           {"id": "g", "code": "award-city", "date": "2024-03-01"}]}]}
        """;
    for (String id : List.of("yantai")) {
      GovernancePolicy policy = JSON.readPolicy(PRESETS.resolve(id + ".json"));
      GovernanceEngine engine = GovernanceEngine.create(policy);
      for (var record : JSON.readFacts(facts).companies()) {
        assertSameBytes(engine.credit().assess(record, AS_OF));
      }
    }
  }

  @Test
  void estateDecisionsUnderAnyPolicy() {
    Estate estate = Fixtures.dismissingEstate();
    qt().withExamples(100).forAll(Generators.policy()).checkAssert(policy -> {
      GovernanceEngine engine = GovernanceEngine.create(policy);
      if (engine.validate(estate, "", AS_OF).isValid()) {
        assertSameBytes(engine.assess(estate, AS_OF));
      }
    });
  }

  @Test
  void rejectedLines() {
    Result<EstateAssessment> rejected = Result.rejected(0, "e1", List.of(new InputError("/votes/0", "duplicate",
        "owner \"o1\" voted twice\n")));
    Result<EstateAssessment> anonymous = Result.rejected(0, null, List.of(new InputError("", "syntax", "malformed")));
    for (Result<EstateAssessment> result : List.of(rejected, anonymous)) {
      assertEquals(JSON.writeResultLineTree(3, result, Locale.ENGLISH), JSON.writeResultLine(3, result, Locale.ENGLISH));
    }
  }

  @Test
  void figuresOfOneNameAreWrittenAsTheTreeWritesThem() {
    Decision<?> decision = GovernanceEngine.create(JSON.readPolicy(Fixtures.cnDefault())).satisfaction()
        .rate(Fixtures.dismissingEstate().surveyRounds().get(0), AS_OF);
    List<Reason> reasons = new ArrayList<>(decision.reasons());
    reasons.add(0, Reason.noted(decision.reasons().get(0).ruleId(), Outcome.MET, new Citation("en", "zh"),
        Figure.text("a", "1"), Figure.text("b", "2"), Figure.text("a", "3")));
    @SuppressWarnings({"unchecked", "rawtypes"})
    Decision<?> twice = new Decision(decision.value(), reasons, decision.policy(), decision.asOf());
    assertSameBytes(twice);
  }
}
