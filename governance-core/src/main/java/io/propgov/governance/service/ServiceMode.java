package io.propgov.governance.service;

/**
 * How an estate's property service is run (Wuhan's management modes).
 *
 * @since 0.1.0
 */
public enum ServiceMode {
  /** A professional company took the estate over on the market (市场接管). */
  MARKET,
  /** A public-welfare company holds it in trust (公益托管). */
  PUBLIC_WELFARE,
  /** The owners manage it themselves (业主自管). */
  SELF_MANAGED,
  /** The community manages it for the time being (社区代管). */
  COMMUNITY_INTERIM,
  /** No property service at all. */
  NONE;

  /**
   * Returns whether the estate has property service under any management mode, the numerator
   * of the coverage rate: every mode but {@link #NONE}. Professional coverage counts
   * {@link #MARKET} alone.
   *
   * @return true when covered
   */
  public boolean isCovered() {
    return this != NONE;
  }
}
