package io.propgov.governance.credit;

import io.propgov.governance.explain.Label;
import io.propgov.governance.explain.LabelledId;
import java.util.List;
import java.util.Objects;

/**
 * A step of the residents' arrears ladder, or another action a company may take or plan against a
 * household that will not pay: an id the policy defines ({@code arrears.actions}), with its names
 * in English and Chinese and what taking it does to the limitation period (Civil Code art. 195).
 *
 * <p>A city writes its own ladder as policy: Hanshan district's visit by an old party member and
 * moral review at the community's circuit court are actions its preset defines, not Java code. Two
 * actions are equal when their ids are: facts name an action by its id alone ({@link #of}), the
 * policy defines it ({@link #define}), and the rules look the definition up by id. The constants
 * are the ids the national policy defines; the rules treat two of them specially:
 * {@link #DISHONEST_DEBTOR_LIST} (a court measure under the Supreme People's Court provisions on
 * publishing dishonest judgment debtors, 2017: its ground, term and removal) and the utility
 * cut-offs that Civil Code art. 944 forbids ("A company may not cut water, power, heating or gas to
 * force payment"), which the policy lists in {@code arrears.forbidden-actions}.
 *
 * @since 0.1.0
 */
public final class ArrearsAction extends LabelledId implements Comparable<ArrearsAction> {

  /** A written reminder with a deadline to pay (Civil Code art. 944). */
  public static final ArrearsAction REMINDER = of("REMINDER");
  /** A public notice of the arrears in the estate. */
  public static final ArrearsAction PUBLIC_NOTICE = of("PUBLIC_NOTICE");
  /** Mediation (or arbitration). */
  public static final ArrearsAction MEDIATION = of("MEDIATION");
  /** A lawsuit or an application for a court payment order (Civil Code art. 944). */
  public static final ArrearsAction LAWSUIT = of("LAWSUIT");
  /** A judgment or payment order obtained; what follows is owed only when it stays unpaid. */
  public static final ArrearsAction JUDGMENT = of("JUDGMENT");
  /** A court's consumption restriction order (no flights, high-speed trains, star hotels, ...). */
  public static final ArrearsAction CONSUMPTION_RESTRICTION = of("CONSUMPTION_RESTRICTION");
  /** Placing the debtor on the list of dishonest judgment debtors (SPC provisions, 2017). */
  public static final ArrearsAction DISHONEST_DEBTOR_LIST = of("DISHONEST_DEBTOR_LIST");
  /** Cutting the water supply (forbidden by Civil Code art. 944). */
  public static final ArrearsAction CUT_WATER = of("CUT_WATER");
  /** Cutting the power supply (forbidden by Civil Code art. 944). */
  public static final ArrearsAction CUT_POWER = of("CUT_POWER");
  /** Cutting the heating (forbidden by Civil Code art. 944). */
  public static final ArrearsAction CUT_HEATING = of("CUT_HEATING");
  /** Cutting the gas supply (forbidden by Civil Code art. 944). */
  public static final ArrearsAction CUT_GAS = of("CUT_GAS");

  private final LimitationEffect limitation;

  private ArrearsAction(String id, Label label, LimitationEffect limitation) {
    super(id, "arrears action", label);
    this.limitation = limitation;
  }

  /**
   * Returns an action named by its id alone, as facts and ladder steps name it.
   *
   * @param id the id, capital letters, digits and underscores
   * @return the action, without a definition
   * @throws IllegalArgumentException when the id is not of that form
   */
  public static ArrearsAction of(String id) {
    return new ArrearsAction(id, null, null);
  }

  /**
   * Returns an action as a policy defines it.
   *
   * @param id the id, capital letters, digits and underscores
   * @param label its names in English and Chinese, not null
   * @param limitation what taking it does to the limitation period, not null
   * @return the defined action
   */
  public static ArrearsAction define(String id, Label label, LimitationEffect limitation) {
    return new ArrearsAction(id, Objects.requireNonNull(label, "label"),
        Objects.requireNonNull(limitation, "limitation"));
  }

  /**
   * Returns what taking the action does to the limitation period, or null when it is named by id
   * alone.
   *
   * @return the effect, or null
   */
  public LimitationEffect limitation() {
    return limitation;
  }

  @Override
  public int compareTo(ArrearsAction other) {
    return id().compareTo(other.id());
  }

  @Override
  protected List<Object> definition() {
    return List.of(id(), label(), limitation);
  }
}
