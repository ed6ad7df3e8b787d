package io.propgov.governance.vote;

/**
 * What the votes for a motion are counted against.
 *
 * @since 0.1.0
 */
public enum ApprovalBase {
  /** The owners (and area) taking part: Civil Code art. 278, from 1 January 2021. */
  PARTICIPANTS,
  /** All owners (and the total area): Property Law art. 76, before 2021. */
  ALL_OWNERS
}
