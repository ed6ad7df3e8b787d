package io.propgov.governance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.layer.ResolvedPolicy;
import io.propgov.governance.satisfaction.SatisfactionParameters;
import io.propgov.governance.vote.VoteParameters;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's layered-policy example, run; fails when the README drifts from it. */
class ReadmeLayersTests {

  private static final Path ROOT = Path.of("..");

  @Test
  void theLayeredPolicyExampleRunsAsTheReadmeSays() {
    // readme-example:layers (lines as in README.md; paths are resolved from the repository root)
    GovernanceJson json = GovernanceJson.create(); // knows cn-national and the presets, wuhan-4 among them
    ResolvedPolicy jiangan = json.readResolved(ROOT.resolve("governance-examples/policies/wuhan-jiangan.json")); // extends wuhan-4
    String passLineBy = jiangan.setBy(SatisfactionParameters.PASS_LINE, LocalDate.of(2024, 12, 31)).orElseThrow(); // "wuhan-jiangan"
    String voteRuleBy = jiangan.setBy(VoteParameters.ORDINARY_RULE, LocalDate.of(2024, 12, 31)).orElseThrow();    // "cn-national"
    GovernanceEngine engine = GovernanceEngine.create(jiangan.policy());
    // in pure Java: PolicyRegistry.of(layers).resolve(layer), each PolicyLayer = a policy, its parent and its bounds
    // end readme-example:layers

    assertEquals("wuhan-jiangan", passLineBy);
    assertEquals("cn-national", voteRuleBy);
    assertEquals(new BigDecimal("70"), engine.policy().valueAt(SatisfactionParameters.PASS_LINE,
        LocalDate.of(2024, 12, 31)).value());
    assertEquals(List.of("cn-national", "wuhan-4", "wuhan-jiangan"), jiangan.levels().stream().map(r -> r.id()).toList());
  }

  @Test
  void theReadmeShowsTheCodeThisTestRuns() throws IOException {
    ReadmeExamplesTests.assertReadmeShowsCode("layers", "ReadmeLayersTests");
  }

  @Test
  void everyPresetResolvesThroughTheNationalRoot() {
    for (String id : Presets.ids()) {
      ResolvedPolicy preset = Presets.resolveLayered(GovernanceJson.create(), id, ROOT);
      assertEquals("cn-national", preset.levels().get(0).id(), id);
      assertEquals("cn-national", preset.setBy(VoteParameters.SPECIAL_RULE, LocalDate.of(2024, 1, 1)).orElseThrow(), id);
      assertTrue(preset.bounds().stream().anyMatch(b -> b.level().equals("cn-national")), id);
    }
  }
}
