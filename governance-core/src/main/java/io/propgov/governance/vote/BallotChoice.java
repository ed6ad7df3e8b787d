package io.propgov.governance.vote;

/**
 * How an owner voted. An abstention takes part in the vote (it counts towards the quorum and
 * towards the participants) but is not a vote for.
 *
 * @since 0.1.0
 */
public enum BallotChoice {
  /** For the motion. */
  FOR,
  /** Against the motion. */
  AGAINST,
  /** Taking part without voting for or against. */
  ABSTAIN
}
