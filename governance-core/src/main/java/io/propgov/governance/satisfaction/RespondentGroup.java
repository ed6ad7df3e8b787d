package io.propgov.governance.satisfaction;

/**
 * The three parties that rate a property company (Handan's tri-party rating).
 *
 * @since 0.1.0
 */
public enum RespondentGroup {
  /** Residents' households; only their answers count towards the survey quorum. */
  HOUSEHOLD,
  /** The owners' committee, or the property management committee standing in for it. */
  OWNERS_COMMITTEE,
  /** The community's residents' committee and party organisation. */
  COMMUNITY
}
