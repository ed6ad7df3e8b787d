package io.propgov.governance.credit;

import io.propgov.governance.explain.Label;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One credit grade and the score it starts at: "AAA at 85 or more".
 *
 * @param code the grade's stable code, such as {@code AAA}, never blank
 * @param en its English name, never blank
 * @param zh its Chinese name, never blank
 * @param atLeast the lowest score of the band, inclusive; null for the lowest band, which takes
 *     every score below the others
 * @since 0.1.0
 */
public record GradeBand(String code, String en, String zh, BigDecimal atLeast) {

  /** Checks the names. */
  public GradeBand {
    new Label(Objects.requireNonNull(en, "en"), Objects.requireNonNull(zh, "zh"));
    Objects.requireNonNull(code, "code");
    if (code.isBlank()) {
      throw new IllegalArgumentException("a grade code must not be blank");
    }
  }

  /** Returns the grade's name in both languages. @return the label, never null */
  public Label label() {
    return new Label(en, zh);
  }
}
