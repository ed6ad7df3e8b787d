package io.propgov.governance.json;

import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.error.InvalidInputException;
import io.propgov.governance.error.InvalidPolicyException;
import io.propgov.governance.json.Generators.Edited;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Whatever the text, a read gives a value or the module's own exception with well-formed
 * errors: no Jackson, validator or core exception escapes.
 */
class RobustnessProperties {

  private static final String FACTS = JSON.writeFacts(new Facts(List.of(Fixtures.dismissingEstate()),
      LocalDate.of(2024, 12, 31)));

  @Test
  void anyEditOfAPolicyGivesAPolicyOrEveryErrorWellFormed() {
    assertEveryErrorWellFormed(edits(Fixtures.cnDefault()), JSON::readPolicy, InvalidPolicyException.class);
  }

  @Test
  void anyEditOfFactsGivesFactsOrEveryErrorWellFormed() {
    assertEveryErrorWellFormed(edits(FACTS), JSON::readFacts, InvalidFactsException.class);
  }

  @Test
  void anyEditOfAPolicyWithTheOrganisationParametersGivesAPolicyOrEveryErrorWellFormed() {
    assertEveryErrorWellFormed(edits(Fixtures.wuhanOrg()), JSON::readPolicy, InvalidPolicyException.class);
  }

  @Test
  void anyEditOfHierarchyFactsGivesFactsOrEveryErrorWellFormed() {
    assertEveryErrorWellFormed(edits(Fixtures.hierarchyFacts()), JSON::readFacts, InvalidFactsException.class);
  }

  @Test
  void anyTextGivesAValueOrTheModulesOwnException() {
    qt().withExamples(300).forAll(Generators.jsonLikeText()).checkAssert(text -> {
      try {
        JSON.readEstate(text);
      } catch (InvalidFactsException e) {
        e.errors().forEach(RobustnessProperties::assertWellFormed);
      }
    });
  }

  /**
   * Reads 300 edited documents: each gives a value or the exception of the given type, its errors
   * well formed and distinct; at least 30% of them get past the syntax to be checked.
   */
  private static void assertEveryErrorWellFormed(Gen<Edited<String>> edits, Consumer<String> read,
      Class<? extends InvalidInputException> type) {
    Tally tally = new Tally();
    qt().withExamples(300).forAll(edits).checkAssert(edited -> {
      String outcome = "read";
      try {
        read.accept(edited.value());
      } catch (InvalidInputException e) {
        if (!type.isInstance(e)) {
          throw e;
        }
        e.errors().forEach(RobustnessProperties::assertWellFormed);
        assertDistinct(e.errors());
        outcome = e.errors().get(0).code().equals("syntax") ? "syntax" : "checked";
      }
      tally.count(outcome);
    });
    tally.assertAtLeast("checked", 30);
  }

  private static void assertWellFormed(InputError error) {
    assertTrue(error.pointer().isEmpty() || error.pointer().startsWith("/"), error::toString);
    assertFalse(error.code().isBlank(), error::toString);
    assertFalse(error.message().isBlank(), error::toString);
  }

  private static void assertDistinct(List<InputError> errors) {
    assertEquals(errors.size(), errors.stream().distinct().count(), errors::toString);
  }

  /**
   * The document with random edits: mostly (3 in 4) to its tree (a node replaced by another JSON
   * value, removed, or given an unknown member), which reach the schema and the binding,
   * sometimes to its text (a span deleted, a token inserted), which mostly break the syntax.
   */
  private static Gen<Edited<String>> edits(String document) {
    Gen<String> values = Generators.oneOf("-1", "0", "0.5", "1e999", "null", "true", "\"x\"", "\"2/3\"", "\"3/2\"",
        "\"2024-02-30\"", "\"MAYBE\"", "{}", "[]", "1.5", "\"\"", "[1, 2]", "{\"atLeast\": \"1/2\"}", "123456789012",
        "\"2024-10-01\"", "\"community\"", "[\"community\"]", "false");
    Gen<String> tokens = Generators.oneOf("{", "}", "[", "]", "\"", ",", ":", "-1", "1e999", "null", " ");
    Gen<TextEdit> textEdit = Generators.between(0, document.length()).zip(Generators.between(0, 12), tokens,
        TextEdit::new);
    Gen<Edited<String>> textEdits = Generators.list(textEdit, 1, 2).map(list -> {
      String text = document;
      for (TextEdit e : list) {
        text = e.apply(text);
      }
      return new Edited<>(text, "text edits " + list);
    });
    List<String> pointers = Generators.pointers(Documents4Tests.json(document));
    Gen<TreeEdit> treeEdit = Generate.pick(pointers.subList(1, pointers.size()))
        .zip(Generate.enumValues(TreeEdit.Kind.class), values, TreeEdit::new);
    Gen<Edited<String>> treeEdits = Generators.list(treeEdit, 1, 3).map(list -> {
      JsonNode root = Documents4Tests.json(document);
      for (TreeEdit e : list) {
        e.apply(root);
      }
      return new Edited<>(root.toString(), "tree edits " + list);
    });
    return Generators.frequency(Pair.of(3, treeEdits), Pair.of(1, textEdits));
  }

  private record TreeEdit(String pointer, Kind kind, String value) {
    enum Kind { REPLACE, REMOVE, ADD_UNKNOWN_MEMBER }

    void apply(JsonNode root) {
      int slash = pointer.lastIndexOf('/');
      JsonNode parent = root.at(pointer.substring(0, slash));
      String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
      JsonNode replacement = Documents4Tests.json(value);
      if (parent instanceof ObjectNode object && object.has(last)) {
        switch (kind) {
          case REPLACE -> object.set(last, replacement);
          case REMOVE -> object.remove(last);
          case ADD_UNKNOWN_MEMBER -> object.set("unknown", replacement);
        }
      } else if (parent instanceof ArrayNode array && last.matches("[0-9]{1,6}")
          && Integer.parseInt(last) < array.size()) {
        // an earlier edit may have turned an object into an array: only index tokens apply
        switch (kind) {
          case REPLACE -> array.set(Integer.parseInt(last), replacement);
          case REMOVE -> array.remove(Integer.parseInt(last));
          case ADD_UNKNOWN_MEMBER -> array.add(replacement);
        }
      }
    }

    @Override
    public String toString() {
      return switch (kind) {
        case REPLACE -> pointer + " = " + value;
        case REMOVE -> pointer + " removed";
        case ADD_UNKNOWN_MEMBER -> "\"unknown\": " + value + " beside " + pointer;
      };
    }
  }

  private record TextEdit(int at, int delete, String insert) {
    String apply(String text) {
      int from = Math.min(at, text.length());
      int to = Math.min(text.length(), from + delete);
      return text.substring(0, from) + insert + text.substring(to);
    }

    @Override
    public String toString() {
      return "at " + at + " " + delete + " characters deleted, " + Generators.quoted(insert) + " inserted";
    }
  }
}
