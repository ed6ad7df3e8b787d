package io.propgov.governance.estate;

import java.util.Objects;
import java.util.Optional;

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
public record PropertyCompany(String id, String name, PartyStatus party, String qualitySupervisor, String partyHead) {

  /** Checks that the id is given. */
  public PropertyCompany {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("company id must not be blank");
    }
    name = name == null ? "" : name;
    if ((qualitySupervisor != null && qualitySupervisor.isBlank()) || (partyHead != null && partyHead.isBlank())) {
      throw new IllegalArgumentException("company " + id + ": qualitySupervisor and partyHead name a person, or are"
          + " left out; they must not be blank");
    }
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
