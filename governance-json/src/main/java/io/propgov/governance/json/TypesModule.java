package io.propgov.governance.json;

import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * A module of parameter types, each read from its tree by a {@link TreeReader.Conversion} and
 * written by a {@link BodySerializer.Body}, so that a module names each type once per direction.
 */
abstract class TypesModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  TypesModule(String name) {
    super(name);
  }

  /** Reads and writes values of {@code type}. */
  final <T> void both(Class<T> type, TreeReader.Conversion<T> read, BodySerializer.Body<T> write) {
    reads(type, read);
    writes(type, write);
  }

  /** Reads values of {@code type} from their tree. */
  final <T> void reads(Class<T> type, TreeReader.Conversion<T> read) {
    addDeserializer(type, new TreeReader<>(type, read));
  }

  /** Writes values of {@code type}. */
  final <T> void writes(Class<T> type, BodySerializer.Body<T> write) {
    addSerializer(type, new BodySerializer<>(type, write));
  }
}
