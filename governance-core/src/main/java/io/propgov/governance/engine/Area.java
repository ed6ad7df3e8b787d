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
  /** The owners' organisation: first assembly, owners' committee, property management committee. @since 0.3.0 */
  OWNERS
}
