package io.propgov.governance.satisfaction;

/**
 * What an invalid round (quorum missed) does to a run of consecutive failed rounds.
 *
 * @since 0.1.0
 */
public enum InvalidRoundHandling {
  /** An invalid round neither resets nor extends the run: it is passed over. The default. */
  SKIP,
  /** An invalid round ends the run, as a passed round does. */
  RESET
}
