package io.propgov.governance.credit;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A policy's credit grades, highest first; each band takes the scores at or above its
 * {@code atLeast} and below the band above it, the last band every score below (Yantai: AAA at
 * 85 or more, AA 80 to below 85, A 70 to below 80, B 60 to below 70, C below 60).
 *
 * @param bands the bands, highest first, codes unique, {@code atLeast} strictly falling, only the
 *     last without {@code atLeast}; at least two
 * @since 0.1.0
 */
public record GradeBands(List<GradeBand> bands) {

  /** Checks the order of the bands. */
  public GradeBands {
    bands = List.copyOf(bands);
    if (bands.size() < 2) {
      throw new IllegalArgumentException("a grading has at least two bands");
    }
    Set<String> codes = new HashSet<>();
    BigDecimal previous = null;
    for (int i = 0; i < bands.size(); i++) {
      GradeBand band = bands.get(i);
      if (!codes.add(band.code())) {
        throw new IllegalArgumentException("grade code '" + band.code() + "' appears twice");
      }
      boolean last = i == bands.size() - 1;
      if (last != (band.atLeast() == null)) {
        throw new IllegalArgumentException("grade " + band.code() + ": every band but the last needs atLeast, and the"
            + " last (lowest) band takes every lower score, so it has none");
      }
      if (!last && previous != null && band.atLeast().compareTo(previous) >= 0) {
        throw new IllegalArgumentException("grade " + band.code() + ": atLeast " + band.atLeast().toPlainString()
            + " must be below the band above it (" + previous.toPlainString() + "); bands go highest first");
      }
      previous = band.atLeast();
    }
  }

  /**
   * Returns the band a score falls in, compared exactly: the first band whose {@code atLeast}
   * the score reaches, else the lowest.
   *
   * @param score the score, not null
   * @return the band, never null
   */
  public GradeBand gradeOf(BigDecimal score) {
    for (GradeBand band : bands) {
      if (band.atLeast() == null || score.compareTo(band.atLeast()) >= 0) {
        return band;
      }
    }
    throw new IllegalStateException("the lowest band takes every score");
  }

  /** Returns the lowest band. @return the band, never null */
  public GradeBand lowest() {
    return bands.get(bands.size() - 1);
  }

  /**
   * Returns the band of a code.
   *
   * @param code a grade code, not null
   * @return the band, empty when there is none of that code
   */
  public Optional<GradeBand> band(String code) {
    return bands.stream().filter(b -> b.code().equals(code)).findFirst();
  }
}
