package io.propgov.governance.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A company's grade at the close of one assessment cycle.
 *
 * @param start the cycle's first day, never null
 * @param end the cycle's last day, on which it is graded, never null
 * @param score the score on that day, never null
 * @param grade the grade code on that day, never null
 * @param lowest whether that is the lowest grade
 * @since 0.1.0
 */
public record CycleGrade(LocalDate start, LocalDate end, BigDecimal score, String grade, boolean lowest) {

  /** Checks that every part is given. */
  public CycleGrade {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(grade, "grade");
  }
}
