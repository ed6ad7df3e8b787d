package io.propgov.governance.subsidy;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The subsidy and award programmes a policy runs, the value of {@link SubsidyParameters#PROGRAMMES}.
 *
 * @param programmes the programmes, ids unique, never null (may be empty)
 * @since 0.1.0
 */
public record Programmes(List<Programme> programmes) {

  /** Checks that ids are unique and copies the list. */
  public Programmes {
    programmes = List.copyOf(programmes);
    Set<String> ids = new HashSet<>();
    for (Programme p : programmes) {
      if (!ids.add(p.id())) {
        throw new IllegalArgumentException("programme id '" + p.id() + "' appears twice");
      }
    }
  }

  /** Returns a programme by id. @param id an id @return the programme, empty when unknown */
  public Optional<Programme> programme(String id) {
    return programmes.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** Returns the programme ids, in the order given. @return the ids, never null */
  public List<String> ids() {
    return programmes.stream().map(Programme::id).toList();
  }
}
