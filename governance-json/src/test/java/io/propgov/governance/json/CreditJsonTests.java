package io.propgov.governance.json;

import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.propgov.governance.credit.Consequence;
import io.propgov.governance.credit.CreditParameters;
import io.propgov.governance.credit.Household;
import io.propgov.governance.credit.StepTaken;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.policy.GovernancePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The credit parameters and facts in JSON: read, written back, and judged. */
class CreditJsonTests {

  private static final Path PRESETS = Path.of("src/main/resources/io/propgov/governance/json/policy");
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  private static final String FACTS = """
      {"asOf": "2024-12-31", "estates": [],
       "companies": [{"id": "K1", "name": "Hongye", "events": [
         {"id": "b", "code": "basic-assessment", "date": "2024-02-01", "points": 80},
         {"id": "s", "code": "serious-violation", "date": "2024-06-01", "correctedOn": "2024-07-01"}]}],
       "households": [{"id": "H1", "name": "3-2-101", "arrears": [{"month": "2021-10", "amount": 150.50}],
         "steps": [{"action": "REMINDER", "date": "2022-01-05"}], "planned": ["CUT_GAS"], "committeeCandidate": true},
        {"id": "H2", "arrears": [{"month": "2021-10", "amount": 150.50}],
         "steps": [{"action": "REMINDER", "date": "2022-01-05", "reachedDebtor": true},
           {"action": "PUBLIC_NOTICE", "date": "2022-02-05", "reachedDebtor": false},
           {"action": "LAWSUIT", "date": "2022-05-01", "endedOn": "2022-09-01"},
           {"action": "DISHONEST_DEBTOR_LIST", "date": "2023-06-01", "ground": 2, "extendedYears": 1}],
         "payments": [{"date": "2023-01-10", "amount": 20}], "agreedToPay": ["2023-03-01"]}]}
      """;

  private static GovernancePolicy preset(String id) {
    return JSON.readPolicy(PRESETS.resolve(id + ".json"));
  }

  @Test
  void theCreditPresetsReadAndWriteBackUnchanged() {
    for (String id : List.of("yantai", "lianyungang")) {
      GovernancePolicy policy = preset(id);
      assertTrue(GovernanceEngine.create(policy).judgesCredit(), id);
      assertEquals(policy.withContentHash(null), JSON.readPolicy(JSON.writePolicy(policy)).withContentHash(null), id);
    }
  }

  @Test
  void creditFactsReadAndWriteBackUnchanged() {
    Facts facts = JSON.readFacts(FACTS);

    assertEquals(1, facts.companies().size());
    assertEquals(2, facts.households().size());
    StepTaken listing = facts.households().get(1).steps().get(3);
    assertEquals(Integer.valueOf(2), listing.ground());
    assertEquals(Integer.valueOf(1), listing.extendedYears());
    assertEquals(LocalDate.of(2022, 9, 1), facts.households().get(1).steps().get(2).endedOn());
    assertEquals(Boolean.FALSE, facts.households().get(1).steps().get(1).reachedDebtor());
    assertEquals(List.of(LocalDate.of(2023, 3, 1)), facts.households().get(1).agreedToPay());
    assertEquals(facts, JSON.readFacts(JSON.writeFacts(facts)));
  }

  @Test
  void aFactsDocumentWithOnlyCompaniesNeedsNoEstates() {
    Facts facts = JSON.readFacts("""
        {"companies": [{"id": "K1", "events": [{"id": "b", "code": "basic-assessment", "date": "2024-02-01",
          "points": 80}]}]}
        """);
    assertEquals(List.of(), facts.estates());
    assertEquals(1, facts.companies().size());
  }

