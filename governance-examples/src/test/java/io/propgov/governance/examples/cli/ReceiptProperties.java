package io.propgov.governance.examples.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

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

  /** Every leaf under /inputs, as a parent and the name or index of the leaf. */
  private static List<Object[]> leaves(JsonNode node, List<Object[]> out) {
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(name -> {
        JsonNode child = node.get(name);
        if (child.isContainerNode()) {
          leaves(child, out);
        } else {
          out.add(new Object[] {node, name});
        }
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (node.get(i).isContainerNode()) {
          leaves(node.get(i), out);
        } else {
          out.add(new Object[] {node, i});
        }
      }
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

  @Property(tries = 1)
  void aReceiptVerifiesAfterAJsonRoundTrip() {
    JsonNode roundTripped = ReportDocument.read(ReportDocument.read(REPORT).toString());
    Verification verification = Verification.of(JSON, roundTripped);
    assertTrue(verification.verified(), verification.lines()::toString);
  }

  @Property(tries = 40)
  void anySingleFieldChangedInTheInputsFailsVerification(@ForAll @IntRange(min = 0, max = 100_000) int pick) {
    JsonNode report = ReportDocument.read(REPORT);
    List<Object[]> leaves = leaves(report.get("inputs"), new ArrayList<>());
    Object[] leaf = leaves.get(pick % leaves.size());
    if (leaf[0] instanceof ObjectNode object) {
      String name = (String) leaf[1];
      object.set(name, changed(object.get(name)));
    } else {
      ArrayNode array = (ArrayNode) leaf[0];
      int index = (Integer) leaf[1];
      array.set(index, changed(array.get(index)));
    }
    Verification verification = Verification.of(JSON, ReportDocument.read(report.toString()));
    assertFalse(verification.verified());
    assertTrue(verification.lines().toString().contains("/receipt/inputsHash"), verification.lines()::toString);
  }

  @Property(tries = 1)
  void aChangedDecisionIsLocatedByItsPointer() {
    ObjectNode report = (ObjectNode) ReportDocument.read(REPORT);
    ((ObjectNode) report.at("/estates/1/decision/estate")).put("status", "SATISFACTORY");
    Verification verification = Verification.of(JSON, report);
    assertFalse(verification.verified());
    assertTrue(verification.lines().toString().contains("/estates/1/decision/estate/status"), verification.lines()::toString);
  }
}
