package io.propgov.governance.json;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

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

  /** Reads an array of {@code item} into the value {@code of} makes; the core's rejection is located at the value. */
  static <T, V> Conversion<T> listOf(Class<V> item, Function<List<V>, T> of) {
    return (node, ctxt, reader) -> {
      List<V> items = reader.list(node, null, item, ctxt);
      return reader.build(ctxt, null, () -> of.apply(items));
    };
  }

  /**
   * Reads an array of {@code item}, whose keys must differ, into the value {@code of} makes; the
   * core's rejection is located at the second of two equal keys (its {@code field}, unless null),
   * else at the value.
   */
  static <T, V> Conversion<T> listOf(Class<V> item, Function<V, String> key, String field, Function<List<V>, T> of) {
    return (node, ctxt, reader) -> {
      List<V> items = reader.list(node, null, item, ctxt);
      return reader.buildAt(ctxt, () -> duplicate(items, key, field), () -> of.apply(items));
    };
  }

  @Override
  T convert(JsonNode node, DeserializationContext ctxt) throws IOException {
    return conversion.convert(node, ctxt, this);
  }
}
