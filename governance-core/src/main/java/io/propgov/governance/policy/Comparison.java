package io.propgov.governance.policy;

/**
 * How an actual figure is compared with a threshold.
 *
 * @since 0.1.0
 */
public enum Comparison {
  /** The actual figure meets the threshold when it is equal to it or greater ("at least"). */
  AT_LEAST("≥"),
  /** The actual figure meets the threshold only when it is strictly greater ("more than"). */
  MORE_THAN(">"),
  /**
   * The actual figure meets the threshold when it is equal to it or smaller ("at most"), for
   * standards where less is better, such as minutes to respond on site.
   */
  AT_MOST("≤");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  /** Returns the mathematical symbol, {@code ≥} or {@code >}. @return the symbol */
  public String symbol() {
    return symbol;
  }

  /**
   * Returns whether {@code actual} meets {@code threshold} under this comparison, exactly.
   *
   * @param actual the figure observed, not null
   * @param threshold the figure required, not null
   * @return true when met
   */
  public boolean holds(Fraction actual, Fraction threshold) {
    int c = actual.compareTo(threshold);
    return switch (this) {
      case AT_LEAST -> c >= 0;
      case MORE_THAN -> c > 0;
      case AT_MOST -> c <= 0;
    };
  }
}
