package io.propgov.governance.credit;

/**
 * A step of the residents' arrears ladder, or another action a company may take or plan against a
 * household that will not pay.
 *
 * @since 0.1.0
 */
public enum ArrearsAction {
  /** A written reminder with a deadline to pay (Civil Code art. 944), with the owners' committee's urging. */
  REMINDER,
  /** A public notice of the arrears in the estate. */
  PUBLIC_NOTICE,
  /** Mediation (or arbitration). */
  MEDIATION,
  /** A lawsuit or an application for a court payment order. */
  LAWSUIT,
  /** A judgment or payment order obtained; what follows is owed only when it stays unpaid. */
  JUDGMENT,
  /** A court's consumption restriction order (no flights, high-speed trains, star hotels, ...). */
  CONSUMPTION_RESTRICTION,
  /** Placing the debtor on the list of dishonest judgment debtors. */
  DISHONEST_DEBTOR_LIST,
  /** Cutting the water supply. */
  CUT_WATER,
  /** Cutting the power supply. */
  CUT_POWER,
  /** Cutting the heating. */
  CUT_HEATING,
  /** Cutting the gas supply. */
  CUT_GAS
}
