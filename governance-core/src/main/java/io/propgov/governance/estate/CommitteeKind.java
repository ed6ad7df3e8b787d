package io.propgov.governance.estate;

/**
 * The body that represents an estate's owners.
 *
 * @since 0.1.0
 */
public enum CommitteeKind {
  /** An owners' committee elected by the owners' assembly (业主委员会). */
  OWNERS_COMMITTEE,
  /** A property management committee standing in where none could be elected (物业管理委员会). */
  PROPERTY_MANAGEMENT_COMMITTEE
}
