package io.propgov.governance.service;

import io.propgov.governance.explain.Label;
import java.util.Objects;

/**
 * A service an estate may receive, such as cleaning (清扫保洁) or in-home appliance repair.
 *
 * @param code the item's stable code, such as {@code cleaning}, never blank
 * @param name its English and Chinese names, never null
 * @param basic whether it is one of the basic services (Wuhan's "five guarantees", 五保) rather
 *     than a value-added one
 * @since 0.1.0
 */
public record ServiceItem(String code, Label name, boolean basic) {

  /** Checks that the code and name are given. */
  public ServiceItem {
    Catalogues.requireCode(code, "service item");
    Objects.requireNonNull(name, "name");
  }
}
