package io.propgov.governance.money;

import java.time.LocalDate;

/**
 * How often an item is disclosed: the calendar periods it covers, each of whole months.
 *
 * @since 0.3.0
 */
public enum Frequency {
  /** Every calendar quarter (January to March, April to June, ...). */
  QUARTERLY(3),
  /** Every calendar half year (January to June, July to December). */
  HALF_YEARLY(6),
  /** Every calendar year. */
  YEARLY(12);

  private final int months;

  Frequency(int months) {
    this.months = months;
  }

  /**
   * Returns the first day of the period holding a date.
   *
   * @param date the date, not null
   * @return the period's first day, never null
   */
  public LocalDate start(LocalDate date) {
    int month = (date.getMonthValue() - 1) / months * months + 1;
    return LocalDate.of(date.getYear(), month, 1);
  }

  /**
   * Returns the last day of the period holding a date.
   *
   * @param date the date, not null
   * @return the period's last day, never null
   */
  public LocalDate end(LocalDate date) {
    return start(date).plusMonths(months).minusDays(1);
  }
}
