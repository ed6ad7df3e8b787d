package io.propgov.governance.credit;

/**
 * What kind of record a credit event is, which decides its sign, its cap and its effect on the
 * grade.
 *
 * @since 0.1.0
 */
public enum CreditEventKind {
  /** The basic score from the regular assessment of the company's service (Yantai: at most 80). */
  BASIC,
  /** A good record that adds points (Yantai: at most 40 in all). */
  GOOD,
  /** Party-building work that adds points (Wuhan: counts in the credit rating; Nanning: forming a party organisation). */
  PARTY_BUILDING,
  /** A bad record that deducts points. */
  BAD,
  /**
   * A serious violation: it deducts points, sets the grade to the lowest band while it counts
   * ("one-vote veto", 一票否决) and puts the company on the blacklist.
   */
  SERIOUS;

  /**
   * Returns whether events of this kind add points.
   *
   * @return true for {@link #BASIC}, {@link #GOOD} and {@link #PARTY_BUILDING}
   */
  public boolean adds() {
    return this == BASIC || this == GOOD || this == PARTY_BUILDING;
  }
}
