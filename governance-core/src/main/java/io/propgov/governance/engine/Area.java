package io.propgov.governance.engine;

/**
 * A rule area of the whole-estate assessment.
 *
 * @since 0.1.0
 */
public enum Area {
  /** Satisfaction survey rounds and the dismissal they may open. */
  SATISFACTION,
  /** The owners' votes held. */
  VOTES,
  /** The estate's place in the organisation tree. */
  HIERARCHY,
  /** Service tier, management mode and co-management. */
  SERVICE,
  /** The serving company's credit record. */
  CREDIT,
  /** Applications to subsidy and award programmes. */
  SUBSIDIES,
  /** Money in the open: disclosures, fees, the maintenance fund and common-part income (since 0.3.0). */
  MONEY,
  /** The owners' organisation: first assembly, owners' committee, property management committee. @since 0.3.0 */
  OWNERS,
  /** The end of the service contract and its handover (Civil Code arts. 947 to 950). */
  CONTRACT,
  /** The owners' vote on the management mode, beside the mode the policy's table recommends. */
  MODE_VOTE,
  /** Residents' work orders raised about the estate (12345 hotline, service station, owners' committee). */
  WORK_ORDERS
}
