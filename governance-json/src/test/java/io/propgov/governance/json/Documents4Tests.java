package io.propgov.governance.json;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidInputException;
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

  static List<String> pointers(List<InputError> errors) {
    return errors.stream().map(InputError::pointer).toList();
  }
}
