package io.propgov.governance.metrics;

import io.propgov.governance.error.InputError;
import io.propgov.governance.estate.Estate;
import io.propgov.governance.explain.Decision;
import io.propgov.governance.explain.Figure;
import io.propgov.governance.explain.Outcome;
import io.propgov.governance.explain.Reason;
import io.propgov.governance.explain.Unit;
import io.propgov.governance.internal.Definitions;
import io.propgov.governance.internal.Problems;
import io.propgov.governance.org.OrgTree;
import io.propgov.governance.policy.Fraction;
import io.propgov.governance.policy.GovernancePolicy;
import io.propgov.governance.policy.ParameterValue;
import io.propgov.governance.policy.PolicyRef;
import io.propgov.governance.satisfaction.RoundStatus;
import io.propgov.governance.service.ServiceMode;
import io.propgov.governance.service.ServiceParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Computes the city rates a policy defines for every unit of a tree in one linear pass: each
 * estate counts once, at the unit it is attached to, and every unit's figures are the sums over
 * its subtree. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class RateRules {

  /**
   * The id of this area: the city rates.
   *
   * @since 0.3.0
   */
  public static final String AREA = "metrics";

  private RateRules() {}

  /**
   * Returns the rates a policy defines on a date.
   *
   * @param policy the policy, not null
   * @param asOf the date, not null
   * @return the definitions in force, {@link RateDefinitions#NONE} when the policy sets none then
   * @since 0.3.0
   */
  public static RateDefinitions definitions(GovernancePolicy policy, LocalDate asOf) {
    return policy.timeline(MetricsParameters.RATES).flatMap(t -> t.at(asOf)).map(ParameterValue::value)
        .orElse(RateDefinitions.NONE);
  }

  /**
   * Checks a policy's rate definitions: every management mode a rate counts must be one that
   * {@code service.modes} in force on the same date defines, each error naming its pointer and the
   * defined ids. A policy that defines no modes takes mode ids as the facts give them, as it does
   * for an estate's mode.
   *
   * @param policy the policy, not null
   * @return every error, empty when none, never null
   * @since 0.3.0
   */
  public static List<InputError> check(GovernancePolicy policy) {
    Problems problems = new Problems();
    policy.timeline(MetricsParameters.RATES).ifPresent(rates -> policy.timeline(ServiceParameters.MODES)
        .ifPresent(modes -> Definitions.checkDefined(MetricsParameters.RATES, rates, ServiceParameters.MODES,
            Optional.of(modes), m -> m.ids(), "service mode", (value, sink) -> {
              for (int r = 0; r < value.rates().size(); r++) {
                List<ServiceMode> listed = value.rates().get(r).modes();
                for (int m = 0; m < listed.size(); m++) {
                  sink.accept("/" + r + "/modes/" + m, listed.get(m).id());
                }
              }
            }, problems)));
    return problems.errors();
  }

  /**
   * Rolls the rates a policy defines up a tree.
   *
   * @param tree the tree, not null
   * @param estates the estates, each attached to a unit of the tree; others are left out, not null
   * @param definitions the rates to compute, in the order they are reported, not null
   * @param latestValidRating the status of an estate's latest valid rating by the as-of date,
   *     empty when it has none (the engine supplies it from the satisfaction rules), not null
   * @param asOf the date: surveys and votes after it are not yet known, not null
   * @return each unit's rates over its subtree, by unit id, in the order the units were given
   * @since 0.3.0
   */
  public static Map<String, UnitRates> rollUp(OrgTree tree, List<Estate> estates, RateDefinitions definitions,
      Function<Estate, Optional<RoundStatus>> latestValidRating, LocalDate asOf) {
    List<RateDefinition> rates = definitions.rates();
    boolean readsRatings = rates.stream().anyMatch(d -> readsRatings(d.numerator()) || readsRatings(d.denominator()));
    Ratio[] none = new Ratio[rates.size()];
    Arrays.fill(none, Ratio.NONE);
    Map<String, UnitRates> own = new HashMap<>();
    for (Estate estate : estates) {
      estate.unit().filter(tree::contains).ifPresent(unit -> {
        EstateCounts counts = new EstateCounts(estate,
            readsRatings ? latestValidRating.apply(estate) : Optional.empty(), asOf);
        own.merge(unit, new UnitRates(unit, 1, rates, ratios(rates, counts)), UnitRates::plus);
      });
    }
    return tree.rollUp(u -> own.getOrDefault(u.id(), new UnitRates(u.id(), 0, rates, none)), UnitRates::plus);
  }

  private static boolean readsRatings(Measure measure) {
    return measure == Measure.RATED_ESTATES || measure == Measure.ESTATES_RATED_PASSED;
  }

  /** One estate's numerator and denominator of every rate. */
  private static Ratio[] ratios(List<RateDefinition> rates, EstateCounts counts) {
    Ratio[] ratios = new Ratio[rates.size()];
    for (int i = 0; i < ratios.length; i++) {
      RateDefinition rate = rates.get(i);
      ratios[i] = new Ratio(rate.numerator().of(counts, rate.modes()), rate.denominator().of(counts, rate.modes()));
    }
    return ratios;
  }

  /**
   * Explains a unit's rates: one reason per rate with its numerator, denominator and share, in the
   * policy's order, each citing the rate's source. A rate with nothing to count (0 of 0) is not
   * applicable, never 0%.
   *
   * @param rates the unit's rates, not null
   * @param policy the policy the rates were computed under, not null
   * @param asOf the date, not null
   * @return the decision, never null
   */
  public static Decision<UnitRates> explain(UnitRates rates, PolicyRef policy, LocalDate asOf) {
    List<Reason> reasons = new ArrayList<>();
    for (Rate rate : rates.rates()) {
      reasons.add(reason(rate.definition(), rate.ratio()));
    }
    return new Decision<>(rates, reasons, policy, asOf);
  }

  private static Reason reason(RateDefinition rate, Ratio ratio) {
    Optional<Fraction> share = ratio.share();
    List<Figure> figures = new ArrayList<>(List.of(Figure.of("numerator", Fraction.of(ratio.numerator()), rate.unit()),
        Figure.of("denominator", Fraction.of(ratio.denominator()), rate.unit())));
    share.ifPresent(s -> figures.add(Figure.of("rate", s, Unit.SHARE)));
    if (rate.ruleId().equals(MetricsRuleIds.RATE)) {
      // A city's own rate: its message shows the names the policy gives and what it counts.
      figures.add(Figure.text("id", rate.id()));
      figures.add(Figure.text("nameEn", rate.label().en()));
      figures.add(Figure.text("nameZh", rate.label().zh()));
      figures.add(Figure.term("part", "MEASURE_" + rate.numerator().name()));
      figures.add(Figure.term("whole", "MEASURE_" + rate.denominator().name()));
    }
    return Reason.noted(rate.ruleId(), share.isPresent() ? Outcome.MET : Outcome.NOT_APPLICABLE, rate.source(),
        figures.toArray(Figure[]::new));
  }
}
