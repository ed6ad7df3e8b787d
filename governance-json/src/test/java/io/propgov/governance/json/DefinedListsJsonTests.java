package io.propgov.governance.json;

import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.credit.ArrearsAction;
import io.propgov.governance.credit.ArrearsActions;
import io.propgov.governance.credit.CreditParameters;
import io.propgov.governance.credit.LimitationEffect;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.policy.GovernancePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lists of definitions in the policy documents: Hanshan's actions in handan-4, layering, undefined ids. */
class DefinedListsJsonTests {

  private static final Path PRESETS = Path.of("src/main/resources/io/propgov/governance/json/policy");
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  private static List<String> nationalIds() {
    return JSON.readLayer(PRESETS.resolve("cn-national.json")).policy().valueAt(CreditParameters.ACTIONS, AS_OF).value()
        .ids();
  }

  @Test
  void handansLadderAddsItsTwoActionsToTheNationalOnes() {
    ArrearsActions actions = JSON.presetPolicy("handan-4").valueAt(CreditParameters.ACTIONS, AS_OF).value();

    List<String> expected = new ArrayList<>(nationalIds());
    expected.addAll(List.of("PARTY_MEMBER_VISIT", "CIRCUIT_COURT_REVIEW"));
    assertEquals(expected, actions.ids());
    ArrearsAction visit = actions.find(ArrearsAction.of("PARTY_MEMBER_VISIT"));
    assertEquals("老党员上门劝缴", visit.label().zh());
    assertEquals(LimitationEffect.DEMAND, visit.limitation());
    assertEquals(LimitationEffect.NONE, actions.find(ArrearsAction.of("CIRCUIT_COURT_REVIEW")).limitation());
  }

  @Test
  void aChildDocumentAddsAnActionToItsParentsList() {
    GovernancePolicy child = JSON.readPolicy("""
        {"id": "hanshan-street", "jurisdiction": "CN", "extends": "handan-4", "version": "1",
         "description": "handan-4 with one more action, for this test only",
         "parameters": {"arrears.actions": [{"effectiveFrom": "2024-01-01", "value": [
           {"id": "OWNERS_COMMITTEE_URGING", "en": "the owners' committee's urging", "zh": "业主委员会督促",
            "limitation": "NONE"}],
           "source": {"en": "for this test", "zh": "测试用"}}]}}
        """);

    List<String> ids = child.valueAt(CreditParameters.ACTIONS, AS_OF).value().ids();
    assertEquals("OWNERS_COMMITTEE_URGING", ids.get(ids.size() - 1));
    assertTrue(ids.containsAll(List.of("REMINDER", "PARTY_MEMBER_VISIT", "CIRCUIT_COURT_REVIEW")), ids.toString());
    // Before the child's own date the parent's list stands as it was.
    List<String> before = child.valueAt(CreditParameters.ACTIONS, LocalDate.of(2023, 12, 31)).value().ids();
    assertEquals(ids.size() - 1, before.size());
  }

  @Test
  void aLadderStepNamingAnActionNoLevelDefinesIsAnErrorAtItsPointer() throws IOException {
    // Under an id of its own: a preset's id keeps its bundled content.
    String text = Files.readString(PRESETS.resolve("yantai.json")).replaceFirst("\"action\": \"PUBLIC_NOTICE\"",
        "\"action\": \"PARTY_MEMBER_VISIT\"").replaceFirst("\"id\": \"yantai\"", "\"id\": \"yantai-changed\"");
    InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> JSON.readPolicy(text));

    assertEquals("/parameters/arrears.ladder/0/value/1/action", e.errors().get(0).pointer());
    assertTrue(e.errors().get(0).message().contains("the defined ids are REMINDER"), e.errors().get(0).message());
  }

  @Test
  void aSubsidyCriterionNamingAnUndefinedConsequenceIsAnErrorWhenThePolicyIsRead() throws IOException {
    String text = Files.readString(PRESETS.resolve("caolu.json")).replaceFirst("\"BARRED_FROM_SUBSIDIES\"",
        "\"NAMED_AND_SHAMED\"").replaceFirst("\"id\": \"caolu\"", "\"id\": \"caolu-changed\"");
    InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> JSON.readPolicy(text));

    assertTrue(e.errors().get(0).pointer().matches(
        "/parameters/subsidy\\.programmes/0/value/\\d+/criteria/\\d+/barredBy/\\d+"), e.errors().toString());
    assertTrue(e.errors().get(0).message().contains("'NAMED_AND_SHAMED' is not defined by credit.consequence-types"));
  }

  @Test
  void anActionIdOfTheWrongFormIsRejectedByTheSchema() {
    InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> JSON.readPolicy("""
        {"id": "x", "jurisdiction": "CN", "extends": "handan-4", "version": "1", "description": "bad id",
         "parameters": {"arrears.actions": [{"effectiveFrom": "2024-01-01", "value": [
           {"id": "party visit", "en": "a visit", "zh": "上门", "limitation": "DEMAND"}],
           "source": {"en": "for this test", "zh": "测试用"}}]}}
        """));

    assertEquals("/parameters/arrears.actions/0/value/0/id", e.errors().get(0).pointer());
  }

  @Test
  void theListsAreWrittenAndReadBackUnchanged() {
    GovernancePolicy handan = JSON.presetPolicy("handan-4");
    GovernancePolicy again = JSON.readPolicy(JSON.writePolicy(handan));

    assertEquals(handan.timeline(CreditParameters.ACTIONS), again.timeline(CreditParameters.ACTIONS));
    assertEquals(handan.timeline(CreditParameters.CONSEQUENCE_TYPES), again.timeline(CreditParameters.CONSEQUENCE_TYPES));
  }

  @Test
  void listsThatNameAnEntryDifferentlyAreDifferentValues() {
    ArrearsActions handan = JSON.presetPolicy("handan-4").valueAt(CreditParameters.ACTIONS, AS_OF).value();
    ArrearsActions renamed = new ArrearsActions(List.of(ArrearsAction.define("PARTY_MEMBER_VISIT",
        new io.propgov.governance.explain.Label("a visit", "上门"), LimitationEffect.DEMAND))).over(handan);

    assertEquals(handan.ids(), renamed.ids());
    org.junit.jupiter.api.Assertions.assertNotEquals(handan, renamed);
  }
}
