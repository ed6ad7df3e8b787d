package io.propgov.governance.subsidy;

import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Label;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.policy.Fraction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A cost split between government and owners, and the owners' part per household by exclusive
 * area: government and owners add up to the total, and the households to the owners' part, to
 * the fen.
 *
 * @param costShareId the cost share, never null
 * @param kind the kind of work, never null
 * @param kindName its name, never null
 * @param estateId the estate, or null when not named
 * @param total the cost in CNY, scale 2, never null
 * @param governmentShare the government's share by the policy, never null
 * @param government what the government pays, in CNY, scale 2, never null
 * @param owners what the owners pay together, in CNY, scale 2, never null
 * @param households what each household pays, in the order given, never null
 * @since 0.1.0
 */
public record CostSplit(String costShareId, String kind, Label kindName, String estateId, BigDecimal total,
    Fraction governmentShare, BigDecimal government, BigDecimal owners, List<HouseholdShare> households)
    implements Conclusion {

  /** Checks the parts and copies the list. */
  public CostSplit {
    Objects.requireNonNull(costShareId, "costShareId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(kindName, "kindName");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(governmentShare, "governmentShare");
    Objects.requireNonNull(government, "government");
    Objects.requireNonNull(owners, "owners");
    households = List.copyOf(households);
  }

  @Override
  public String messageKey() {
    return "cost-share.split";
  }

  @Override
  public List<Figure> headlineFigures() {
    return List.of(Figure.of("total", Fraction.of(total), Unit.CNY),
        Figure.of("government", Fraction.of(government), Unit.CNY),
        Figure.of("owners", Fraction.of(owners), Unit.CNY), Figure.count("households", households.size()));
  }

  @Override
  public Map<String, String> headlineLiterals() {
    return Map.of("costShare", costShareId);
  }

  @Override
  public Map<String, Label> headlineLabels() {
    return Map.of("kind", kindName);
  }
}
