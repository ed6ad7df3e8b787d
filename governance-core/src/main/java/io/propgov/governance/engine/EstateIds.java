package io.propgov.governance.engine;

import io.propgov.governance.error.InputError;
import io.propgov.governance.estate.Estate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The estates of one list whose id another estate of the list also has: each such estate is
 * rejected with an error at its {@code id} that names the other occurrence, since a decision
 * about "estate X" would not say which one it is.
 */
final class EstateIds {

  private final Map<Integer, InputError> errors;

  private EstateIds(Map<Integer, InputError> errors) {
    this.errors = errors;
  }

  static EstateIds of(List<Estate> estates) {
    Map<String, List<Integer>> byId = new HashMap<>();
    for (int i = 0; i < estates.size(); i++) {
      if (estates.get(i) != null && estates.get(i).id() != null) { // else a field error, reported on its own
        byId.computeIfAbsent(estates.get(i).id(), id -> new ArrayList<>(1)).add(i);
      }
    }
    Map<Integer, InputError> errors = new HashMap<>();
    byId.forEach((id, at) -> {
      if (at.size() > 1) {
        for (int k = 0; k < at.size(); k++) {
          // The first names the second; every later one names the first.
          int other = k == 0 ? at.get(1) : at.get(0);
          errors.put(at.get(k), new InputError("/estates/" + at.get(k) + "/id", "duplicate", "estate id '" + id
              + "' appears more than once (also at /estates/" + other + "); each estate needs its own id"));
        }
      }
    });
    return new EstateIds(errors);
  }

  /** The error of the estate at an index, or null when its id is its own. */
  InputError at(int index) {
    return errors.isEmpty() ? null : errors.get(index);
  }
}
