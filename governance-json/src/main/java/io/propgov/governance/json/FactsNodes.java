package io.propgov.governance.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * What the facts writers share: a part written only when there is something in it, as the
 * reader leaves out what a document does not give.
 */
final class FactsNodes {

  private FactsNodes() {}

  /** Adds the array {@code name} holding an object per item, as {@code fill} fills it, only when there are items. */
  static <T> void objects(ObjectNode parent, String name, List<T> items, BiConsumer<ObjectNode, T> fill) {
    if (!items.isEmpty()) {
      ArrayNode array = parent.putArray(name);
      items.forEach(item -> fill.accept(array.addObject(), item));
    }
  }

  /** Puts a value's text ({@link FactsWriter#text}: a date's ISO form, an enum's name) when it is not null. */
  static void putText(ObjectNode node, String name, Object value) {
    if (value != null) {
      node.put(name, FactsWriter.text(value));
    }
  }

  /** Puts a number when it is not null. */
  static void putNumber(ObjectNode node, String name, BigDecimal value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  /** Puts a whole number when it is not null. */
  static void putNumber(ObjectNode node, String name, Integer value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  /** Puts a boolean when it is not null. */
  static void putFlag(ObjectNode node, String name, Boolean value) {
    if (value != null) {
      node.put(name, value);
    }
  }
}
