package io.propgov.governance.money;

import io.propgov.governance.explain.Label;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An item a company must disclose to the owners, as a policy defines it: its id and names, how
 * often it is due and how many days after its period ends it may be published.
 *
 * @param id the item's id, capital letters, digits and underscores, never null
 * @param name its names in English and Chinese, never null
 * @param frequency how often it is due, never null
 * @param graceDays days after the period's last day by which it is due, 0 or more
 * @since 0.3.0
 */
public record DisclosureItem(String id, Label name, Frequency frequency, int graceDays) {

  /** The form of a policy-defined id. */
  static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");

  /** Checks the parts. */
  public DisclosureItem {
    requireId(id, "disclosure item");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(frequency, "frequency");
    if (graceDays < 0) {
      throw new IllegalArgumentException("disclosure item " + id + ": graceDays must be 0 or more, was " + graceDays);
    }
  }

  static void requireId(String id, String what) {
    Objects.requireNonNull(id, what + " id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(what + " id '" + id
          + "' must be capital letters, digits and underscores, starting with a letter");
    }
  }
}
