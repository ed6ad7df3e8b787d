package io.propgov.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import io.propgov.governance.error.InputError;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quick estate check ({@link SchemaShape}) never accepts what the full validator rejects,
 * whatever the edit of a sound estate line; and it accepts sound lines, so that they skip the
 * full validation.
 */
class SchemaShapeProperties {

  private static final Schemas SCHEMAS = new Schemas(Mappers.create());
  private static final SchemaShape SHAPE = SchemaShape.compile(Documents4Tests.tree(Schemas.text("facts")), "estate");

  @Test
  void soundLinesAreAcceptedAndTheValidatorAgrees() {
    for (String line : Fixtures.ESTATE_LINES) {
      JsonNode root = Documents4Tests.tree(line);
      assertEquals(List.of(), SCHEMAS.validateEstateFully(root), line);
      assertTrue(SHAPE.accepts(root), line);
    }
  }

  @Test
  void whatTheQuickCheckAcceptsTheValidatorAccepts() {
    Tally tally = new Tally();
    qt().withExamples(2000).forAll(Generators.editedEstateTree()).checkAssert(edited -> {
      JsonNode root = edited.value();
      boolean accepted = SHAPE.accepts(root);
      List<InputError> errors = SCHEMAS.validateEstateFully(root);
      tally.count(accepted ? "accepted" : "left to the validator", errors.isEmpty() ? "valid" : "invalid");
      if (accepted) {
        assertEquals(List.of(), errors, root.toString());
      }
    });
    // the edits reach both sides: lines the quick check takes, lines it leaves to the validator
    tally.assertAtLeast("accepted", 5);
    tally.assertAtLeast("left to the validator", 20);
  }
}
