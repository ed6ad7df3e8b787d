package io.propgov.governance.credit;

import io.propgov.governance.explain.LabelledIds;
import io.propgov.governance.internal.Definitions;
import io.propgov.governance.policy.Extensible;
import java.util.List;

/**
 * The credit consequences a policy defines ({@code credit.consequence-types}), in the order they
 * are reported: each with its names and whether it is favourable. A consequence rule and a subsidy
 * criterion must name one of them. A child policy that sets the list adds to its parent's.
 *
 * @param consequences the defined consequences, each id once, never null
 * @since 0.2.0
 */
public record ConsequenceTypes(List<Consequence> consequences)
    implements LabelledIds<Consequence>, Extensible<ConsequenceTypes> {

  /** Checks that every consequence is defined and no id is given twice. */
  public ConsequenceTypes {
    consequences = Definitions.defined(consequences, "credit consequence", "its names and favourable flag");
  }

  /**
   * Returns the defined consequences, in order.
   *
   * @return the consequences, never null
   */
  @Override
  public List<Consequence> entries() {
    return consequences;
  }

  /** Compares the definitions in full: two lists naming an entry differently are different values. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ConsequenceTypes other && definitions().equals(other.definitions());
  }

  @Override
  public int hashCode() {
    return definitions().hashCode();
  }

  @Override
  public ConsequenceTypes over(ConsequenceTypes inherited) {
    return new ConsequenceTypes(Definitions.over(consequences, inherited.consequences(), Consequence::id));
  }
}
