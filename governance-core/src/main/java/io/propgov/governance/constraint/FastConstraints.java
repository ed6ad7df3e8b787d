package io.propgov.governance.constraint;

import io.propgov.governance.error.InputError;
import io.propgov.governance.internal.FieldChecks;
import io.propgov.governance.internal.FieldSink;
import java.util.List;
import java.util.Objects;

/** The hand-written executor: {@link FieldChecks}. */
final class FastConstraints implements FactsConstraints {

  static final FastConstraints INSTANCE = new FastConstraints();

  private FastConstraints() {}

  @Override
  public List<InputError> check(Object facts, String pointer) {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(pointer, "pointer");
    FieldSink sink = new FieldSink();
    FieldChecks.any(facts, pointer, sink);
    return sink.sorted();
  }

  @Override
  public String toString() {
    return "FactsConstraints.fast()";
  }
}
