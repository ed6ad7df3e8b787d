package io.propgov.governance.subsidy;

import static io.propgov.governance.subsidy.Scoring.money;

import io.propgov.governance.policy.Citation;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.policy.Fraction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Splits a cost between government and owners, then the owners' part by exclusive area. */
final class CostSplitter {

  /** A split with its reasons. */
  record Splitted(CostSplit split, List<Reason> reasons) {}

  private CostSplitter() {}

  static Splitted split(CostShare cost, CostShareKind rule, Citation source) {
    List<Reason> reasons = new ArrayList<>();
    Fraction share = rule.governmentShare();
    // Both sides rounded by largest remainder: the government's part is its exact share to within a fen.
    Apportionment sides = Apportionment.of(Money.fen(cost.total()), List.of(share, Fraction.ONE.minus(share)),
        Comparator.naturalOrder());
    BigDecimal government = Money.yuan(sides.parts().get(0));
    BigDecimal owners = Money.yuan(sides.parts().get(1));
    reasons.add(Reason.noted(SubsidyRuleIds.COST_SHARE_GOVERNMENT, Outcome.MET, source,
        Figure.of("share", share, Unit.SHARE),
        money("total", cost.total()), Figure.of("exact", sides.exact().get(0).dividedBy(Fraction.of(100)), Unit.CNY),
        money("government", government)));
    BigDecimal totalArea = cost.households().stream().map(HouseholdArea::area).reduce(BigDecimal.ZERO, BigDecimal::add);
    Figure area = Figure.of("totalArea", Fraction.of(totalArea), Unit.SQUARE_METRES);
    reasons.add(Reason.noted(SubsidyRuleIds.COST_SHARE_OWNERS, Outcome.MET, source, money("owners", owners), area,
        Figure.count("households", cost.households().size())));
    List<HouseholdArea> households = cost.households();
    Apportionment byArea = Apportionment.of(sides.parts().get(1),
        households.stream().map(h -> Fraction.of(h.area())).toList(),
        Comparator.comparing(i -> households.get(i).id()));
    List<HouseholdShare> shares = new ArrayList<>();
    for (int i = 0; i < households.size(); i++) {
      HouseholdArea h = households.get(i);
      BigDecimal amount = Money.yuan(byArea.parts().get(i));
      shares.add(new HouseholdShare(h.id(), h.area(), amount));
      reasons.add(Reason.noted(SubsidyRuleIds.COST_SHARE_HOUSEHOLD, Outcome.MET, source,
          Figure.text("household", h.id()),
          Figure.of("area", Fraction.of(h.area()), Unit.SQUARE_METRES), area,
          Figure.of("exact", byArea.exact().get(i).dividedBy(Fraction.of(100)), Unit.CNY), money("amount", amount)));
    }
    return new Splitted(new CostSplit(cost.id(), rule.kind(), rule.name(), cost.estateId(), cost.total(), share,
        government, owners, shares), reasons);
  }
}
