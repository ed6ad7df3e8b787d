package io.propgov.governance.mode;

import io.propgov.governance.explain.Decision;
import java.util.List;

/** Mode-vote decisions that between them use every mode-vote message template. */
public final class ModeSamples {

  private ModeSamples() {}

  /**
   * Returns the samples.
   *
   * @return decisions chosen, kept and failed, with and without the table's recommendation
   */
  public static List<Decision<?>> all() {
    return ModeVoteRulesTests.samples();
  }
}
