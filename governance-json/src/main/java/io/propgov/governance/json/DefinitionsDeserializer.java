package io.propgov.governance.json;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import io.propgov.governance.explain.Label;
import io.propgov.governance.explain.LabelledId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a list of values a policy defines (arrears actions, credit consequences, service modes):
 * an array of {@code {"id", "en", "zh"}}, each with at most one more member; an error is located
 * at the entry, a repeated id at the second.
 *
 * @param <D> the defined value
 * @param <L> the list
 * @param <X> the type of the extra member ({@link Void} when there is none)
 */
final class DefinitionsDeserializer<D extends LabelledId, L, X> extends OrgParameterModule.OrgDeserializer<L> {

  private static final long serialVersionUID = 1L;

  /** Defines one value from its id, its names and its extra member (null when absent). */
  @FunctionalInterface
  interface Define<D, X> {
    D define(String id, Label label, X extra);
  }

  private final String plural;
  private final String extraName;
  private final Class<X> extraType;
  private final transient Define<D, X> define;
  private final transient Function<List<D>, L> list;

  DefinitionsDeserializer(Class<L> type, String plural, String extraName, Class<X> extraType, Define<D, X> define,
      Function<List<D>, L> list) {
    super(type);
    this.plural = plural;
    this.extraName = extraName;
    this.extraType = extraType;
    this.define = define;
    this.list = list;
  }

  @Override
  L convert(JsonNode node, DeserializationContext ctxt) throws IOException {
    if (!node.isArray()) {
      throw fail(ctxt, null, "must be an array of " + plural);
    }
    List<D> values = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode entry = node.get(i);
      String id = member(entry, "id", String.class, ctxt);
      String en = member(entry, "en", String.class, ctxt);
      String zh = member(entry, "zh", String.class, ctxt);
      X extra = extraName == null ? null : member(entry, extraName, extraType, ctxt);
      final int at = i;
      values.add(buildAt(ctxt, () -> new Object[] {at}, () -> define.define(id, new Label(en, zh), extra)));
    }
    return buildAt(ctxt, () -> duplicate(values, LabelledId::id, "id"), () -> list.apply(values));
  }
}
