package io.propgov.governance.credit;

import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Figure;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The joint rewards and punishments in force for a company on a date: what other rule areas
 * (subsidies, bidding) ask, never re-derive.
 *
 * @param companyId the company's id, never null
 * @param grade the company's grade code on the date, never null
 * @param listed whether it is on the blacklist on the date
 * @param inForce the consequences in force, in the SDK's order of {@link Consequence}, never null
 * @since 0.1.0
 */
public record ConsequencesInForce(String companyId, String grade, boolean listed, List<ConsequenceInForce> inForce)
    implements Conclusion {

  /** Checks the parts and copies the list. */
  public ConsequencesInForce {
    Objects.requireNonNull(companyId, "companyId");
    Objects.requireNonNull(grade, "grade");
    inForce = List.copyOf(inForce);
  }

  /**
   * Returns whether a consequence is in force.
   *
   * @param consequence the consequence, not null
   * @return true when it is
   */
  public boolean has(Consequence consequence) {
    return inForce.stream().anyMatch(c -> c.consequence().equals(consequence));
  }

  @Override
  public String messageKey() {
    return "credit.consequences." + (inForce.isEmpty() ? "NONE" : "SOME");
  }

  @Override
  public List<Figure> headlineFigures() {
    long rewards = inForce.stream().filter(ConsequenceInForce::reward).count();
    return List.of(Figure.count("rewards", rewards), Figure.count("punishments", inForce.size() - rewards));
  }

  @Override
  public Map<String, String> headlineLiterals() {
    return Map.of("company", companyId, "grade", grade);
  }
}
