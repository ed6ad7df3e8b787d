package io.propgov.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.error.InputError;
import io.propgov.governance.estate.CommitteeKind;
import io.propgov.governance.estate.Committee;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.estate.FeeAccount;
import io.propgov.governance.estate.PartyForm;
import io.propgov.governance.estate.PartyStatus;
import io.propgov.governance.estate.PropertyCompany;
import io.propgov.governance.estate.ServiceMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The quick estate check ({@link SchemaShape}) never accepts what the full validator rejects,
 * whatever the edit of a sound estate line; and it accepts sound lines, so that they skip the
 * full validation.
 */
class SchemaShapeProperties {

  private static final JsonMapper MAPPER = Mappers.create();
  private static final Schemas SCHEMAS = new Schemas(MAPPER);
  private static final SchemaShape SHAPE = SchemaShape.compile(read(Schemas.text("facts")), "estate");
  private static final Estate FULL = new Estate("E1", "Estate 1",
      new PropertyCompany("C1", "Company", new PartyStatus(3, PartyForm.BRANCH, false, true), "p1", "p2"),
      Fixtures.dismissingEstate().surveyRounds(), Fixtures.dismissingEstate().votes(), "u1", 120,
      ServiceMode.MARKET, new FeeAccount(new BigDecimal("1000.50"), new BigDecimal("900")),
      new Committee(CommitteeKind.OWNERS_COMMITTEE, new PartyStatus(1, null, true, false)));
  static final List<String> LINES = List.of(Fixtures.JSON.writeEstateLine(Fixtures.dismissingEstate()),
      Fixtures.JSON.writeEstateLine(FULL));

  /** Values an edit puts in place of a node: each kind of JSON value, edges of the schema's ranges. */
  private static final List<String> VALUES = List.of("null", "\"\"", "\" \"", "\"\\u00a0\"", "\"\\t\"", "\"x\"",
      "\"2024-02-29\"", "\"2023-02-29\"", "\"2024-13-01\"", "\"0999-01-01\"", "\"24-01-01\"", "\"HOUSEHOLD\"",
      "\"FOR\"", "\"DISMISS_COMPANY\"", "\"BRANCH\"", "\"MARKET\"", "\"OWNERS_COMMITTEE\"", "-1", "0", "1", "0.0",
      "1.0", "2.5", "-0.01", "2147483647", "2147483648", "true", "false", "{}", "[]", "[{}]");

  @Test
  void soundLinesAreAcceptedAndTheValidatorAgrees() {
    for (String line : LINES) {
      JsonNode root = read(line);
      assertEquals(List.of(), SCHEMAS.validateEstateFully(root), line);
      assertTrue(SHAPE.accepts(root), line);
    }
  }

  @Property(tries = 2000)
  void whatTheQuickCheckAcceptsTheValidatorAccepts(@ForAll("editedLines") JsonNode root) {
    boolean accepted = SHAPE.accepts(root);
    List<InputError> errors = SCHEMAS.validateEstateFully(root);
    Statistics.collect(accepted ? "accepted" : "left to the validator", errors.isEmpty() ? "valid" : "invalid");
    if (accepted) {
      assertEquals(List.of(), errors, root.toString());
    }
  }

  @Provide("editedLines")
  Arbitrary<JsonNode> provideEditedLines() {
    return editedLines();
  }

  static Arbitrary<JsonNode> editedLines() {
    return Arbitraries.integers().between(0, LINES.size() - 1).flatMap(l -> {
      List<String> pointers = new ArrayList<>();
      pointers(read(LINES.get(l)), "", pointers);
      return Arbitraries.integers().between(0, pointers.size() - 1).list().ofMinSize(1).ofMaxSize(2)
          .flatMap(targets -> Arbitraries.integers().between(0, VALUES.size() + 1).list().ofSize(targets.size())
              .map(values -> edit(LINES.get(l), pointers, targets, values)));
    });
  }

  static JsonNode edit(String line, List<String> pointers, List<Integer> targets, List<Integer> values) {
    JsonNode root = read(line);
    for (int i = 0; i < targets.size(); i++) {
      String pointer = pointers.get(targets.get(i));
      int value = values.get(i);
      if (pointer.isEmpty()) {
        continue;
      }
      JsonNode parent = root.at(pointer.substring(0, pointer.lastIndexOf('/')));
      String last = pointer.substring(pointer.lastIndexOf('/') + 1);
      if (parent instanceof ObjectNode object) {
        if (value == VALUES.size()) {
          object.remove(last);
        } else if (value == VALUES.size() + 1) {
          object.put("unknown", 1);
        } else {
          object.set(last, read(VALUES.get(value)));
        }
      } else if (parent instanceof ArrayNode array && last.matches("\\d+")
          && Integer.parseInt(last) < array.size()) {
        // An earlier edit may have replaced an object by an array, or shortened one: then skip.
        int index = Integer.parseInt(last);
        if (value >= VALUES.size()) {
          array.remove(index);
        } else {
          array.set(index, read(VALUES.get(value)));
        }
      }
    }
    return root;
  }

  static void pointers(JsonNode node, String at, List<String> into) {
    into.add(at);
    if (node.isObject()) {
      node.fields().forEachRemaining(f -> pointers(f.getValue(), at + "/" + f.getKey(), into));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        pointers(node.get(i), at + "/" + i, into);
      }
    }
  }

  static JsonNode read(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
