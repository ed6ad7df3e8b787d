package io.propgov.governance.subsidy;

import io.propgov.governance.policy.Comparison;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The amount a programme pays before its payout band: flat (Wuhan's five-star companies,
 * 250,000 CNY) or by the estate's floor area (Caolu).
 *
 * @since 0.1.0
 */
public sealed interface BaseAmount {

  /**
   * The same amount for every application.
   *
   * @param amount the amount in CNY, whole fen, not negative, never null
   * @since 0.1.0
   */
  record Flat(BigDecimal amount) implements BaseAmount {
    /** Checks the amount and keeps it at scale 2. */
    public Flat {
      amount = Money.check(amount, "a flat amount");
    }
  }

  /**
   * An amount by floor area: the last band the estate's area reaches.
   *
   * @param bands the bands, lowest bound first, bounds strictly rising, the first at least 0 m²,
   *     never null
   * @since 0.1.0
   */
  record ByArea(List<AreaBand> bands) implements BaseAmount {
    /** Checks that the bands cover every area from 0 up and rise. */
    public ByArea {
      bands = List.copyOf(bands);
      if (bands.isEmpty() || bands.get(0).area().signum() != 0
          || bands.get(0).comparison() != Comparison.AT_LEAST) {
        throw new IllegalArgumentException("area bands must start with one that holds from at least 0 m²");
      }
      for (int i = 1; i < bands.size(); i++) {
        AreaBand previous = bands.get(i - 1);
        AreaBand band = bands.get(i);
        int c = band.area().compareTo(previous.area());
        boolean rises = c > 0 || (c == 0 && previous.comparison() == Comparison.AT_LEAST
            && band.comparison() == Comparison.MORE_THAN);
        if (!rises) {
          throw new IllegalArgumentException("area bands must be listed lowest bound first, bounds rising; band " + i
              + " does not rise above band " + (i - 1));
        }
      }
    }

    /** The band an estate's area falls in. */
    Optional<AreaBand> band(BigDecimal area) {
      AreaBand found = null;
      for (AreaBand b : bands) {
        if (b.reachedBy(area)) {
          found = b;
        }
      }
      return Optional.ofNullable(found);
    }
  }
}
