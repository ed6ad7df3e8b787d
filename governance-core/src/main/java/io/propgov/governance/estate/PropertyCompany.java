package io.propgov.governance.estate;

import io.propgov.governance.constraint.NotBlankText;
import io.propgov.governance.internal.FactsStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A property service company (物业服务企业) serving an estate under a service contract.
 *
 * @param id the company's id, such as its unified social credit code, never blank
 * @param name the company's name, never null
 * @param party its party organisation, or null when not known
 * @param qualitySupervisor the person serving as its voluntary quality supervisor (义务质量总监),
 *     or null when none ("two-way entry": a community committee member should)
 * @param partyHead the person heading its party organisation, or null when none (who should
 *     sit on the community committee)
 * @since 0.1.0
 */
@FactsStyle
@Value.Builder
public record PropertyCompany(@NotNull @NotBlankText String id, String name, @Valid PartyStatus party,
    @NotBlankText String qualitySupervisor, @NotBlankText String partyHead) implements WithPropertyCompany {

  /**
   * Normalises only; the field constraints are checked by {@code FactsConstraints}, all at once.
   */
  public PropertyCompany {
    name = name == null ? "" : name;
  }

  /**
   * Returns a builder that never throws; build, then check the constraints.
   *
   * @return a new, empty builder
   */
  public static PropertyCompanyBuilder builder() {
    return new PropertyCompanyBuilder();
  }

  /**
   * Creates a company known only by id and name.
   *
   * @param id the company's id, never blank
   * @param name the company's name
   */
  public PropertyCompany(String id, String name) {
    this(id, name, null, null, null);
  }

  /** Returns the company's party organisation. @return the status, empty when not known */
  public Optional<PartyStatus> partyStatus() {
    return Optional.ofNullable(party);
  }
}
