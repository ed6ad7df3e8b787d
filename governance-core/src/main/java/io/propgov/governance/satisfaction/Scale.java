package io.propgov.governance.satisfaction;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The range of scores a survey answer may take, both ends included, such as 0 to 100.
 *
 * @param min the lowest score, never null
 * @param max the highest score, greater than {@code min}, never null
 * @since 0.1.0
 */
public record Scale(BigDecimal min, BigDecimal max) {

  /** Checks that both ends are given and {@code min < max}. */
  public Scale {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    if (min.compareTo(max) >= 0) {
      throw new IllegalArgumentException("scale min " + min.toPlainString() + " must be below max " + max.toPlainString());
    }
  }

  /** Returns whether a score lies on the scale. @param score not null @return true when min ≤ score ≤ max */
  public boolean contains(BigDecimal score) {
    return score.compareTo(min) >= 0 && score.compareTo(max) <= 0;
  }

  @Override
  public String toString() {
    return min.toPlainString() + "–" + max.toPlainString();
  }
}
