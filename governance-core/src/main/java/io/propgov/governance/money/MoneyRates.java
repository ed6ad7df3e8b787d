package io.propgov.governance.money;

import io.propgov.governance.explain.Conclusion;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.metrics.Ratio;
import io.propgov.governance.org.OrgTree;
import io.propgov.governance.policy.Citation;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.PolicyRef;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Wuhan Jiang'an's two shares for one unit, over the estates of its subtree whose yearly account
 * is known: the share that break even (income at least cost) and the share that collect fees. Kept
 * as numerators and denominators, so that they roll up by adding, never by averaging averages.
 *
 * @param unitId the unit, never null
 * @param estates the estates with a known account in its subtree
 * @param breakEven estates whose income covers their cost / estates with an account, never null
 * @param collecting estates that collect fees / estates with an account, never null
 * @since 0.3.0
 */
public record MoneyRates(String unitId, int estates, Ratio breakEven, Ratio collecting) implements Conclusion {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Checks the parts. */
  public MoneyRates {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(breakEven, "breakEven");
    Objects.requireNonNull(collecting, "collecting");
  }

  /**
   * Returns the sum of two units' figures, named for this unit.
   *
   * @param other not null
   * @return the added rates
   */
  public MoneyRates plus(MoneyRates other) {
    return new MoneyRates(unitId, estates + other.estates, breakEven.plus(other.breakEven),
        collecting.plus(other.collecting));
  }

  @Override
  public String messageKey() {
    return "money.rates";
  }

  @Override
  public List<Figure> headlineFigures() {
    List<Figure> figures = new ArrayList<>(List.of(Figure.count("estates", estates)));
    figures.add(percent("breakEven", breakEven));
    figures.add(percent("collecting", collecting));
    return figures;
  }

  @Override
  public Map<String, String> headlineLiterals() {
    return Map.of("unit", unitId);
  }

  /** A share as a percentage to two decimals, half up, as the published figures are given; 0 of 0 shows 0. */
  static Figure percent(String name, Ratio ratio) {
    Optional<Fraction> share = ratio.share();
    BigDecimal percent = share.map(s -> s.times(Fraction.of(HUNDRED)).toDecimal(2, RoundingMode.HALF_UP))
        .orElse(BigDecimal.ZERO);
    return Figure.of(name, Fraction.of(percent), Unit.NUMBER);
  }

  /**
   * Rolls the two shares up a tree: each estate with a known account counts once, at its unit.
   *
   * @param tree the tree, not null
   * @param unitOfEstate each estate's unit, by estate id, not null
   * @param money the estates' money facts; those without an account or a unit of the tree are left out, not null
   * @return each unit's shares over its subtree, by unit id, in the order the units were given
   */
  public static Map<String, MoneyRates> rollUp(OrgTree tree, Map<String, String> unitOfEstate, List<EstateMoney> money) {
    Map<String, MoneyRates> own = new HashMap<>();
    for (EstateMoney m : money) {
      String unit = m == null || m.ledger() == null ? null : unitOfEstate.get(m.estateId());
      if (unit != null && tree.contains(unit)) {
        Ledger ledger = m.ledger();
        own.merge(unit, new MoneyRates(unit, 1, Ratio.of(ledger.income().compareTo(ledger.cost()) >= 0 ? 1 : 0, 1),
            Ratio.of(ledger.collectsFees() ? 1 : 0, 1)), MoneyRates::plus);
      }
    }
    return tree.rollUp(u -> own.getOrDefault(u.id(), new MoneyRates(u.id(), 0, Ratio.NONE, Ratio.NONE)),
        MoneyRates::plus);
  }

  /**
   * Explains a unit's shares: one reason for each, with its numerator, denominator, exact share
   * and the percentage to two decimals.
   *
   * @param rates the unit's shares, not null
   * @param policy the policy, not null
   * @param asOf the date, not null
   * @return the decision, never null
   */
  public static Decision<MoneyRates> explain(MoneyRates rates, PolicyRef policy, LocalDate asOf) {
    return new Decision<>(rates, List.of(reason(MoneyRuleIds.RATE_BREAK_EVEN, rates.breakEven),
        reason(MoneyRuleIds.RATE_COLLECTING, rates.collecting)), policy, asOf);
  }

  private static Reason reason(String ruleId, Ratio ratio) {
    Citation source = MoneyRules.JIANGAN;
    List<Figure> figures = new ArrayList<>(List.of(Figure.of("numerator", Fraction.of(ratio.numerator()), Unit.COUNT),
        Figure.of("denominator", Fraction.of(ratio.denominator()), Unit.COUNT)));
    ratio.share().ifPresent(s -> {
      figures.add(Figure.of("rate", s, Unit.SHARE));
      figures.add(percent("percent", ratio));
    });
    return Reason.noted(ruleId, ratio.share().isPresent() ? Outcome.MET : Outcome.NOT_APPLICABLE, source,
        figures.toArray(Figure[]::new));
  }
}
