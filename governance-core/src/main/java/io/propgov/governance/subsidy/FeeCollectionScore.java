package io.propgov.governance.subsidy;

import io.propgov.governance.policy.Fraction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Points for fee collection: the first band, highest first, whose share the rate reaches, plus
 * the first bonus band it reaches (Caolu: at least 65% gives 40 points, at least 70% 10 more).
 * A rate below every band scores 0.
 *
 * @param bands the bands, shares strictly falling and points not rising, at least one, never null
 * @param bonuses the bonus bands in the same order, may be empty, never null
 * @since 0.1.0
 */
public record FeeCollectionScore(List<ScoreBand> bands, List<ScoreBand> bonuses) {

  /**
   * Checks that each list falls: a higher rate never scores fewer points, so raising fee
   * collection never lowers an amount.
   */
  public FeeCollectionScore {
    bands = List.copyOf(bands);
    bonuses = List.copyOf(bonuses);
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("fee collection scoring needs at least one band");
    }
    falling(bands, "bands");
    falling(bonuses, "bonuses");
  }

  private static void falling(List<ScoreBand> list, String name) {
    for (int i = 1; i < list.size(); i++) {
      if (list.get(i).atLeast().compareTo(list.get(i - 1).atLeast()) >= 0
          || list.get(i).points().compareTo(list.get(i - 1).points()) > 0) {
        throw new IllegalArgumentException(name + " must be listed highest share first, shares strictly falling and"
            + " points not rising; entry " + i + " breaks the order");
      }
    }
  }

  /** The band a rate reaches, highest first. @param rate the rate @param list the bands @return the band */
  static Optional<ScoreBand> reached(Fraction rate, List<ScoreBand> list) {
    return list.stream().filter(b -> rate.compareTo(b.atLeast()) >= 0).findFirst();
  }

  /** Returns the most points the bands and bonuses give. @return the maximum, never null */
  public BigDecimal max() {
    return bands.get(0).points().add(bonuses.isEmpty() ? BigDecimal.ZERO : bonuses.get(0).points());
  }
}
