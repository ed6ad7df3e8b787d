package io.propgov.governance.credit;

import io.propgov.governance.internal.Definitions;
import io.propgov.governance.policy.Extensible;
import java.util.List;
import java.util.Objects;

/**
 * The credit consequences a policy defines ({@code credit.consequence-types}), in the order they
 * are reported: each with its names and whether it is favourable. A consequence rule and a subsidy
 * criterion must name one of them. A child policy that sets the list adds to its parent's.
 *
 * @param consequences the defined consequences, each id once, never null
 * @since 0.2.0
 */
public record ConsequenceTypes(List<Consequence> consequences) implements Extensible<ConsequenceTypes> {

  /** Checks that every consequence is defined and no id is given twice. */
  public ConsequenceTypes {
    consequences = Definitions.distinct(consequences, Consequence::id, "credit consequence");
    for (Consequence c : consequences) {
      if (!c.defined()) {
        throw new IllegalArgumentException("credit consequence '" + c.id() + "' needs its names and favourable flag");
      }
    }
  }

  /**
   * Returns the definition of a consequence.
   *
   * @param consequence the consequence, by id, not null
   * @return the defined consequence, or null when the list does not define it
   */
  public Consequence find(Consequence consequence) {
    Objects.requireNonNull(consequence, "consequence");
    for (Consequence c : consequences) {
      if (c.equals(consequence)) {
        return c;
      }
    }
    return null;
  }

  /** Returns the ids, in order. @return the ids, never null */
  public List<String> ids() {
    return consequences.stream().map(Consequence::id).toList();
  }

  /**
   * Compares the definitions in full (id, names and flags), not only the ids by which the entries
   * themselves are equal: two lists naming an entry differently are different values.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ConsequenceTypes other && full().equals(other.full());
  }

  @Override
  public int hashCode() {
    return full().hashCode();
  }

  private List<List<Object>> full() {
    return consequences.stream().map(c -> List.<Object>of(c.id(), c.label(), c.favourable())).toList();
  }

  @Override
  public ConsequenceTypes over(ConsequenceTypes inherited) {
    return new ConsequenceTypes(Definitions.over(consequences, inherited.consequences(), Consequence::id));
  }
}
