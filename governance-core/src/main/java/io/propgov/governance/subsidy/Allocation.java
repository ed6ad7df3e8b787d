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
 * How a programme's budget is shared among its eligible applicants: the total granted never
 * exceeds the budget and equals the smaller of budget and demand, to the fen.
 *
 * @param programmeId the programme, never null
 * @param programme its name, never null
 * @param method the policy's method, applied when demand exceeds the budget, never null
 * @param budget the budget in CNY, scale 2, never null
 * @param demand the sum of the eligible amounts in CNY, scale 2, never null
 * @param granted the sum granted in CNY, scale 2, never null
 * @param shares each applicant's share, in rank order, never null
 * @since 0.1.0
 */
public record Allocation(String programmeId, Label programme, AllocationMethod method, BigDecimal budget,
    BigDecimal demand, BigDecimal granted, List<AllocationShare> shares) implements Conclusion {

  /** Checks the parts and copies the list. */
  public Allocation {
    Objects.requireNonNull(programmeId, "programmeId");
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(granted, "granted");
    shares = List.copyOf(shares);
  }

  /** Returns whether every eligible amount is paid in full. @return true when demand is within the budget */
  public boolean inFull() {
    return demand.compareTo(budget) <= 0;
  }

  @Override
  public String messageKey() {
    return "subsidy.allocation." + (inFull() ? "FULL" : method.name());
  }

  @Override
  public List<Figure> headlineFigures() {
    return List.of(Figure.of("budget", Fraction.of(budget), Unit.CNY), Figure.of("demand", Fraction.of(demand), Unit.CNY),
        Figure.of("granted", Fraction.of(granted), Unit.CNY));
  }

  @Override
  public Map<String, Label> headlineLabels() {
    return Map.of("programme", programme);
  }
}
