package io.propgov.governance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidFactsException;
import io.propgov.governance.error.InvalidInputException;
import io.propgov.governance.error.InvalidPolicyException;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.function.Executable;

/** Helpers to edit documents and collect the errors a read reports. */
final class Documents4Tests {

  /** Reads decimals exactly, as the module does, so that an edit keeps {@code 59.50} as it is. */
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  /** The module's own mapper, for trees handed to its package-private readers as it would read them. */
  private static final ObjectMapper MODULE_MAPPER = Mappers.create();

  private Documents4Tests() {}

  /** Reads a text as the module does. */
  static JsonNode tree(String text) {
    try {
      return MODULE_MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns the document with an edit applied to its tree. */
  static String edited(String document, Consumer<ObjectNode> edit) {
    try {
      ObjectNode root = (ObjectNode) MAPPER.readTree(document);
      edit.accept(root);
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns the cn-default preset with an edit applied. */
  static String preset(Consumer<ObjectNode> edit) {
    return edited(Fixtures.cnDefault(), edit);
  }

  /** The node at a JSON Pointer, as an object to edit. */
  static ObjectNode object(ObjectNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs a read that must fail and returns the errors it reports. */
  static List<InputError> errorsOf(Class<? extends InvalidInputException> type, Executable read) {
    return assertThrows(type, read).errors();
  }

  /** Reads a policy that must be refused and returns the errors. */
  static List<InputError> policyErrors(String json) {
    return errorsOf(InvalidPolicyException.class, () -> Fixtures.JSON.readPolicy(json));
  }

  /** Reads a policy that must be refused with exactly one error and returns it. */
  static InputError onlyPolicyError(String json) {
    return only(policyErrors(json));
  }

  /** Reads facts that must be refused and returns the errors. */
  static List<InputError> factsErrors(String json) {
    return errorsOf(InvalidFactsException.class, () -> Fixtures.JSON.readFacts(json));
  }

  /** Reads facts that must be refused with exactly one error and returns it. */
  static InputError onlyFactsError(String json) {
    return only(factsErrors(json));
  }

  private static InputError only(List<InputError> errors) {
    assertEquals(1, errors.size(), () -> "expected one error, got " + errors);
    return errors.get(0);
  }

  /** An edit of a document, named for the test report, and the one error reading the edited document gives. */
  record OneError(String name, Consumer<ObjectNode> edit, InputError error) {
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * An edit of a document, named for the test report, and what the one error it gives must show:
   * its pointer, its code (null: any code) and parts of its message.
   */
  record ErrorAt(String name, Consumer<ObjectNode> edit, String pointer, String code, List<String> inMessage) {

    ErrorAt(String name, Consumer<ObjectNode> edit, String pointer, String code, String... inMessage) {
      this(name, edit, pointer, code, List.of(inMessage));
    }

    /** Asserts that the error shows all this names. */
    void check(InputError error) {
      assertEquals(pointer, error.pointer());
      if (code != null) {
        assertEquals(code, error.code());
      }
      for (String part : inMessage) {
        assertTrue(error.message().contains(part), error.message());
      }
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static List<String> pointers(List<InputError> errors) {
    return errors.stream().map(InputError::pointer).toList();
  }
}
