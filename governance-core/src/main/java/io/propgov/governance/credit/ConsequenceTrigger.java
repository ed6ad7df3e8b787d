package io.propgov.governance.credit;

import java.util.Objects;
import java.util.Set;

/**
 * When a consequence applies: to the grades listed, or to a company on the blacklist, or both.
 *
 * @param consequence the consequence, never null
 * @param grades the grade codes that bring it, never null (may be empty)
 * @param whenListed whether a listing brings it
 * @since 0.1.0
 */
public record ConsequenceTrigger(Consequence consequence, Set<String> grades, boolean whenListed) {

  /** Checks the parts. */
  public ConsequenceTrigger {
    Objects.requireNonNull(consequence, "consequence");
    grades = Set.copyOf(grades);
    if (grades.isEmpty() && !whenListed) {
      throw new IllegalArgumentException("consequence " + consequence + " applies to nothing: name grades, or a"
          + " listing, or both");
    }
  }
}
