package io.propgov.governance.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.propgov.governance.error.InputError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The errors found in one document, each tagged with the stage that found it (limits and
 * schema first, then binding, then the core's own checks). Not thread-safe: one per read.
 *
 * <p>{@link #sorted(JsonNode)} gives the final list: an error is dropped when an earlier stage
 * already reported the same place or a place containing it (a field the schema rejected is not
 * reported again by the binder), exact duplicates are dropped, and the rest are sorted by their
 * place in the document.
 */
final class Findings {

  /** Stage of the checks made on the tree before binding: limits and schema. */
  static final int SCHEMA = 0;
  /** Stage of binding the tree to values (record constructors, parameter values). */
  static final int BINDING = 1;
  /** Stage of the core's checks of the bound values (policy builder, engine). */
  static final int CORE = 2;

  private record Finding(int stage, InputError error) {}

  private final List<Finding> findings = new ArrayList<>();
  /** Every pointer that holds an error or lies above one. */
  private final Set<String> touched = new HashSet<>();

  void add(int stage, String pointer, String code, String message) {
    add(stage, new InputError(pointer, code, message));
  }

  void add(int stage, InputError error) {
    findings.add(new Finding(stage, error));
    for (String p = error.pointer(); p != null; p = Pointers.parent(p)) {
      if (!touched.add(p)) {
        break;
      }
    }
  }

  void addAll(int stage, List<InputError> errors) {
    errors.forEach(e -> add(stage, e));
  }

  boolean isEmpty() {
    return findings.isEmpty();
  }

  /** Whether any error lies at {@code pointer} or below it. */
  boolean anyWithin(String pointer) {
    // Most documents hold no error: spare the binder hashing every pointer it builds.
    return !touched.isEmpty() && touched.contains(pointer);
  }

  /** Returns the errors to report, de-duplicated and in document order. */
  List<InputError> sorted(JsonNode root) {
    Map<String, Integer> earliest = new HashMap<>();
    for (Finding f : findings) {
      earliest.merge(f.error().pointer(), f.stage(), Math::min);
    }
    Set<InputError> kept = new LinkedHashSet<>();
    for (Finding f : findings) {
      if (!shadowed(f, earliest)) {
        kept.add(f.error());
      }
    }
    DocumentOrder order = new DocumentOrder(root);
    List<InputError> errors = new ArrayList<>(kept);
    errors.sort(Comparator.comparingInt((InputError e) -> order.position(e.pointer()))
        .thenComparing(InputError::pointer).thenComparing(InputError::code).thenComparing(InputError::message));
    return List.copyOf(errors);
  }

  private static boolean shadowed(Finding f, Map<String, Integer> earliest) {
    for (String p = f.error().pointer(); p != null; p = Pointers.parent(p)) {
      Integer stage = earliest.get(p);
      if (stage != null && stage < f.stage()) {
        return true;
      }
    }
    return false;
  }
}
