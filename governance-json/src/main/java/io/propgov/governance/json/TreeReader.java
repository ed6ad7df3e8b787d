package io.propgov.governance.json;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** Reads a parameter type from its tree by a function given the helpers of {@link OrgParameterModule.OrgDeserializer}. */
final class TreeReader<T> extends OrgParameterModule.OrgDeserializer<T> {

  private static final long serialVersionUID = 1L;
  private final transient Conversion<T> conversion;

  /** Converts a tree with the reader's helpers. */
  @FunctionalInterface
  interface Conversion<T> {
    T convert(JsonNode node, DeserializationContext ctxt, TreeReader<T> reader) throws IOException;
  }

  TreeReader(Class<T> type, Conversion<T> conversion) {
    super(type);
    this.conversion = conversion;
  }

  @Override
  T convert(JsonNode node, DeserializationContext ctxt) throws IOException {
    return conversion.convert(node, ctxt, this);
  }
}
