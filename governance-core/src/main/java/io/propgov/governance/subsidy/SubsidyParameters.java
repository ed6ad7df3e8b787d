package io.propgov.governance.subsidy;

import io.propgov.governance.policy.ParameterKey;
import java.util.List;

/**
 * The policy parameters of the subsidy rules. Each is optional and independent of the other: a
 * city may run award programmes without a cost-sharing rule (Shanghai Caolu) or the reverse.
 * Without programmes the engine judges no applications; without cost sharing, no cost shares.
 *
 * @since 0.1.0
 */
public final class SubsidyParameters {

  /** The subsidy and award programmes, with their criteria, scoring, amounts and budgets. */
  public static final ParameterKey<Programmes> PROGRAMMES = ParameterKey.of("subsidy.programmes", Programmes.class,
      "the subsidy and award programmes: eligibility criteria, scoring, payout bands, base amounts and budgets",
      p -> null);

  /** The government's share of each kind of work in old estates; owners pay the rest. */
  public static final ParameterKey<CostSharing> COST_SHARING = ParameterKey.of("subsidy.cost-sharing",
      CostSharing.class, "the government's share of each kind of work; the owners who benefit pay the rest",
      c -> null);

  /** Every key of this rule area. */
  public static final List<ParameterKey<?>> ALL = List.of(PROGRAMMES, COST_SHARING);

  private SubsidyParameters() {}
}
