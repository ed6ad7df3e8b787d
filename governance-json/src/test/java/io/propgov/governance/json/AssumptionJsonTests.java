package io.propgov.governance.json;

import static io.propgov.governance.json.Documents4Tests.errorsOf;
import static io.propgov.governance.json.Documents4Tests.json;
import static io.propgov.governance.json.Documents4Tests.object;
import static io.propgov.governance.json.Documents4Tests.pointers;
import static io.propgov.governance.json.Documents4Tests.preset;
import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.satisfaction.SatisfactionParameters;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The "assumption" flag beside a value's source: read, written back, and carried by every reason citing it. */
class AssumptionJsonTests {

  /** cn-default with its pass line flagged as a model assumption, its texts not yet saying so. */
  static final String FLAGGED = preset(root -> object(root, "/parameters/satisfaction.pass-line/0").put("assumption", true));

  @Test
  void aFlaggedValueReadsAsAnAssumptionMarkedInBothTexts() {
    GovernancePolicy policy = JSON.readPolicy(FLAGGED);
    Citation source = policy.valueAt(SatisfactionParameters.PASS_LINE, LocalDate.of(2024, 1, 1)).source();
    assertTrue(source.assumption());
    assertTrue(source.en().endsWith(" (" + Citation.MARK_EN + ")"), source.en());
    assertTrue(source.zh().endsWith("（" + Citation.MARK_ZH + "）"), source.zh());
    assertFalse(policy.valueAt(SatisfactionParameters.QUORUM, LocalDate.of(2024, 1, 1)).source().assumption());
  }

  @Test
  void theFlagIsWrittenBesideTheSourceAndReadsBackEqual() {
    GovernancePolicy policy = JSON.readPolicy(FLAGGED);
    String written = JSON.writePolicy(policy);
    JsonNode item = json(written).at("/parameters/satisfaction.pass-line/0");
    assertTrue(item.path("assumption").asBoolean());
    assertFalse(item.path("source").has("assumption"), "the source object keeps en and zh only");
    assertFalse(json(written).at("/parameters/satisfaction.quorum/0").has("assumption"), "left out when false");
    assertEquals(policy.parameters(), JSON.readPolicy(written).parameters());
  }

  @Test
  void everyReasonCitingAnAssumptionCarriesTheFlag() {
    GovernanceEngine engine = GovernanceEngine.create(JSON.readPolicy(FLAGGED));
    JsonNode decision = json(JSON.writeDecision(engine.assess(Fixtures.dismissingEstate(), LocalDate.of(2024, 12, 31)),
        Locale.ENGLISH));
    JsonNode passLine = find(decision, "satisfaction.pass-line");
    assertTrue(passLine.at("/citation/assumption").asBoolean(), passLine.toString());
    assertTrue(passLine.at("/citation/en").asText().contains(Citation.MARK_EN));
    assertFalse(find(decision, "satisfaction.quorum").path("citation").has("assumption"));
  }

  @Test
  void aFlagThatIsNotABooleanIsRejectedWithItsPointer() {
    String bad = preset(root -> object(root, "/parameters/satisfaction.pass-line/0").put("assumption", "yes"));
    assertEquals(java.util.List.of("/parameters/satisfaction.pass-line/0/assumption"),
        pointers(errorsOf(InvalidPolicyException.class, () -> JSON.readPolicy(bad))));
  }

  /** The first reason with a rule id anywhere in a written decision. */
  private static JsonNode find(JsonNode node, String rule) {
    if (node.isObject() && rule.equals(node.path("rule").asText(null))) {
      return node;
    }
    for (JsonNode child : node) {
      JsonNode found = find(child, rule);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
