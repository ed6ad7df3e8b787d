package io.propgov.governance.money;

/**
 * What earned an income from the owners' common parts (Civil Code art. 282).
 *
 * @since 0.3.0
 */
public enum IncomeKind {
  /** Advertising on common parts (lifts, walls, roofs). */
  ADVERTISING,
  /** Parking on common ground. */
  PARKING,
  /** Rooms or spaces of the common parts let out. */
  ROOMS,
  /** Any other use of the common parts. */
  OTHER
}
