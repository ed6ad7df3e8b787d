package io.propgov.governance.json;

import io.propgov.governance.estate.Estate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The content of a facts document: the estates to judge and, when the document sets one, the
 * date the decisions speak for.
 *
 * @param estates the estates, in document order, never null
 * @param asOf the date the document sets for the decisions, or null when it sets none
 * @since 0.1.0
 */
public record Facts(List<Estate> estates, LocalDate asOf) {

  /**
   * Copies the estates.
   *
   * @throws NullPointerException if {@code estates} or one of them is null
   */
  public Facts {
    estates = List.copyOf(estates);
  }

  /**
   * Creates facts that set no date.
   *
   * @param estates the estates, not null
   */
  public Facts(List<Estate> estates) {
    this(estates, null);
  }

  /**
   * Returns the date the document sets for the decisions.
   *
   * @return the date, empty when the document sets none
   */
  public Optional<LocalDate> asOfDate() {
    return Optional.ofNullable(asOf);
  }
}
