package io.propgov.governance.service;

import io.propgov.governance.explain.Label;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A level of property service: the items an estate must receive and the standards it must
 * reach to be at this tier, and the guide fee for it. Tiers are ordered in a
 * {@link ServiceCatalogue}, lowest first, each at least as demanding as the one below.
 *
 * @param code the tier's stable code, such as {@code level-2}, never blank
 * @param name its English and Chinese names, never null
 * @param requiredItems the codes of the items the estate must receive, no duplicates, never null
 * @param standards the standards it must reach, at most one per metric, never null
 * @param monthlyFee the guide fee in CNY per m² of building area per month, not negative, never null
 * @since 0.1.0
 */
public record ServiceTier(String code, Label name, List<String> requiredItems, List<ServiceStandard> standards,
    BigDecimal monthlyFee) {

  /** Checks the parts and copies the lists. */
  public ServiceTier {
    Catalogues.requireCode(code, "service tier");
    Objects.requireNonNull(name, "name");
    requiredItems = List.copyOf(requiredItems);
    standards = List.copyOf(standards);
    Objects.requireNonNull(monthlyFee, "monthlyFee");
    if (monthlyFee.signum() < 0) {
      throw new IllegalArgumentException("tier " + code + ": the monthly fee must not be negative, was "
          + monthlyFee.toPlainString());
    }
  }
}
