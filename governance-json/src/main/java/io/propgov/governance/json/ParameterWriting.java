package io.propgov.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.propgov.governance.explain.Label;
import java.io.IOException;

/** What the parameter modules' writers share: arrays of objects, names in both languages, arrays of strings. */
final class ParameterWriting {

  private ParameterWriting() {}

  /** Writes the members of one item's object. */
  @FunctionalInterface
  interface Members<T> {
    void write(T item) throws IOException;
  }

  /** Writes an array holding one object per item, its members as {@code members} writes them. */
  static <T> void objects(JsonGenerator gen, Iterable<T> items, Members<T> members) throws IOException {
    gen.writeStartArray();
    for (T item : items) {
      gen.writeStartObject();
      members.write(item);
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  /** Writes the member {@code name}: an array holding one object per item. */
  static <T> void objects(JsonGenerator gen, String name, Iterable<T> items, Members<T> members) throws IOException {
    gen.writeFieldName(name);
    objects(gen, items, members);
  }

  /** Writes the {@code code}, {@code en} and {@code zh} of a thing a policy defines. */
  static void named(JsonGenerator gen, String code, String en, String zh) throws IOException {
    gen.writeStringField("code", code);
    gen.writeStringField("en", en);
    gen.writeStringField("zh", zh);
  }

  /** Writes a label's {@code en} and {@code zh}. */
  static void label(JsonGenerator gen, Label label) throws IOException {
    gen.writeStringField("en", label.en());
    gen.writeStringField("zh", label.zh());
  }

  /** Writes the member {@code name}: an array of strings. */
  static void strings(JsonGenerator gen, String name, Iterable<String> values) throws IOException {
    gen.writeArrayFieldStart(name);
    for (String value : values) {
      gen.writeString(value);
    }
    gen.writeEndArray();
  }
}
