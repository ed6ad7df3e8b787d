package io.propgov.governance.examples.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.propgov.governance.engine.GovernanceEngine;
import io.propgov.governance.examples.Presets;
import io.propgov.governance.examples.SampleData;
import io.propgov.governance.json.Facts;
import io.propgov.governance.json.GovernanceJson;
import io.propgov.governance.layer.ResolvedPolicy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ReceiptProperties {

  private static final GovernanceJson JSON = GovernanceJson.create();
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  private static final String REPORT = report();

  private static String report() {
    ResolvedPolicy policy = Presets.resolveLayered(JSON, Presets.DEFAULT, Path.of(""));
    Facts facts = SampleData.load(JSON);
    GovernanceEngine engine = GovernanceEngine.create(policy.policy());
    return ReportDocument.withReceipt(JSON, ReportDocument.decisions(JSON, engine, facts, AS_OF, Locale.ENGLISH),
        policy, facts, new Options.AsOf(AS_OF, null), "en", null).toPrettyString();
  }

  /** The JSON Pointer of every leaf (a value that is no object or array) under the node. */
  private static List<String> leaves(JsonNode node, String at, List<String> out) {
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(name -> leaves(node.get(name), at + "/" + name.replace("~", "~0")
          .replace("/", "~1"), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        leaves(node.get(i), at + "/" + i, out);
      }
    } else {
      out.add(at);
    }
    return out;
  }

  private static JsonNode changed(JsonNode value) {
    if (value.isNumber()) {
      return ReportDocument.MAPPER.getNodeFactory().numberNode(value.decimalValue().add(BigDecimal.ONE));
    }
    if (value.isBoolean()) {
      return ReportDocument.MAPPER.getNodeFactory().booleanNode(!value.booleanValue());
    }
    return TextNode.valueOf(value.asText() + "x");
  }

  @Test
  void aReceiptVerifiesAfterAJsonRoundTrip() {
    JsonNode roundTripped = ReportDocument.read(ReportDocument.read(REPORT).toString());
    Verification verification = Verification.of(JSON, roundTripped);
    assertTrue(verification.verified(), verification.lines()::toString);
  }

  @Test
  void anySingleFieldChangedInTheInputsFailsVerification() {
    List<String> leaves = leaves(ReportDocument.read(REPORT), "", new ArrayList<>()).stream()
        .filter(p -> p.startsWith("/inputs/")).toList();
    // the first and the last leaf more often than chance
    Gen<String> leaf = Generate.pick(leaves).mix(Generate.pick(List.of(leaves.get(0), leaves.get(leaves.size() - 1))),
        15);
    qt().withExamples(40).forAll(leaf).checkAssert(pointer -> {
      JsonNode report = ReportDocument.read(REPORT);
      JsonNode parent = report.at(pointer.substring(0, pointer.lastIndexOf('/')));
      String last = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
      if (parent instanceof ObjectNode object) {
        object.set(last, changed(object.get(last)));
      } else {
        ArrayNode array = (ArrayNode) parent;
        int index = Integer.parseInt(last);
        array.set(index, changed(array.get(index)));
      }
      Verification verification = Verification.of(JSON, ReportDocument.read(report.toString()));
      assertFalse(verification.verified());
      assertTrue(verification.lines().toString().contains("/receipt/inputsHash"), verification.lines()::toString);
    });
  }

  @Test
  void aChangedDecisionIsLocatedByItsPointer() {
    ObjectNode report = (ObjectNode) ReportDocument.read(REPORT);
    ((ObjectNode) report.at("/estates/1/decision/estate")).put("status", "SATISFACTORY");
    Verification verification = Verification.of(JSON, report);
    assertFalse(verification.verified());
    assertTrue(verification.lines().toString().contains("/estates/1/decision/estate/status"), verification.lines()::toString);
  }
}
