package io.propgov.governance.subsidy;

import io.propgov.governance.internal.Keyed;
import java.util.List;
import java.util.Optional;

/**
 * The subsidy and award programmes a policy runs, the value of {@link SubsidyParameters#PROGRAMMES}.
 *
 * @param programmes the programmes, ids unique, never null (may be empty)
 * @since 0.1.0
 */
public record Programmes(List<Programme> programmes) {

  /** Checks that ids are unique and copies the list. */
  public Programmes {
    programmes = Keyed.unique(programmes, Programme::id, "programme id '%s' appears twice");
  }

  /** Returns a programme by id. @param id an id @return the programme, empty when unknown */
  public Optional<Programme> programme(String id) {
    return Keyed.find(programmes, Programme::id, id);
  }

  /** Returns the programme ids, in the order given. @return the ids, never null */
  public List<String> ids() {
    return programmes.stream().map(Programme::id).toList();
  }
}
