package io.propgov.governance.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/** The position of every node of a document in reading order, to sort errors by. */
final class DocumentOrder {

  private final Map<String, Integer> positions = new HashMap<>();

  DocumentOrder(JsonNode root) {
    if (root != null) {
      visit(root, "");
    }
  }

  private void visit(JsonNode node, String pointer) {
    positions.put(pointer, positions.size());
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        visit(field.getValue(), Pointers.child(pointer, field.getKey()));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        visit(node.get(i), Pointers.child(pointer, i));
      }
    }
  }

  /**
   * Returns the position of the node at {@code pointer}, or of its nearest ancestor in the
   * document when it is missing (a required field left out sorts with the object lacking it).
   */
  int position(String pointer) {
    for (String p = pointer; p != null; p = Pointers.parent(p)) {
      Integer position = positions.get(p);
      if (position != null) {
        return position;
      }
    }
    return 0;
  }
}
