package io.propgov.governance.org;

/**
 * The kinds of body whose party-organisation coverage is judged.
 *
 * @since 0.1.0
 */
public enum CoverageSubject {
  /** A property company serving an estate of the subtree. */
  COMPANY,
  /** An estate's owners' committee. */
  OWNERS_COMMITTEE,
  /** An estate's property management committee. */
  PROPERTY_MANAGEMENT_COMMITTEE
}
