package io.propgov.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a value of a parameter type by a function of the generator, so a module lists one function per type. */
final class BodySerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;
  private final transient Body<T> body;

  /** Writes one value to the generator. */
  @FunctionalInterface
  interface Body<T> {
    void write(T value, JsonGenerator gen) throws IOException;
  }

  BodySerializer(Class<T> type, Body<T> body) {
    super(type);
    this.body = body;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    body.write(value, gen);
  }
}
