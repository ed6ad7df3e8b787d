package io.propgov.governance.money;

import io.propgov.governance.constraint.NotBlankText;
import io.propgov.governance.internal.FactsStyle;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One item a company published for one period (Civil Code art. 943: what it must regularly
 * disclose to the owners).
 *
 * @param item the item, an id of the policy's disclosure items, never blank
 * @param period any day of the period the publication covers, never null
 * @param publishedOn the day it was published, never null
 * @param where where it was published (a notice board, an app), or null
 * @since 0.3.0
 */
@FactsStyle
@Value.Builder
public record Disclosure(@NotNull @NotBlankText String item, @NotNull LocalDate period, @NotNull LocalDate publishedOn,
    @NotBlankText String where) implements WithDisclosure {

  /**
   * Returns a builder that never throws; build, then check the constraints.
   *
   * @return a new, empty builder
   */
  public static DisclosureBuilder builder() {
    return new DisclosureBuilder();
  }
}
