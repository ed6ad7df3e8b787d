package io.propgov.governance.examples.readme;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.layer.PolicyLayer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's layered-policy bounds: its model-city layer, and the error a district below it gets for 59.99. */
class ReadmeLayerBoundTests {

  @Test
  void aDistrictLoweringThePassLineGetsTheErrorTheReadmeShows() throws IOException {
    List<ReadmeJsonBlocks.Block> blocks = ReadmeJsonBlocks.blocks(
        Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8));
    String modelCity = blocks.stream().filter(b -> b.kind().equals("layer")).findFirst().orElseThrow().text();
    GovernanceJson json = GovernanceJson.create();
    PolicyLayer city = json.readLayer(modelCity);
    PolicyLayer district = json.readLayer("""
        { "id": "model-district", "jurisdiction": "CN-X-1", "version": "2026.1", "extends": "model-city",
          "parameters": { "satisfaction.pass-line": [ { "effectiveFrom": "2019-01-01", "value": 59.99,
            "source": { "en": "District rules (model assumption)", "zh": "区规则（本模型假设）" } } ] } }
        """);
    InvalidPolicyException e = assertThrows(InvalidPolicyException.class,
        () -> json.withParents(List.of(city)).resolve(district));
    ReadmeOutputs.assertShows("layer-bound", e.errors().stream()
        .map(error -> error.pointer() + "  " + error.code() + "  " + error.message()).collect(Collectors.joining("\n")));
  }
}
