package io.propgov.governance.json;

import static io.propgov.governance.json.Fixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.error.InvalidPolicyException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever the text, a read gives a value or the module's own exception with well-formed
 * errors: no Jackson, validator or core exception escapes.
 */
class RobustnessProperties {

  private static final String FACTS = JSON.writeFacts(new Facts(List.of(Fixtures.dismissingEstate()),
      LocalDate.of(2024, 12, 31)));

  @Property(tries = 300)
  void anyEditOfAPolicyGivesAPolicyOrEveryErrorWellFormed(@ForAll("editedPolicies") String text) {
    String outcome = "read";
    try {
      JSON.readPolicy(text);
    } catch (InvalidPolicyException e) {
      e.errors().forEach(RobustnessProperties::assertWellFormed);
      assertDistinct(e.errors());
      outcome = e.errors().get(0).code().equals("syntax") ? "syntax" : "checked";
    }
    Statistics.collect(outcome);
    Statistics.coverage(c -> c.check("checked").percentage(p -> p >= 30));
  }

  @Property(tries = 300)
  void anyEditOfFactsGivesFactsOrEveryErrorWellFormed(@ForAll("editedFacts") String text) {
    String outcome = "read";
    try {
      JSON.readFacts(text);
    } catch (InvalidFactsException e) {
      e.errors().forEach(RobustnessProperties::assertWellFormed);
      assertDistinct(e.errors());
      outcome = e.errors().get(0).code().equals("syntax") ? "syntax" : "checked";
    }
    Statistics.collect(outcome);
    Statistics.coverage(c -> c.check("checked").percentage(p -> p >= 30));
  }

  @Property(tries = 300)
  void anyEditOfAPolicyWithTheOrganisationParametersGivesAPolicyOrEveryErrorWellFormed(
      @ForAll("editedOrgPolicies") String text) {
    String outcome = "read";
    try {
      JSON.readPolicy(text);
    } catch (InvalidPolicyException e) {
      e.errors().forEach(RobustnessProperties::assertWellFormed);
      assertDistinct(e.errors());
      outcome = e.errors().get(0).code().equals("syntax") ? "syntax" : "checked";
    }
    Statistics.collect(outcome);
    Statistics.coverage(c -> c.check("checked").percentage(p -> p >= 30));
  }

  @Property(tries = 300)
  void anyEditOfHierarchyFactsGivesFactsOrEveryErrorWellFormed(@ForAll("editedHierarchyFacts") String text) {
    String outcome = "read";
    try {
      JSON.readFacts(text);
    } catch (InvalidFactsException e) {
      e.errors().forEach(RobustnessProperties::assertWellFormed);
      assertDistinct(e.errors());
      outcome = e.errors().get(0).code().equals("syntax") ? "syntax" : "checked";
    }
    Statistics.collect(outcome);
    Statistics.coverage(c -> c.check("checked").percentage(p -> p >= 30));
  }

  @Property(tries = 300)
  void anyTextGivesAValueOrTheModulesOwnException(@ForAll("anyText") String text) {
    try {
      JSON.readEstate(text);
    } catch (InvalidFactsException e) {
      e.errors().forEach(RobustnessProperties::assertWellFormed);
    }
  }

  private static void assertWellFormed(InputError error) {
    assertTrue(error.pointer().isEmpty() || error.pointer().startsWith("/"), error::toString);
    assertFalse(error.code().isBlank(), error::toString);
    assertFalse(error.message().isBlank(), error::toString);
  }

  private static void assertDistinct(List<InputError> errors) {
    assertEquals(errors.size(), errors.stream().distinct().count(), errors::toString);
  }

  @Provide
  Arbitrary<String> editedPolicies() {
    return edits(Fixtures.cnDefault());
  }

  @Provide
  Arbitrary<String> editedFacts() {
    return edits(FACTS);
  }

  @Provide
  Arbitrary<String> editedOrgPolicies() {
    return edits(Fixtures.wuhanOrg());
  }

  @Provide
  Arbitrary<String> editedHierarchyFacts() {
    return edits(Fixtures.hierarchyFacts());
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.strings().withChars("{}[]\":,0123456789.-eE truefalsnl\\/idareaIDchoice").ofMaxLength(60);
  }

  /**
   * The document with random edits: mostly to its tree (a node replaced by another JSON value,
   * removed, or given an unknown member), which reach the schema and the binding, sometimes to
   * its text (a span deleted, a token inserted), which mostly break the syntax.
   */
  private static Arbitrary<String> edits(String document) {
    Arbitrary<String> values = Arbitraries.of("-1", "0", "0.5", "1e999", "null", "true", "\"x\"", "\"2/3\"", "\"3/2\"",
        "\"2024-02-30\"", "\"MAYBE\"", "{}", "[]", "1.5", "\"\"", "[1, 2]", "{\"atLeast\": \"1/2\"}", "123456789012",
        "\"2024-10-01\"", "\"community\"", "[\"community\"]", "false");
    Arbitrary<String> tokens = Arbitraries.of("{", "}", "[", "]", "\"", ",", ":", "-1", "1e999", "null", " ");
    Arbitrary<String> textEdits = Combinators.combine(Arbitraries.integers().between(0, document.length()),
        Arbitraries.integers().between(0, 12), tokens).as(Edit::new).list().ofMinSize(1).ofMaxSize(2)
        .map(list -> {
          String text = document;
          for (Edit e : list) {
            text = e.apply(text);
          }
          return text;
        });
    List<String> pointers = new ArrayList<>();
    collect(Documents4Tests.json(document), "", pointers);
    Arbitrary<TreeEdit> treeEdit = Combinators.combine(Arbitraries.of(pointers),
        Arbitraries.of(TreeEdit.Kind.class), values).as(TreeEdit::new);
    Arbitrary<String> treeEdits = treeEdit.list().ofMinSize(1).ofMaxSize(3).map(list -> {
      JsonNode root = Documents4Tests.json(document);
      for (TreeEdit e : list) {
        e.apply(root);
      }
      return root.toString();
    });
    return Arbitraries.frequencyOf(Tuple.of(3, treeEdits), Tuple.of(1, textEdits));
  }

  private static void collect(JsonNode node, String pointer, List<String> pointers) {
    if (!pointer.isEmpty()) {
      pointers.add(pointer);
    }
    if (node.isObject()) {
      node.fields().forEachRemaining(f -> collect(f.getValue(), pointer + "/" + f.getKey().replace("~", "~0")
          .replace("/", "~1"), pointers));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, pointers);
      }
    }
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
  }

  private record Edit(int at, int delete, String insert) {
    String apply(String text) {
      int from = Math.min(at, text.length());
      int to = Math.min(text.length(), from + delete);
      return text.substring(0, from) + insert + text.substring(to);
    }
  }
}
