package io.propgov.governance.satisfaction;

import io.propgov.governance.internal.WholeNumbers;
import io.propgov.governance.policy.ParameterKey;
import io.propgov.governance.policy.Threshold;
import java.math.BigDecimal;
import java.util.List;

/**
 * The policy parameters of the satisfaction rating rules.
 *
 * @since 0.1.0
 */
public final class SatisfactionParameters {

  /** The range of scores an answer may take (e.g. 0 to 100). */
  public static final ParameterKey<Scale> SCALE = ParameterKey.of("satisfaction.scale", Scale.class,
      "the range of scores a survey answer may take", s -> null);

  /** How much each respondent group counts in the weighted score. */
  public static final ParameterKey<GroupWeights> GROUP_WEIGHTS = ParameterKey.of("satisfaction.group-weights",
      GroupWeights.class, "the relative weight of each respondent group's mean score", w -> null);

  /** The weighted score a round must reach to pass (Handan: below the pass line fails; default 60). */
  public static final ParameterKey<BigDecimal> PASS_LINE = ParameterKey.of("satisfaction.pass-line",
      BigDecimal.class, "the weighted score at or above which a round passes", p -> null);

  /** The share of households that must answer for a round to be valid (default at least 60%, Shanghai Caolu). */
  public static final ParameterKey<Threshold> QUORUM = ParameterKey.of("satisfaction.quorum", Threshold.class,
      "the share of households that must answer for a round to be valid", q -> null);

  /** How many consecutive failed rounds let owners start a dismissal (default 1, Handan). */
  public static final ParameterKey<Integer> FAILURES_FOR_DISMISSAL = ParameterKey.of(
      "satisfaction.failures-for-dismissal", Integer.class,
      "how many consecutive failed rounds let owners start a dismissal",
      WholeNumbers.atLeast(1));

  /** What an invalid round does to a run of failures (default {@link InvalidRoundHandling#SKIP}). */
  public static final ParameterKey<InvalidRoundHandling> INVALID_ROUNDS = ParameterKey.of(
      "satisfaction.invalid-round-handling", InvalidRoundHandling.class,
      "whether an invalid round is passed over (SKIP) or ends a run of failures (RESET)", h -> null);

  /** Every key of this rule area. */
  public static final List<ParameterKey<?>> ALL = List.of(SCALE, GROUP_WEIGHTS, PASS_LINE, QUORUM,
      FAILURES_FOR_DISMISSAL, INVALID_ROUNDS);

  private SatisfactionParameters() {}
}
