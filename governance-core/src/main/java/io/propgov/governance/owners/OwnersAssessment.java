package io.propgov.governance.owners;

import io.propgov.governance.estate.CommitteeKind;
import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Figure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where an estate's owners' organisation stands on a date: its first assembly, its committee's
 * term, which body represents the owners, and the rules its facts do not meet.
 *
 * @param estateId the estate, never null
 * @param assembly where the first owners' assembly stands, never null
 * @param assemblyDueFrom the day its condition was met, or null when it is not met
 * @param assemblyDeadline the last day it may meet on time, moved off a statutory rest day to the
 *     next working day (Civil Code art. 203), or null when its condition is not met
 * @param term where the owners' committee's term stands, never null
 * @param reElectionBy the last day of the committee's term, by which it must be re-elected, or null
 *     without a sitting committee
 * @param standInUntil the last day the property management committee may stand in, or null without one
 * @param representedBy the body that currently represents the owners, or null when none does
 * @param unmet the ids of the obligations not met (every rule but the first-assembly conditions,
 *     which not yet being met is no failing), in the order of the reasons, never null
 * @since 0.3.0
 */
public record OwnersAssessment(String estateId, AssemblyStatus assembly, LocalDate assemblyDueFrom,
    LocalDate assemblyDeadline, TermStatus term, LocalDate reElectionBy, LocalDate standInUntil,
    CommitteeKind representedBy, List<String> unmet) implements Conclusion {

  /** Checks the required parts and copies the list. */
  public OwnersAssessment {
    Objects.requireNonNull(estateId, "estateId");
    Objects.requireNonNull(assembly, "assembly");
    Objects.requireNonNull(term, "term");
    unmet = List.copyOf(unmet);
  }

  /**
   * Returns whether an owners' committee or a property management committee represents the owners.
   *
   * @return true when a body does
   */
  public boolean represented() {
    return representedBy != null;
  }

  @Override
  public String messageKey() {
    return "owners.assessment." + (representedBy == null ? "NONE" : representedBy.name());
  }

  @Override
  public List<Figure> headlineFigures() {
    List<Figure> figures = new ArrayList<>(List.of(Figure.term("assembly", "OWNERS_ASSEMBLY_" + assembly.name()),
        Figure.term("term", "OWNERS_TERM_" + term.name()), Figure.count("unmet", unmet.size())));
    return figures;
  }

  @Override
  public java.util.Map<String, String> headlineLiterals() {
    return java.util.Map.of("estate", estateId);
  }
}