  @Test
  void writtenCreditAndArrearsDecisionsFollowTheDecisionSchema() {
    GovernanceEngine engine = GovernanceEngine.create(preset("yantai"));
    Facts facts = JSON.readFacts(FACTS);
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      assertEquals(List.of(), JSON.validateDecision(JSON.writeDecision(
          engine.credit().assess(facts.companies().get(0), AS_OF), locale)), locale::toString);
      assertEquals(List.of(), JSON.validateDecision(JSON.writeDecision(
          engine.credit().consequences(facts.companies().get(0), AS_OF), locale)), locale::toString);
      for (Household household : facts.households()) {
        assertEquals(List.of(), JSON.validateDecision(JSON.writeDecision(
            engine.arrears().assess(household, AS_OF), locale)), locale::toString);
      }
    }
  }

  @Test
  void aListedCompanyIsWrittenWithItsConsequences() throws IOException {
    GovernanceEngine engine = GovernanceEngine.create(preset("yantai"));
    Facts facts = JSON.readFacts(FACTS);

    assertTrue(engine.credit().consequences(facts.companies().get(0), AS_OF).value()
        .has(Consequence.BARRED_FROM_SUBSIDIES));
    JsonNode written = new ObjectMapper().readTree(JSON.writeCreditResults(
        engine.credit().assessAll(facts.companies(), AS_OF), engine.policy(), AS_OF, Locale.ENGLISH));
    JsonNode decision = written.at("/results/0/decision");
    assertEquals("C", decision.path("grade").asText());
    assertEquals("BARRED_FROM_BIDDING", decision.at("/consequences/inForce/0/consequence").asText());
    assertEquals(1, written.at("/summary/decided").asInt());
  }

  @Test
  void aBadHouseholdIsReportedAtItsPointers() {
    InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> JSON.readFacts("""
        {"estates": [], "households": [{"id": "H1", "arrears": [{"month": "2024-13", "amount": 0}],
          "planned": ["cut telephone"]}]}
        """));

    assertEquals(List.of("/households/0/arrears/0/amount", "/households/0/arrears/0/month",
        "/households/0/planned/0"), e.errors().stream().map(InputError::pointer).sorted().toList());
  }

  @Test
  void aGroundOutsideOneToSixAndAnEndBeforeTheStepAreReportedAtTheirPointers() {
    InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> JSON.readFacts("""
        {"estates": [], "households": [{"id": "H1", "arrears": [{"month": "2024-01", "amount": 10}],
          "steps": [{"action": "DISHONEST_DEBTOR_LIST", "date": "2024-06-01", "ground": 7},
            {"action": "REMINDER", "date": "2024-02-01", "extendedYears": 4}]}]}
        """));

    assertEquals(List.of("/households/0/steps/0/ground", "/households/0/steps/1/extendedYears"),
        e.errors().stream().map(InputError::pointer).sorted().toList());
  }

  /** The first error of a bundled policy file edited as text, which must be refused. */
  private static InputError firstErrorOfEdited(String file, UnaryOperator<String> edit) throws IOException {
    String text = edit.apply(Files.readString(PRESETS.resolve(file)));
    return assertThrows(InvalidPolicyException.class, () -> JSON.readPolicy(text)).errors().get(0);
  }

  @Test
  void anActionWithoutItsLimitationEffectIsAnError() throws IOException {
    InputError error = firstErrorOfEdited("cn-national.json",
        text -> text.replaceFirst(",\\s*\"limitation\": \"DEMAND\"", ""));

    assertEquals("/parameters/arrears.actions/0/value/0/limitation", error.pointer());
  }

  @Test
  void aLadderStepNoLongerCarriesALimitationEffect() throws IOException {
    // The action declares its effect (arrears.actions); a step that restates it is refused, not silently ignored.
    InputError error = firstErrorOfEdited("yantai.json",
        text -> text.replaceFirst("\"waitDays\": 1", "\"waitDays\": 1, \"limitation\": \"DEMAND\""));

    assertEquals("/parameters/arrears.ladder/0/value/0/limitation", error.pointer());
  }

  @Test
  void halfTheCreditParametersIsAnError() throws IOException {
    InputError error = firstErrorOfEdited("yantai.json",
        text -> text.replace("\"arrears.ladder\"", "\"arrears.ladderz\""));

    assertEquals("/parameters/arrears.ladderz", error.pointer());
    assertTrue(CreditParameters.ALL.stream().allMatch(k -> error.message().contains(k.id())));
  }
}
