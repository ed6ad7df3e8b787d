package io.propgov.governance.estate;

import java.util.Objects;

/**
 * A property service company (物业服务企业) serving an estate under a service contract.
 *
 * @param id the company's id, such as its unified social credit code, never blank
 * @param name the company's name, never null
 * @since 0.1.0
 */
public record PropertyCompany(String id, String name) {

  /** Checks that the id is given. */
  public PropertyCompany {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("company id must not be blank");
    }
    name = name == null ? "" : name;
  }
}
