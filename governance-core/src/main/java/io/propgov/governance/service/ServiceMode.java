package io.propgov.governance.service;

import io.propgov.governance.explain.Label;
import io.propgov.governance.explain.LabelledId;
import java.util.Objects;

/**
 * How an estate's property service is run: an id the policy defines ({@code service.modes}) with
 * its names in English and Chinese, such as Wuhan's management modes. Two modes are equal when
 * their ids are: facts name a mode by its id alone ({@link #of}), the policy defines it
 * ({@link #define}).
 *
 * <p>Two ids have a fixed meaning, because the city rates count them: {@link #NONE}, no property
 * service at all (every other mode counts as covered), and {@link #MARKET}, a professional company
 * that took the estate over on the market (the numerator of professional coverage). The other
 * constants are the ids of Wuhan's modes as the bundled policies define them.
 *
 * @since 0.1.0
 */
public final class ServiceMode extends LabelledId {

  /** A professional company took the estate over on the market (市场接管); counted as professional coverage. */
  public static final ServiceMode MARKET = of("MARKET");
  /** A public-welfare company holds it in trust (公益托管). */
  public static final ServiceMode PUBLIC_WELFARE = of("PUBLIC_WELFARE");
  /** The owners manage it themselves (业主自管). */
  public static final ServiceMode SELF_MANAGED = of("SELF_MANAGED");
  /** The community manages it for the time being (社区代管). */
  public static final ServiceMode COMMUNITY_INTERIM = of("COMMUNITY_INTERIM");
  /** No property service at all; the one mode not counted as covered. */
  public static final ServiceMode NONE = of("NONE");


  private ServiceMode(String id, Label label) {
    super(id, "service mode", label);
  }

  /**
   * Returns a mode named by its id alone, as facts and mode table rows name it.
   *
   * @param id the id, capital letters, digits and underscores
   * @return the mode, without a definition
   */
  public static ServiceMode of(String id) {
    return new ServiceMode(id, null);
  }

  /**
   * Returns a mode as a policy defines it.
   *
   * @param id the id, capital letters, digits and underscores
   * @param label its names, not null
   * @return the defined mode
   */
  public static ServiceMode define(String id, Label label) {
    return new ServiceMode(id, Objects.requireNonNull(label, "label"));
  }

  /**
   * Returns whether the estate has property service under any management mode, the numerator
   * of the coverage rate: every mode but {@link #NONE}. Professional coverage counts
   * {@link #MARKET} alone.
   *
   * @return true when covered
   */
  public boolean isCovered() {
    return !equals(NONE);
  }

}
