package io.propgov.governance.credit;

import io.propgov.governance.explain.DefinedList;
import java.util.List;

/**
 * The credit consequences a policy defines ({@code credit.consequence-types}), in the order they
 * are reported: each with its names and whether it is favourable. A consequence rule and a subsidy
 * criterion must name one of them. A child policy that sets the list adds to its parent's.
 *
 * @since 0.2.0
 */
public final class ConsequenceTypes extends DefinedList<Consequence, ConsequenceTypes> {

  /**
   * Checks that every entry is defined and no id is given twice.
   *
   * @param consequences the defined entries, in order, each id once, not null
   * @throws IllegalArgumentException if an id is given twice or an entry lacks its definition
   */
  public ConsequenceTypes(List<Consequence> consequences) {
    super(consequences, "credit consequence", "its names and favourable flag");
  }

  /**
   * Returns the defined entries, in order.
   *
   * @return the entries, never null
   */
  public List<Consequence> consequences() {
    return entries();
  }

  @Override
  protected ConsequenceTypes with(List<Consequence> entries) {
    return new ConsequenceTypes(entries);
  }
}
